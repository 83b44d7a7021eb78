# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Alınan talepler
received-intro = Başka bir makamın Tandem ile hazırladığı bir talep burada salt okunur olarak açılır; her etiket, işaret, ülke ve tarih bu ekranın dilinde gösterilir. Dosya bu tarayıcıda kalır.
received-open = Alınan bir talebi aç (PDF'si veya taslak dosyası)
received-none = Henüz alınan talep yok.
# Terms of a request received in the list (each followed by its value).
received-from = Talep eden makam
received-reference = Sayı
received-date = Alınma tarihi
received-delete = Sil
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Alınan talep silindi: { $title }. Geri getirmek için dosyasını yeniden açın.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Bu dosya { $limit } kB sınırını aşıyor; bu, Tandem ile hazırlanan herhangi bir talepten büyüktür. Hiçbir şey kaydedilmedi.
received-refused-not-pdf = Bu dosya ne bir PDF ne de bir Tandem taslak dosyası. Hiçbir şey kaydedilmedi.
received-refused-no-data = Bu PDF talebi veri olarak içermiyor: Tandem ile hazırlanmamış ya da hazırlandıktan sonra değiştirilmiş. Hiçbir şey kaydedilmedi.
received-refused-unreadable = Bu dosyadaki talep verileri okunamıyor: hasarlı ya da Tandem biçiminde değil. Hiçbir şey kaydedilmedi.
received-refused-newer = Bu talep Tandem'in daha yeni bir sürümüyle hazırlanmış. Hiçbir şey kaydedilmedi.
received-refused-unknown = Bu talep, Tandem'in bu sürümünde bulunmayan bir talep türüne ait. Hiçbir şey kaydedilmedi.
received-refused-locked = Bu taslak dosyası bir parola ifadesiyle kilitli. Talebin PDF'sini talep eden makamdan isteyin. Hiçbir şey kaydedilmedi.
received-refused-fingerprint = Bu PDF'deki talep verileri, üzerinde basılı doğrulama koduyla eşleşmiyor: dosya hazırlandıktan sonra değiştirilmiş. Hiçbir şey kaydedilmedi. PDF'nin kendi basılı sayfalarını okuyun ve talep eden makamdan yeni bir nüsha isteyin.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Bu tarayıcı talebi kaydetmeyi reddetti ({ $reason }). Hiçbir şey kaydedilmedi.

# The screen of a request received.
received-banner = Alınan talep — salt okunur. Talep eden makam tarafından Tandem ile hazırlanmıştır; cevaplar ona aittir.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Bu tarayıcıda alınma zamanı: { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Talebin belge dilleri: { $a } | { $b }. Serbest metin, talep eden makamın { $a } dilinde yazdığı şekliyle, yanında kendi { $b } çevirisiyle gösterilir.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Doğrulama kodu { $fingerprint }: talebin verileriyle, PDF'sinin her sayfasında basılı olduğu şekliyle eşleşiyor.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Doğrulama kodu { $fingerprint }: taslak dosyasından hesaplandı; bu dosyada karşılaştırılacak basılı bir doğrulama kodu yok.
received-copy-heading = Okuma nüshası
received-copy-intro = Bu talebi istediğiniz iki dilde PDF olarak dışa aktarın; örneğin kendi dilini sizin dilinizin yanında. Her sayfa, alınan bir talebin okuma nüshası olarak işaretlenir; imza bölümü içermez.
received-copy-export = Okuma nüshası dışa aktar (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Bu talebi yanıtla
received-answer-intro = Her yanıt ayrı bir formdur: bu talebin sayısı, tarihi ve doğrulama koduyla doldurulur ve sizin dilinizle talep eden makamın dilinde iki dilli bir PDF olarak dışa aktarılır. PDF yanıtı veri olarak da içerir; böylece talep eden taraftaki Tandem, yanıtı bu talebe bağlı olarak kaydeder.
received-answers-made = Bu talep için hazırlanan yanıtlar
