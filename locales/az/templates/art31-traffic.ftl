# Şablon art31-traffic: saxlanılan trafik məlumatlarına dair qarşılıqlı hüquqi yardım sorğusu, zəruri olduqda abunəçi haqqında məlumatla birlikdə (Budapeşt Konvensiyasının 31-ci maddəsi).
# 1-11-ci bölmələr, art31-subscriber-də olduğu kimi, T-CY(2018)10-un nömrələnməsinə və mətninə uyğundur; sonrakı bölmələr Konvensiyanın 1-ci maddəsinin "d" bəndinə, 18-ci maddəsinin 3-cü bəndinə və 31-ci maddəsinə uyğundur.

art31-traffic-legal-basis = { $basis ->
        [budapest] Kibercinayətkarlıq haqqında Konvensiyanın (ETS № 185) 31-ci maddəsi
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Tarix
art31-traffic-reference = İstinad / iş nömrəsi
art31-traffic-status = Sorğunun statusu
    .hint = Aid olan bütün xanaları qeyd edin. Əvvəlki sorğunun davamı olduqda, əvvəlki sorğunun təfərrüatları üçün 9-cu və 10-cu bölmələr açılır.
art31-traffic-status-new = Yeni sorğu
art31-traffic-status-follow-up-mla = Əvvəlki qarşılıqlı hüquqi yardım sorğusunun davamı (təfərrüatlar 9-cu bölmədə)
art31-traffic-status-follow-up-preservation = Əvvəlki mühafizə sorğusunun davamı (təfərrüatlar 10-cu bölmədə)
art31-traffic-requested-authority = Sorğu edilən orqan
art31-traffic-requested-authority-country = Sorğu edilən dövlət
art31-traffic-requested-authority-authority = Orqan
    .hint = { $basis ->
            [budapest] Sorğu edilən dövlətin qarşılıqlı hüquqi yardım üzrə mərkəzi orqanı (27-ci maddənin 2-ci bəndi) və ya onun belə sorğuları qəbul etmək üçün təyin etdiyi orqan.
           *[other] Sorğu edilən dövlətin qarşılıqlı hüquqi yardım üzrə mərkəzi orqanı və ya onun belə sorğuları qəbul etmək üçün təyin etdiyi orqan.
        }
art31-traffic-requesting-authority = Sorğu edən orqan
art31-traffic-requesting-authority-organisation = Qurum
art31-traffic-requesting-authority-person = Sorğuya görə məsul şəxs
art31-traffic-requesting-authority-address = Ünvan
art31-traffic-requesting-authority-phone = Telefon nömrəsi
art31-traffic-requesting-authority-mobile = Mobil telefon nömrəsi
art31-traffic-requesting-authority-email = Elektron poçt ünvanı
art31-traffic-requesting-authority-fax = Faks nömrəsi
art31-traffic-requesting-authority-office-hours = İş saatları
art31-traffic-requesting-authority-time-zone = Saat qurşağı
    .hint = İdarənizin saat qurşağı, UTC-yə nisbətən fərq kimi. Bu sorğudakı digər hər bir vaxt öz saat qurşağı ilə göstərilir.
art31-traffic-requesting-authority-response = Cavab üsulu
art31-traffic-requesting-authority-response-expedited = Cavabın elektron poçtla və ya digər sürətli üsulla verilməsinə üstünlük verilir
art31-traffic-requesting-authority-response-other = Cavabın digər üsulla verilməsinə üstünlük verilir
art31-traffic-requesting-authority-response-other-detail = Üstünlük verilən cavab üsulu
art31-traffic-additional-contact = Sorğu edən orqandan əlavə təsdiq tələb olunarsa, xahiş edirik, aşağıdakı şəxslə əlaqə saxlayın
art31-traffic-additional-contact-contacts = Əlaqə şəxsi
art31-traffic-additional-contact-contacts-name = Adı, soyadı
art31-traffic-additional-contact-contacts-job-title = Vəzifəsi
art31-traffic-additional-contact-contacts-function = Funksiyası
art31-traffic-additional-contact-contacts-phone = Telefon nömrəsi
art31-traffic-additional-contact-contacts-mobile = Mobil telefon nömrəsi
art31-traffic-additional-contact-contacts-email = Elektron poçt ünvanı
art31-traffic-investigating-authority = İşə baxan istintaq / əməliyyat orqanı (sorğu edən orqandan fərqlidirsə)
art31-traffic-investigating-authority-organisation = Qurum
art31-traffic-investigating-authority-person = İşə görə məsul şəxs
art31-traffic-investigating-authority-address = Ünvan
art31-traffic-investigating-authority-phone = Telefon nömrəsi
art31-traffic-investigating-authority-mobile = Mobil telefon nömrəsi
art31-traffic-investigating-authority-email = Elektron poçt ünvanı
art31-traffic-investigating-authority-fax = Faks nömrəsi
art31-traffic-prosecution-court = Müvafiq hallarda, işə baxan prokurorluq və ya məhkəmə
art31-traffic-prosecution-court-prosecution = İşə baxan prokurorluq və işin nömrəsi
art31-traffic-prosecution-court-court = İşə baxan məhkəmə və işin nömrəsi
art31-traffic-prosecution-court-decisions = Bu sorğu ilə bağlı prokurorluq və ya məhkəmə qərarları
    .hint = Hər qərar üçün: qərarı qəbul edən orqan, onun tarixi və nömrəsi, habelə nəyi əmr etdiyi və ya nəyə icazə verdiyi. Sorğu edilən dövlət tələb edərsə, surətini əlavə edin.
art31-traffic-previous-mla = Müvafiq hallarda, əvvəlki qarşılıqlı hüquqi yardım sorğusu barədə məlumat
art31-traffic-previous-mla-date = Tarix
art31-traffic-previous-mla-reference = Qeydiyyat / istinad nömrəsi
art31-traffic-previous-mla-requesting = Əvvəlki sorğunu göndərən orqanın əlaqə məlumatları
art31-traffic-previous-mla-executing = Əvvəlki sorğuya cavab vermiş (və ya onu icra etmiş) orqanın əlaqə məlumatları
art31-traffic-previous-mla-channel = Əvvəlki sorğunun göndərildiyi rabitə vasitəsi (elektron poçt ünvanı, faks nömrəsi və s.)
art31-traffic-previous-preservation = Müvafiq hallarda, əvvəlki mühafizə sorğusu barədə məlumat
art31-traffic-previous-preservation-date = Tarix
art31-traffic-previous-preservation-reference = Qeydiyyat / istinad nömrəsi
art31-traffic-previous-preservation-requesting = Mühafizəni xahiş etmiş orqanın əlaqə məlumatları
art31-traffic-previous-preservation-executing = Mühafizə sorğusuna cavab vermiş (və ya onu icra etmiş) orqanın əlaqə məlumatları
art31-traffic-previous-preservation-channel = Rabitə kanalı
art31-traffic-previous-preservation-channel-network-247 = 24/7 Şəbəkəsinin əlaqə məntəqəsi
art31-traffic-previous-preservation-channel-provider = Birbaşa xidmət təminatçısına
art31-traffic-previous-preservation-channel-police = Polis əməkdaşlığı kanalı
art31-traffic-previous-preservation-channel-mla = Qarşılıqlı hüquqi yardım üzrə mərkəzi orqan
art31-traffic-previous-preservation-channel-other = Digər
art31-traffic-previous-preservation-channel-other-detail = İstifadə olunan kanal
art31-traffic-previous-preservation-expiry = Məlumatların mühafizə olunduğu son tarix
    .hint = Məlumdursa, sorğu edilən dövlət və ya xidmət təminatçısı tərəfindən təsdiq edilmiş mühafizənin başa çatma tarixi.
art31-traffic-legal-grounds = Sorğunun hüquqi əsası
art31-traffic-legal-grounds-domestic = Müvafiq hallarda, sorğunun daxili qanunvericilikdəki hüquqi əsası
    .hint = Bu sorğunun əsaslandığı qanunvericilik müddəaları, məsələn, cinayət-prosessual məcəllənin qarşılıqlı hüquqi yardım sorğularına dair maddələri.
art31-traffic-legal-grounds-instruments = Tətbiq edilən digər müqavilələr və ya razılaşmalar
art31-traffic-legal-grounds-instruments-ets-30 = Cinayət işləri üzrə qarşılıqlı hüquqi yardım haqqında Avropa Konvensiyası (ETS № 30) və onun protokolları
art31-traffic-legal-grounds-instruments-bilateral = İkitərəfli müqavilə
art31-traffic-legal-grounds-instruments-bilateral-detail = Müqavilənin adı və tarixi
art31-traffic-legal-grounds-instruments-reciprocity = Qarşılıqlılıq
art31-traffic-offences = Cinayət(lər)
art31-traffic-offences-offences = Cinayət
art31-traffic-offences-offences-name = Cinayət
art31-traffic-offences-offences-provision = Qanun müddəası
art31-traffic-offences-offences-penalty = Maksimal cəza
art31-traffic-offences-damage = Vurulmuş zərər
    .hint = Zərər varsa, onun məbləği, valyutası göstərilməklə.
art31-traffic-offences-damage-below-threshold = Zərər 5 000 USD ekvivalentindən azdır
    .hint = Sizin öz yoxlamanız, sorğuda heç vaxt çap olunmur. Amerika Birləşmiş Ştatları, bir qayda olaraq, 5 000 USD-dən az zərərlə bağlı sorğuları rədd edir; zərərin sizin valyutanızdakı məbləğini bu məbləğlə müqayisə edin.
art31-traffic-facts = Faktların qısa xülasəsi
    .hint = Kim, nə vaxt, harada, nə edib və cinayət müvafiq xidmətin köməyi ilə necə törədilib. Hər vaxtı saat qurşağı ilə birlikdə göstərin.
art31-traffic-identifiers = Tələb olunan məlumatların identifikatorları və dövrü
art31-traffic-identifiers-identifiers = Tələb olunan məlumatların identifikatorları
    .hint = Məlumatları tələb olunan hər hesab, ünvan və ya nömrə. IP ünvanı üçün mənbə portunu və dəqiq tarixi və vaxtı saat qurşağı ilə birlikdə göstərin: paylaşılan ünvanlarda təminatçı bunlar olmadan abunəçini müəyyən edə bilməz.
art31-traffic-identifiers-period = Məlumatların tələb olunduğu dəqiq dövr
    .hint = Başlanğıc və son, saat qurşaqları ilə birlikdə. Yalnız istintaqın ehtiyac duyduğu dövrü tələb edin: uzun dövrlərə (90 gündən çox) dair sorğular çox vaxt həddən artıq geniş olduğuna görə rədd edilir.
art31-traffic-data = Tələb olunan məlumatlar
art31-traffic-data-traffic = Tələb olunan trafik məlumatları
    .hint = { $basis ->
            [budapest] İlk səkkiz xana Konvensiyanın 1-ci maddəsinin "d" bəndindəki trafik məlumatları anlayışına uyğundur: kommunikasiya zəncirinin bir hissəsi kimi kompüter sistemi tərəfindən yaradılan məlumatlar.
           *[other] Kommunikasiya zəncirinin bir hissəsi kimi kompüter sistemi tərəfindən yaradılan məlumatlar: yalnız istintaqın tələb etdiyini qeyd edin.
        }
art31-traffic-data-traffic-origin = Kommunikasiyaların mənbəyi
art31-traffic-data-traffic-destination = Kommunikasiyaların təyinat yeri
art31-traffic-data-traffic-route = Marşrut
art31-traffic-data-traffic-time = Vaxt
art31-traffic-data-traffic-date = Tarix
art31-traffic-data-traffic-size = Həcm
art31-traffic-data-traffic-duration = Davametmə müddəti
art31-traffic-data-traffic-service = Əsas xidmətin növü
art31-traffic-data-traffic-connection-log = IP bağlantıları tarixçəsi: IP ünvanları, mənbə portları, tarixlər və vaxtlarla birlikdə sistemə giriş və çıxışlar
art31-traffic-data-traffic-headers = Elektron məktub başlıqlarındakı məlumatlar (məzmun olmadan)
art31-traffic-data-traffic-other = Digər
art31-traffic-data-traffic-other-detail = Tələb olunan digər trafik məlumatları
art31-traffic-data-subscriber = Tələb olunan abunəçi haqqında məlumat
    .hint = { $basis ->
            [budapest] Yalnız trafik məlumatlarına əlavə olaraq lazım olanı qeyd edin. İlk altı xana Konvensiyanın 18-ci maddəsinin 3-cü bəndindəki abunəçi haqqında məlumat anlayışına uyğundur.
           *[other] Yalnız trafik məlumatlarına əlavə olaraq lazım olanı qeyd edin.
        }
art31-traffic-data-subscriber-service = İstifadə olunan kommunikasiya xidmətinin növü, bununla bağlı görülmüş texniki tədbirlər və xidmət müddəti
art31-traffic-data-subscriber-identity = Abunəçinin şəxsiyyəti
art31-traffic-data-subscriber-address = Poçt və ya coğrafi ünvan
art31-traffic-data-subscriber-access-number = Telefon və digər giriş nömrələri
art31-traffic-data-subscriber-billing = Hesab-faktura və ödəniş məlumatları
art31-traffic-data-subscriber-installation = Kommunikasiya avadanlığının quraşdırıldığı yer
art31-traffic-data-subscriber-email = Hesabla əlaqəli elektron poçt ünvanları
art31-traffic-data-subscriber-registration-ip = Qeydiyyat zamanı IP ünvanı, qeydiyyatın tarixi və vaxtı
art31-traffic-data-subscriber-other = Digər
art31-traffic-data-subscriber-other-detail = Abunəçi haqqında məlumatın tələb olunan digər növləri
art31-traffic-preservation = Məlumatların mühafizəsi
art31-traffic-preservation-sought = Məlumatların mühafizəsi artıq xahiş olunubmu?
    .hint = { $basis ->
            [budapest] Məlumatların Konvensiyanın 29-cu maddəsinə əsasən, 24/7 Şəbəkəsi vasitəsilə və ya birbaşa xidmət təminatçısı vasitəsilə mühafizə olunub-olunmadığı. İstinad nömrəsi sorğu edilən orqana və təminatçıya mühafizə olunan məlumatları tapmağa imkan verir. Bu sorğu 10-cu bölmədə göstərilən mühafizə sorğusunun davamıdırsa, eyni tarixi və istinad nömrəsini göstərin.
           *[other] Məlumatların 24/7 Şəbəkəsi, sorğu edilən dövlətin başqa orqanı vasitəsilə və ya birbaşa xidmət təminatçısı vasitəsilə mühafizə olunub-olunmadığı. İstinad nömrəsi sorğu edilən orqana və təminatçıya mühafizə olunan məlumatları tapmağa imkan verir. Bu sorğu 10-cu bölmədə göstərilən mühafizə sorğusunun davamıdırsa, eyni tarixi və istinad nömrəsini göstərin.
        }
art31-traffic-preservation-sought-yes = Bəli
art31-traffic-preservation-sought-no = Xeyr
art31-traffic-preservation-date = Mühafizə sorğusunun tarixi
art31-traffic-preservation-reference = Mühafizə sorğusunun istinad nömrəsi
    .hint = Sorğu edilən orqan və ya xidmət təminatçısı tərəfindən verilmiş istinad nömrəsi; belə nömrə verilməyibsə, öz istinad nömrəniz.
art31-traffic-relevance = Məlumatların istintaqla əlaqəsi
    .hint = Hər identifikatorun və tələb olunan hər növ məlumatın cinayətlə və şübhəli şəxslə necə bağlı olduğunu və məlumatların nə üçün xidmət təminatçısında olduğunun güman edildiyini izah edin.
art31-traffic-service-provider = Məlumatları saxlayan xidmət təminatçısı
art31-traffic-service-provider-name = Xidmət təminatçısının adı
    .hint = Təminatçının xidmət şərtlərində və ya hüquq-mühafizə orqanları üçün təlimatlarında göstərilən hüquqi adı.
art31-traffic-service-provider-address = Ünvan və ya yer
art31-traffic-urgency = Təcililik
art31-traffic-urgency-urgent = Sorğunun təcili icrası xahiş olunur
art31-traffic-urgency-reasons = Təcililiyin səbəbləri
    .hint = { $basis ->
            [budapest] Məsələn, şübhəli şəxs həbsdədir, icraatın müddəti məhduddur və ya məlumatların itirilməyə və ya dəyişdirilməyə xüsusilə həssas olduğunu güman etməyə əsaslar var (31-ci maddənin 3-cü bəndi).
           *[other] Məsələn, şübhəli şəxs həbsdədir, icraatın müddəti məhduddur və ya məlumatların itirilməyə və ya dəyişdirilməyə xüsusilə həssas olduğunu güman etməyə əsaslar var.
        }
art31-traffic-urgency-deadline = Məlumatların tələb olunduğu son tarix
art31-traffic-confidentiality = Məxfilik
art31-traffic-confidentiality-confidential = Xahiş edirik, bu sorğunun faktını və predmetini, onun icrası üçün zəruri olan hədd istisna olmaqla, məxfi saxlayasınız
art31-traffic-confidentiality-no-notification = Xidmət təminatçısından abunəçini və ya hər hansı üçüncü şəxsi xəbərdar etməməyi xahiş edin
    .hint = Təminatçının təcrübəsinin və ya sisteminin istifadəçini xəbərdar edə biləcəyini sorğu edilən orqandan soruşun.
art31-traffic-confidentiality-reasons = Məxfiliyin səbəbləri
    .hint = Məsələn, şübhəli şəxsin sübutları məhv etməsi, qaçması və ya iştirakçılarını xəbərdar etməsi riski.
art31-traffic-form = Məlumatların forması və autentikliyinin təsdiqi
art31-traffic-form-electronic = Oxuna bilən formatda elektron surət
art31-traffic-form-certified = Təsdiq edilmiş surət
art31-traffic-form-certificate = Xidmət təminatçısından işgüzar qeydlərin həqiqiliyi barədə sertifikat
art31-traffic-form-other = Digər
art31-traffic-form-other-detail = Digər tələb
