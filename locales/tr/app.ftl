# Uygulama ekranları.

app-name = Tandem
app-tagline = Elektronik delillere ilişkin sınır ötesi talepler, iki dilde
app-ui-language = Arayüz dili
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = makine çevirisi, henüz gözden geçirilmedi
app-language-search = Dil arayın (ad veya kod)
app-language-none = Yazdığınızla eşleşen dil yok.
app-language-group-latin = Latin alfabesi
app-language-group-cyrillic = Kiril alfabesi
app-language-group-rtl = Arap ve İbrani yazıları
app-language-group-other = Diğer yazılar
app-document-languages = Belge dilleri
app-document-language-a = Talep eden makamın dili
app-document-language-b = Talep edilen Devletin dili
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Talep eden makamın dili ile talep edilen Devletin dili yer değiştirdi: iki belge dili her zaman farklıdır. Tek dilli bir PDF için burada iki dili koruyun ve dışa aktarırken tek dilli bir PDF düzeni seçin.
app-export-pdf = PDF olarak dışa aktar
app-export-consultation = Görüşe sunulacak taslağı dışa aktar
app-exporting = PDF hazırlanıyor…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF oluşturulamadı: { $reason }
app-export-font-missing = { $font } yazı tipi henüz bu cihazda yok. Bu dilde ilk kez internet bağlantısıyla PDF oluşturulduğunda kaydedilir: bir kez bağlanın ve PDF'yi yeniden oluşturun.
app-saved = Bu tarayıcıda kaydedildi
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Bu tarayıcı taslağı kaydetmeyi reddetti ({ $reason }). Hiçbir bilginin kaybolmaması için taslağı şimdi indirin.
app-download-draft = Taslağı indir
app-privacy = Her şey bu tarayıcıda kalır: yazdığınız hiçbir bilgi herhangi bir yere gönderilmez.
app-request-type = Talep türü
app-template-loading = Bu talep türü yükleniyor…
app-template-failed = Bu talep türü yüklenemedi. Bağlantıyı kontrol edip yeniden deneyin: hiçbir şey kaybolmadı.
app-load-failed = Tandem uygulamasının bu bölümü yüklenemedi. Bağlantıyı kontrol edip yeniden deneyin: hiçbir şey kaybolmadı.
app-choose = Seçiniz…
app-required = zorunlu
app-errors-heading = Bir sorun var
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Tamamlanan zorunlu alanlar: { $done } / { $total }
    [one] Tamamlanan zorunlu alanlar: { $done } / { $total } · çevrilecek { $translate } yanıt
   *[other] Tamamlanan zorunlu alanlar: { $done } / { $total } · çevrilecek { $translate } yanıt
}

# Tekrarlanabilir satırlar ve tanımlayıcılar.
app-add-row = Satır ekle
app-remove-row = Kaldır
app-move-up = Yukarı taşı
app-move-down = Aşağı taşı
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Satır { $number }
app-add-identifier = Tanımlayıcı ekle
identifier-type = Tanımlayıcı türü
identifier-type-ip = IP adresi
identifier-type-email = E-posta adresi
identifier-type-phone = Telefon numarası
identifier-type-account = Hesap veya kullanıcı kimliği
identifier-type-username = Kullanıcı adı
identifier-type-url = URL
identifier-type-domain = Alan adı
identifier-type-device = Cihaz tanımlayıcısı (IMEI, MAC adresi, seri numarası)
identifier-value = Tanımlayıcı
identifier-port = Kaynak port
identifier-at = Kullanım tarihi ve saati
identifier-from = Veri başlangıç tarihi
identifier-to = Veri bitiş tarihi
app-date = Tarih
app-time = Saat
app-time-zone = Saat dilimi
app-choose-time-zone = Saat dilimini seçiniz…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — talep eden makamın saat dilimi
app-currency = Para birimi
app-utc-equivalent = UTC karşılığı
app-translation = Diğer belge dilindeki ifade

# Doğrulama mesajları; alanın yanında ve özette gösterilir.
validation-required = Bu soruyu yanıtlayın.
validation-choose-one = Seçeneklerden birini seçin.
validation-exclusive = "Yukarıdakilerin hiçbiri" seçeneği başka bir seçenekle birlikte işaretlenemez.
validation-email = name@example.org biçiminde bir e-posta adresi girin.
validation-phone = Numarayı uluslararası biçimde, + işareti ve ülke koduyla başlayarak girin; örneğin +995 32 200 00 00.
validation-url = https:// veya http:// ile başlayan tam bir web adresi girin.
validation-domain = example.org biçiminde bir alan adı girin.
validation-ip = 192.0.2.10 gibi bir IPv4 adresi veya 2001:db8::1 gibi bir IPv6 adresi girin.
validation-port = 1 ile 65535 arasında bir port numarası girin.
validation-ip-port-missing = Kaynak portu belirtin: paylaşılan adreslerde sağlayıcı, kaynak port olmadan aboneyi tespit edemeyebilir.
validation-ip-time-missing = IP adresinin kullanıldığı tam tarih ve saati, saat dilimiyle birlikte belirtin.
validation-date = Tarihi yıl-ay-gün biçiminde girin; örneğin 2026-11-22.
validation-date-time = Bir tarih ve bir saat girin.
validation-time-zone-missing = Bu saatin saat dilimini seçin.
validation-time-zone = Bir saat dilimi seçin.
validation-country = Listeden bir ülke seçin.
validation-amount = Tutarı rakamla girin; kuruş varsa ondan önce nokta koyun, örneğin 4500 veya 4500.50.
validation-currency = Tutarın para birimini seçin.
validation-identifier-type = Bu tanımlayıcının türünü seçin.
validation-identifier-missing = İstenen verilere ilişkin en az bir tanımlayıcı ekleyin.
validation-range-open = Zaman aralığının hem başlangıcını hem de bitişini belirtin.
validation-range-order = Zaman aralığının bitişi, başlangıcından öncedir.
validation-dates-order = Bu tarih, kendisinden önce gelmesi gereken tarihten daha erkendir.
validation-us-damage-threshold = Amerika Birleşik Devletleri, 5.000 USD'nin altındaki zarara ilişkin talepleri genellikle reddeder: bu talebin orada yerine getirilip getirilemeyeceğini değerlendirin.
validation-period-long = Bu dönem, bu türdeki taleplerin genellikle haklı kılabileceğinden daha uzundur: yalnızca soruşturmanın gerektirdiği dönemi isteyin veya nedenini talepte açıklayın.
validation-recommended = Önerilir: bu bilgiyi içermeyen talepler çoğu zaman reddedilir veya iade edilir.
validation-answers-differ = Bu yanıt, talepte daha önce verilen aynı bilgiden farklıdır.
validation-untranslated = Bu yanıtın diğer belge dilindeki metnini girin ya da "Her iki dilde aynı" veya "Çevrilmeden bırak" seçeneğini işaretleyin.
validation-answers-contradict = Bu yanıt talebin durumuyla çelişmektedir: önceki bir muhafaza talebinin devamı, muhafazanın zaten istendiği anlamına gelir.
app-layout = PDF düzeni
app-layout-side-by-side = Belgenin iki dili yan yana
app-layout-target-only = Yalnızca talep edilen Devletin dili
app-layout-single = Yalnızca talep eden makamın dili
