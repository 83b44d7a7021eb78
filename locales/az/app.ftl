# Tətbiqin ekranları.

app-name = Tandem
app-tagline = Elektron sübutlara dair transsərhəd sorğular, iki dildə
app-ui-language = İnterfeys dili
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = maşın tərcüməsi, hələ yoxlanılmayıb
app-language-search = Dil axtarın (ad və ya kod)
app-language-none = Yazdığınıza uyğun dil yoxdur.
app-language-group-latin = Latın əlifbası
app-language-group-cyrillic = Kiril əlifbası
app-language-group-rtl = Ərəb və ivrit yazıları
app-language-group-other = Digər yazılar
app-document-languages = Sənədin dilləri
app-document-language-a = Sorğu edən orqanın dili
app-document-language-b = Sorğu edilən dövlətin dili
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Sorğu edən orqanın dili ilə sorğu edilən dövlətin dili yerlərini dəyişdi: sənədin iki dili həmişə fərqlidir. Bir dildə PDF üçün burada iki dili saxlayın və ixrac zamanı birdilli tərtibat seçin.
app-export-pdf = PDF-ə ixrac et
app-export-consultation = Məsləhətləşmə üçün layihəni ixrac et
app-exporting = PDF hazırlanır…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF yaradıla bilmədi: { $reason }
app-export-font-missing = { $font } şrifti hələ bu cihazda yoxdur. O, bu dildə PDF ilk dəfə internet bağlantısı ilə yaradılanda saxlanılır: bir dəfə qoşulun və PDF-i yenidən yaradın.
app-saved = Bu brauzerdə saxlanıldı
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Bu brauzer qaralamanı saxlamaqdan imtina etdi ({ $reason }). Heç nə itməsin deyə onu indi endirin.
app-download-draft = Qaralamanı endir
app-privacy = Hər şey bu brauzerdə qalır: daxil etdiyiniz heç bir məlumat heç yerə göndərilmir.
app-request-type = Sorğunun növü
app-template-loading = Sorğunun bu növü yüklənir…
app-template-failed = Sorğunun bu növünü yükləmək mümkün olmadı. Bağlantını yoxlayın və yenidən cəhd edin: heç nə itmədi.
app-load-failed = Tandem tətbiqinin bu hissəsini yükləmək mümkün olmadı. Bağlantını yoxlayın və yenidən cəhd edin: heç nə itmədi.
app-choose = Seçin…
app-required = məcburi
app-errors-heading = Problem var
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Məcburi sahələr: { $done } / { $total } doldurulub
    [one] Məcburi sahələr: { $done } / { $total } doldurulub · tərcümə edilməli { $translate } cavab
   *[other] Məcburi sahələr: { $done } / { $total } doldurulub · tərcümə edilməli { $translate } cavab
}

# Təkrarlanan sətirlər və identifikatorlar.
app-add-row = Sətir əlavə et
app-remove-row = Sil
app-move-up = Yuxarı
app-move-down = Aşağı
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Sətir { $number }
app-add-identifier = İdentifikator əlavə et
identifier-type = İdentifikatorun növü
identifier-type-ip = IP ünvanı
identifier-type-email = Elektron poçt ünvanı
identifier-type-phone = Telefon nömrəsi
identifier-type-account = Hesab və ya istifadəçi identifikatoru
identifier-type-username = İstifadəçi adı
identifier-type-url = URL
identifier-type-domain = Domen adı
identifier-type-device = Qurğunun identifikatoru (IMEI, MAC ünvanı, seriya nömrəsi)
identifier-value = İdentifikator
identifier-port = Mənbə portu
identifier-at = İstifadə tarixi və vaxtı
identifier-from = Məlumatların başlanğıc tarixi
identifier-to = Məlumatların son tarixi
app-date = Tarix
app-time = Vaxt
app-time-zone = Saat qurşağı
app-choose-time-zone = Saat qurşağını seçin…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — sorğu edən orqanın saat qurşağı
app-currency = Valyuta
app-utc-equivalent = UTC üzrə vaxt
app-translation = Sənədin digər dilindəki mətn

# Yoxlama mesajları; sahənin yanında və xülasədə göstərilir.
validation-required = Bu suala cavab verin.
validation-choose-one = Variantlardan birini seçin.
validation-exclusive = "Yuxarıdakılardan heç biri" variantı başqa variantla birlikdə qeyd edilə bilməz.
validation-email = Elektron poçt ünvanını name@example.org formatında daxil edin.
validation-phone = Nömrəni beynəlxalq formatda, + işarəsi və ölkə kodu ilə başlayaraq daxil edin, məsələn, +995 32 200 00 00.
validation-url = https:// və ya http:// ilə başlayan tam veb ünvanı daxil edin.
validation-domain = Domen adını example.org formatında daxil edin.
validation-ip = 192.0.2.10 kimi IPv4 ünvanı və ya 2001:db8::1 kimi IPv6 ünvanı daxil edin.
validation-port = 1-dən 65535-dək port nömrəsi daxil edin.
validation-ip-port-missing = Mənbə portunu göstərin: paylaşılan ünvanlarda xidmət təminatçısı onsuz abunəçini müəyyən edə bilməyə bilər.
validation-ip-time-missing = IP ünvanından istifadə edildiyi dəqiq tarixi və vaxtı saat qurşağı ilə birlikdə göstərin.
validation-date = Tarixi il-ay-gün formatında daxil edin, məsələn, 2026-11-22.
validation-date-time = Tarix və vaxt daxil edin.
validation-time-zone-missing = Bu vaxtın saat qurşağını seçin.
validation-time-zone = Saat qurşağını seçin.
validation-country = Siyahıdan ölkə seçin.
validation-amount = Məbləği rəqəmlərlə daxil edin, qəpiklərdən əvvəl nöqtə qoyun, məsələn, 4500 və ya 4500.50.
validation-currency = Məbləğin valyutasını seçin.
validation-identifier-type = Bu identifikatorun növünü seçin.
validation-identifier-missing = Tələb olunan məlumatların ən azı bir identifikatorunu əlavə edin.
validation-range-open = Vaxt aralığının həm başlanğıcını, həm də sonunu göstərin.
validation-range-order = Vaxt aralığının sonu onun başlanğıcından əvvəldir.
validation-dates-order = Bu tarix ondan əvvəl gəlməli olan tarixdən daha erkəndir.
validation-us-damage-threshold = Amerika Birləşmiş Ştatları, bir qayda olaraq, 5 000 USD-dən az zərərlə bağlı sorğuları rədd edir: bu sorğunun orada icra oluna biləcəyini nəzərdən keçirin.
validation-period-long = Bu dövr bu növ sorğular üçün adətən əsaslandırılan dövrdən uzundur: yalnız istintaqın ehtiyac duyduğu dövrü tələb edin və ya bunun səbəbini sorğuda izah edin.
validation-recommended = Tövsiyə olunur: bu olmadan sorğular çox vaxt rədd edilir və ya geri qaytarılır.
validation-answers-differ = Bu cavab sorğuda əvvəl verilmiş eyni məlumatdan fərqlənir.
validation-untranslated = Bu cavabın mətnini sənədin digər dilində daxil edin və ya «Hər iki dildə eynidir», yaxud «Tərcüməsiz saxla» seçimini qeyd edin.
validation-answers-contradict = Bu cavab sorğunun statusuna ziddir: əvvəlki mühafizə sorğusunun davamı mühafizənin artıq xahiş edildiyini bildirir.
app-layout = PDF-in tərtibatı
app-layout-side-by-side = Sənədin hər iki dili yan-yana
app-layout-target-only = Yalnız sorğu edilən dövlətin dili
app-layout-single = Yalnız sorğu edən orqanın dili
