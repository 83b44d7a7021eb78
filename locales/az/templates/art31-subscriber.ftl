# Şablon art31-subscriber: abunəçi haqqında məlumata dair qarşılıqlı hüquqi yardım sorğusu (Budapeşt Konvensiyasının 31-ci maddəsi).
# 1-11-ci bölmələr T-CY(2018)10-un nömrələnməsinə və mətninə uyğundur; sonrakı bölmələr Konvensiyanın 18-ci maddəsinin 3-cü bəndinə və 31-ci maddəsinə uyğundur.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Kibercinayətkarlıq haqqında Konvensiyanın (ETS № 185) 31-ci maddəsi
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Tarix
art31-subscriber-reference = İstinad / iş nömrəsi
art31-subscriber-status = Sorğunun statusu
    .hint = Aid olan bütün xanaları qeyd edin. Əvvəlki sorğunun davamı olduqda, əvvəlki sorğunun təfərrüatları üçün 9-cu və 10-cu bölmələr açılır.
art31-subscriber-status-new = Yeni sorğu
art31-subscriber-status-follow-up-mla = Əvvəlki qarşılıqlı hüquqi yardım sorğusunun davamı (təfərrüatlar 9-cu bölmədə)
art31-subscriber-status-follow-up-preservation = Əvvəlki mühafizə sorğusunun davamı (təfərrüatlar 10-cu bölmədə)
art31-subscriber-requested-authority = Sorğu edilən orqan
art31-subscriber-requested-authority-country = Sorğu edilən dövlət
art31-subscriber-requested-authority-authority = Orqan
    .hint = { $basis ->
            [budapest] Sorğu edilən dövlətin qarşılıqlı hüquqi yardım üzrə mərkəzi orqanı (27-ci maddənin 2-ci bəndi) və ya onun belə sorğuları qəbul etmək üçün təyin etdiyi orqan.
           *[other] Sorğu edilən dövlətin qarşılıqlı hüquqi yardım üzrə mərkəzi orqanı və ya onun belə sorğuları qəbul etmək üçün təyin etdiyi orqan.
        }
art31-subscriber-requesting-authority = Sorğu edən orqan
art31-subscriber-requesting-authority-organisation = Qurum
art31-subscriber-requesting-authority-person = Sorğuya görə məsul şəxs
art31-subscriber-requesting-authority-address = Ünvan
art31-subscriber-requesting-authority-phone = Telefon nömrəsi
art31-subscriber-requesting-authority-mobile = Mobil telefon nömrəsi
art31-subscriber-requesting-authority-email = Elektron poçt ünvanı
art31-subscriber-requesting-authority-fax = Faks nömrəsi
art31-subscriber-requesting-authority-office-hours = İş saatları
art31-subscriber-requesting-authority-time-zone = Saat qurşağı
    .hint = İdarənizin saat qurşağı, UTC-yə nisbətən fərq kimi. Bu sorğudakı digər hər bir vaxt öz saat qurşağı ilə göstərilir.
art31-subscriber-requesting-authority-response = Cavab üsulu
art31-subscriber-requesting-authority-response-expedited = Cavabın elektron poçtla və ya digər sürətli üsulla verilməsinə üstünlük verilir
art31-subscriber-requesting-authority-response-other = Cavabın digər üsulla verilməsinə üstünlük verilir
art31-subscriber-requesting-authority-response-other-detail = Üstünlük verilən cavab üsulu
art31-subscriber-additional-contact = Sorğu edən orqandan əlavə təsdiq tələb olunarsa, xahiş edirik, aşağıdakı şəxslə əlaqə saxlayın
art31-subscriber-additional-contact-contacts = Əlaqə şəxsi
art31-subscriber-additional-contact-contacts-name = Adı, soyadı
art31-subscriber-additional-contact-contacts-job-title = Vəzifəsi
art31-subscriber-additional-contact-contacts-function = Funksiyası
art31-subscriber-additional-contact-contacts-phone = Telefon nömrəsi
art31-subscriber-additional-contact-contacts-mobile = Mobil telefon nömrəsi
art31-subscriber-additional-contact-contacts-email = Elektron poçt ünvanı
art31-subscriber-investigating-authority = İşə baxan istintaq / əməliyyat orqanı (sorğu edən orqandan fərqlidirsə)
art31-subscriber-investigating-authority-organisation = Qurum
art31-subscriber-investigating-authority-person = İşə görə məsul şəxs
art31-subscriber-investigating-authority-address = Ünvan
art31-subscriber-investigating-authority-phone = Telefon nömrəsi
art31-subscriber-investigating-authority-mobile = Mobil telefon nömrəsi
art31-subscriber-investigating-authority-email = Elektron poçt ünvanı
art31-subscriber-investigating-authority-fax = Faks nömrəsi
art31-subscriber-prosecution-court = Müvafiq hallarda, işə baxan prokurorluq və ya məhkəmə
art31-subscriber-prosecution-court-prosecution = İşə baxan prokurorluq və işin nömrəsi
art31-subscriber-prosecution-court-court = İşə baxan məhkəmə və işin nömrəsi
art31-subscriber-prosecution-court-decisions = Bu sorğu ilə bağlı prokurorluq və ya məhkəmə qərarları
    .hint = Hər qərar üçün: qərarı qəbul edən orqan, onun tarixi və nömrəsi, habelə nəyi əmr etdiyi və ya nəyə icazə verdiyi. Sorğu edilən dövlət tələb edərsə, surətini əlavə edin.
art31-subscriber-previous-mla = Müvafiq hallarda, əvvəlki qarşılıqlı hüquqi yardım sorğusu barədə məlumat
art31-subscriber-previous-mla-date = Tarix
art31-subscriber-previous-mla-reference = Qeydiyyat / istinad nömrəsi
art31-subscriber-previous-mla-requesting = Əvvəlki sorğunu göndərən orqanın əlaqə məlumatları
art31-subscriber-previous-mla-executing = Əvvəlki sorğuya cavab vermiş (və ya onu icra etmiş) orqanın əlaqə məlumatları
art31-subscriber-previous-mla-channel = Əvvəlki sorğunun göndərildiyi rabitə vasitəsi (elektron poçt ünvanı, faks nömrəsi və s.)
art31-subscriber-previous-preservation = Müvafiq hallarda, əvvəlki mühafizə sorğusu barədə məlumat
art31-subscriber-previous-preservation-date = Tarix
art31-subscriber-previous-preservation-reference = Qeydiyyat / istinad nömrəsi
art31-subscriber-previous-preservation-requesting = Mühafizəni xahiş etmiş orqanın əlaqə məlumatları
art31-subscriber-previous-preservation-executing = Mühafizə sorğusuna cavab vermiş (və ya onu icra etmiş) orqanın əlaqə məlumatları
art31-subscriber-previous-preservation-channel = Rabitə kanalı
art31-subscriber-previous-preservation-channel-network-247 = 24/7 Şəbəkəsinin əlaqə məntəqəsi
art31-subscriber-previous-preservation-channel-provider = Birbaşa xidmət təminatçısına
art31-subscriber-previous-preservation-channel-police = Polis əməkdaşlığı kanalı
art31-subscriber-previous-preservation-channel-mla = Qarşılıqlı hüquqi yardım üzrə mərkəzi orqan
art31-subscriber-previous-preservation-channel-other = Digər
art31-subscriber-previous-preservation-channel-other-detail = İstifadə olunan kanal
art31-subscriber-previous-preservation-expiry = Məlumatların mühafizə olunduğu son tarix
    .hint = Məlumdursa, sorğu edilən dövlət və ya xidmət təminatçısı tərəfindən təsdiq edilmiş mühafizənin başa çatma tarixi.
art31-subscriber-legal-grounds = Sorğunun hüquqi əsası
art31-subscriber-legal-grounds-domestic = Müvafiq hallarda, sorğunun daxili qanunvericilikdəki hüquqi əsası
    .hint = Bu sorğunun əsaslandığı qanunvericilik müddəaları, məsələn, cinayət-prosessual məcəllənin qarşılıqlı hüquqi yardım sorğularına dair maddələri.
art31-subscriber-legal-grounds-instruments = Tətbiq edilən digər müqavilələr və ya razılaşmalar
art31-subscriber-legal-grounds-instruments-ets-30 = Cinayət işləri üzrə qarşılıqlı hüquqi yardım haqqında Avropa Konvensiyası (ETS № 30) və onun protokolları
art31-subscriber-legal-grounds-instruments-bilateral = İkitərəfli müqavilə
art31-subscriber-legal-grounds-instruments-bilateral-detail = Müqavilənin adı və tarixi
art31-subscriber-legal-grounds-instruments-reciprocity = Qarşılıqlılıq
art31-subscriber-offences = Cinayət(lər)
art31-subscriber-offences-offences = Cinayət
art31-subscriber-offences-offences-name = Cinayət
art31-subscriber-offences-offences-provision = Qanun müddəası
art31-subscriber-offences-offences-penalty = Maksimal cəza
art31-subscriber-offences-damage = Vurulmuş zərər
    .hint = Zərər varsa, onun məbləği, valyutası göstərilməklə.
art31-subscriber-offences-damage-below-threshold = Zərər 5 000 USD ekvivalentindən azdır
    .hint = Sizin öz yoxlamanız, sorğuda heç vaxt çap olunmur. Amerika Birləşmiş Ştatları, bir qayda olaraq, 5 000 USD-dən az zərərlə bağlı sorğuları rədd edir; zərərin sizin valyutanızdakı məbləğini bu məbləğlə müqayisə edin.
art31-subscriber-facts = Faktların qısa xülasəsi
    .hint = Kim, nə vaxt, harada, nə edib və cinayət müvafiq xidmətin köməyi ilə necə törədilib. Hər vaxtı saat qurşağı ilə birlikdə göstərin.
art31-subscriber-identifiers = Tələb olunan məlumatların identifikatorları və dövrü
art31-subscriber-identifiers-identifiers = Tələb olunan məlumatların identifikatorları
    .hint = Abunəçisi müəyyən edilməli olan hər hesab, ünvan və ya nömrə. IP ünvanı üçün mənbə portunu və dəqiq tarixi və vaxtı saat qurşağı ilə birlikdə göstərin: paylaşılan ünvanlarda təminatçı bunlar olmadan abunəçini müəyyən edə bilməz.
art31-subscriber-identifiers-period = Məlumatların tələb olunduğu dəqiq dövr
    .hint = Başlanğıc və son, saat qurşaqları ilə birlikdə. Yalnız istintaqın ehtiyac duyduğu dövrü tələb edin: uzun dövrlərə (90 gündən çox) dair sorğular çox vaxt həddən artıq geniş olduğuna görə rədd edilir.
art31-subscriber-categories = Tələb olunan abunəçi haqqında məlumat
    .hint = { $basis ->
            [budapest] Yalnız istintaqın tələb etdiyini qeyd edin. İlk altı xana Konvensiyanın 18-ci maddəsinin 3-cü bəndindəki abunəçi haqqında məlumat anlayışına uyğundur.
           *[other] Yalnız istintaqın tələb etdiyini qeyd edin.
        }
art31-subscriber-categories-service = İstifadə olunan kommunikasiya xidmətinin növü, bununla bağlı görülmüş texniki tədbirlər və xidmət müddəti
art31-subscriber-categories-identity = Abunəçinin şəxsiyyəti
art31-subscriber-categories-address = Poçt və ya coğrafi ünvan
art31-subscriber-categories-access-number = Telefon və digər giriş nömrələri
art31-subscriber-categories-billing = Hesab-faktura və ödəniş məlumatları
art31-subscriber-categories-installation = Kommunikasiya avadanlığının quraşdırıldığı yer
art31-subscriber-categories-email = Hesabla əlaqəli elektron poçt ünvanları
art31-subscriber-categories-registration-ip = Qeydiyyat zamanı IP ünvanı, qeydiyyatın tarixi və vaxtı
art31-subscriber-categories-login-ip-at = İdentifikatorla birlikdə göstərilən tarix və vaxtda sistemə girişin IP ünvanı (abunəçinin müəyyən edilməsi üçün)
art31-subscriber-categories-other = Digər
art31-subscriber-categories-other-detail = Tələb olunan digər məlumatlar
art31-subscriber-relevance = Məlumatların istintaqla əlaqəsi
    .hint = Hər identifikatorun cinayətlə və şübhəli şəxslə necə bağlı olduğunu və məlumatların nə üçün xidmət təminatçısında olduğunun güman edildiyini izah edin.
art31-subscriber-service-provider = Məlumatları saxlayan xidmət təminatçısı
art31-subscriber-service-provider-name = Xidmət təminatçısının adı
    .hint = Təminatçının xidmət şərtlərində və ya hüquq-mühafizə orqanları üçün təlimatlarında göstərilən hüquqi adı.
art31-subscriber-service-provider-address = Ünvan və ya yer
art31-subscriber-urgency = Təcililik
art31-subscriber-urgency-urgent = Sorğunun təcili icrası xahiş olunur
art31-subscriber-urgency-reasons = Təcililiyin səbəbləri
    .hint = { $basis ->
            [budapest] Məsələn, şübhəli şəxs həbsdədir, icraatın müddəti məhduddur və ya məlumatların itirilməyə və ya dəyişdirilməyə xüsusilə həssas olduğunu güman etməyə əsaslar var (31-ci maddənin 3-cü bəndi).
           *[other] Məsələn, şübhəli şəxs həbsdədir, icraatın müddəti məhduddur və ya məlumatların itirilməyə və ya dəyişdirilməyə xüsusilə həssas olduğunu güman etməyə əsaslar var.
        }
art31-subscriber-urgency-deadline = Məlumatların tələb olunduğu son tarix
art31-subscriber-confidentiality = Məxfilik
art31-subscriber-confidentiality-confidential = Xahiş edirik, bu sorğunun faktını və predmetini, onun icrası üçün zəruri olan hədd istisna olmaqla, məxfi saxlayasınız
art31-subscriber-confidentiality-no-notification = Xidmət təminatçısından abunəçini və ya hər hansı üçüncü şəxsi xəbərdar etməməyi xahiş edin
    .hint = Təminatçının təcrübəsinin və ya sisteminin istifadəçini xəbərdar edə biləcəyini sorğu edilən orqandan soruşun.
art31-subscriber-confidentiality-reasons = Məxfiliyin səbəbləri
    .hint = Məsələn, şübhəli şəxsin sübutları məhv etməsi, qaçması və ya iştirakçılarını xəbərdar etməsi riski.
art31-subscriber-form = Məlumatların forması və autentikliyinin təsdiqi
art31-subscriber-form-electronic = Oxuna bilən formatda elektron surət
art31-subscriber-form-certified = Təsdiq edilmiş surət
art31-subscriber-form-certificate = Xidmət təminatçısından işgüzar qeydlərin həqiqiliyi barədə sertifikat
art31-subscriber-form-other = Digər
art31-subscriber-form-other-detail = Digər tələb
