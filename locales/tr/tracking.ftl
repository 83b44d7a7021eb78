# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Gönderildikten sonra
tracking-intro = Biriminizin bu talebe ilişkin kaydı: ne zaman gönderildiği ve alınan yanıtlar. Bu kayıt taslakla birlikte bu tarayıcıda kalır ve talepte hiçbir zaman yazdırılmaz.
tracking-status = Durum
tracking-status-draft = Henüz gönderilmedi
tracking-status-sent = Gönderildi
tracking-status-receipt-confirmed = Alındığı teyit edildi
tracking-status-executed = Muhafaza yerine getirildi
tracking-status-answered = İşlem yapıldı
tracking-status-clarification-asked = Açıklama istendi
tracking-status-refused = Yerine getirilemiyor
tracking-status-closed = Kapatıldı

# Recording the request as sent.
tracking-sent-on = Gönderilme tarihi
tracking-channel = Gönderim yolu
tracking-channel-email = E-posta
tracking-channel-portal = Makamın veya hizmet sağlayıcının portalı
tracking-channel-post = Posta veya kurye
tracking-channel-diplomatic = Diplomatik yol
tracking-channel-other = Başka bir yol
tracking-mark-sent = Gönderildi olarak kaydet
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = { $date } tarihinde gönderildi; gönderim yolu: { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Alındı teyidi en geç { $date } tarihine kadar bekleniyor.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = Gönderimden itibaren { $days } gün içinde alındı teyidi gelmedi: talebi takip edin.
tracking-reminder = Takvim hatırlatıcısı (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Alındı teyidi bekleniyor: { $reference } sayılı talep
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = { $reference } sayılı talep { $date } tarihinde gönderildi ve alındığı henüz teyit edilmedi. Talep edilen makamdan alındı teyidi isteyin.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = Talep edilen makam, muhafazanın { $date } tarihine kadar süreceğini teyit etti.

# Answers received.
tracking-answers = Alınan yanıtlar
tracking-answers-none = Henüz kaydedilmiş yanıt yok.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $date } tarihli { $kind }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Yanıt veren makamın sayısı: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Gerekçeler: { $reasons }
tracking-answer-from-pdf = Yanıtın PDF'sinden okundu
tracking-answer-by-hand = Elle girildi

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Alınan bir yanıtı elle gir
tracking-answer-kind = Yanıt
tracking-answer-date = Yanıtın tarihi
tracking-answer-reference = Yanıt veren makamın sayısı
tracking-answer-ends-on = Verilerin muhafaza edileceği son gün
tracking-answer-reasons = Gerekçeler
tracking-reason-incomplete = Talep eksik
tracking-reason-wrong-addressee = Yanlış makam veya tüzel kişi
tracking-reason-identification = Kullanıcıyı veya verileri tespit etmeye yetmiyor
tracking-reason-not-held = Veriler elde bulunmuyor
tracking-reason-retention-expired = Veriler artık saklanmıyor
tracking-reason-legal-obstacle = Hukuki engel
tracking-reason-dual-criminality = Çifte suç koşulu karşılanmıyor
tracking-reason-other = Başka bir neden
tracking-record = Yanıtı kaydet
tracking-date-needed = Tarihi yıl-ay-gün biçiminde girin; örneğin 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Talebi kapat
tracking-reopen = Talebi yeniden aç
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = { $date } tarihinde kapatıldı.
tracking-category = Suç kategorisi (biriminizin istatistikleri için)
tracking-category-none = Seçilmedi
tracking-category-confidentiality = Bilgisayar verilerinin ve sistemlerinin gizliliğine, bütünlüğüne ve kullanılabilirliğine karşı suçlar
tracking-category-computer-related = Bilgisayarla bağlantılı sahtecilik veya dolandırıcılık
tracking-category-content = İçerikle bağlantılı suçlar
tracking-category-copyright = Telif hakkı ve bağlantılı hakların ihlali
tracking-category-other = Diğer suçlar

# Recording an answer from its PDF (home screen).
tracking-open-answer = Alınan bir yanıtı kaydet (PDF'si)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = { $kind }, { $reference } sayılı talep için kaydedildi.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Bu yanıt, { $reference } sayılı talep için zaten kayıtlı.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Bu tarayıcıdaki hiçbir talep bu yanıtla eşleşmiyor (yanıt { $reference } sayılı talebi belirtiyor). Önce talebin taslak dosyasını içe aktarın; kilitli bir talebin kilidi açılmalıdır. Hiçbir şey kaydedilmedi.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Bu tarayıcıda { $reference } sayılı birden fazla talep var ve hiçbirinde bu yanıtın belirttiği doğrulama kodu basılmamış. Yanıtı doğru talebe elle girin. Hiçbir şey kaydedilmedi.
tracking-not-answer = Bu PDF bir talebe verilen yanıt değil, bir taleptir: onu "Alınan talepler" bölümünde açın. Hiçbir şey kaydedilmedi.
tracking-is-answer = Bu PDF bir talep değil, bir talebe verilen yanıttır: onu "Alınan bir yanıtı kaydet" ile kaydedin. Hiçbir şey kaydedilmedi.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Durum
tracking-filter-country = Ülke
tracking-filter-type = Talep türü
tracking-filter-all = Tümü
tracking-filter-overdue = Yalnızca alındı teyidi gecikmiş talepler
tracking-confirm-days = Alındı teyidi için beklenecek gün sayısı
tracking-overdue-flag = Teyit gecikti
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = { $shown } / { $total } gösteriliyor
