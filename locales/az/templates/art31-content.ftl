# Şablon art31-content: saxlanılan məzmun məlumatlarına dair qarşılıqlı hüquqi yardım sorğusu, zəruri olduqda trafik məlumatları və abunəçi haqqında məlumatla birlikdə (Budapeşt Konvensiyasının 31-ci maddəsi).
# 1-11-ci bölmələr, art31-subscriber-də olduğu kimi, T-CY(2018)10-un nömrələnməsinə və mətninə uyğundur; sonrakı bölmələr Konvensiyanın 1-ci maddəsinin "d" bəndinə, 18-ci maddəsinin 3-cü bəndinə, 25-ci maddəsinin 5-ci bəndinə, 28-ci və 31-ci maddələrinə uyğundur.

art31-content-legal-basis = { $basis ->
        [budapest] Kibercinayətkarlıq haqqında Konvensiyanın (ETS № 185) 31-ci maddəsi
       *[other] { basis-legal-basis }
    }
art31-content-date = Tarix
art31-content-reference = İstinad / iş nömrəsi
art31-content-status = Sorğunun statusu
    .hint = Aid olan bütün xanaları qeyd edin. Əvvəlki sorğunun davamı olduqda, əvvəlki sorğunun təfərrüatları üçün 9-cu və 10-cu bölmələr açılır.
art31-content-status-new = Yeni sorğu
art31-content-status-follow-up-mla = Əvvəlki qarşılıqlı hüquqi yardım sorğusunun davamı (təfərrüatlar 9-cu bölmədə)
art31-content-status-follow-up-preservation = Əvvəlki mühafizə sorğusunun davamı (təfərrüatlar 10-cu bölmədə)
art31-content-requested-authority = Sorğu edilən orqan
art31-content-requested-authority-country = Sorğu edilən dövlət
art31-content-requested-authority-authority = Orqan
    .hint = { $basis ->
            [budapest] Sorğu edilən dövlətin qarşılıqlı hüquqi yardım üzrə mərkəzi orqanı (27-ci maddənin 2-ci bəndi) və ya onun belə sorğuları qəbul etmək üçün təyin etdiyi orqan.
           *[other] Sorğu edilən dövlətin qarşılıqlı hüquqi yardım üzrə mərkəzi orqanı və ya onun belə sorğuları qəbul etmək üçün təyin etdiyi orqan.
        }
art31-content-requesting-authority = Sorğu edən orqan
art31-content-requesting-authority-organisation = Qurum
art31-content-requesting-authority-person = Sorğuya görə məsul şəxs
art31-content-requesting-authority-address = Ünvan
art31-content-requesting-authority-phone = Telefon nömrəsi
art31-content-requesting-authority-mobile = Mobil telefon nömrəsi
art31-content-requesting-authority-email = Elektron poçt ünvanı
art31-content-requesting-authority-fax = Faks nömrəsi
art31-content-requesting-authority-office-hours = İş saatları
art31-content-requesting-authority-time-zone = Saat qurşağı
    .hint = İdarənizin saat qurşağı, UTC-yə nisbətən fərq kimi. Bu sorğudakı digər hər bir vaxt öz saat qurşağı ilə göstərilir.
art31-content-requesting-authority-response = Cavab üsulu
art31-content-requesting-authority-response-expedited = Cavabın elektron poçtla və ya digər sürətli üsulla verilməsinə üstünlük verilir
art31-content-requesting-authority-response-other = Cavabın digər üsulla verilməsinə üstünlük verilir
art31-content-requesting-authority-response-other-detail = Üstünlük verilən cavab üsulu
art31-content-additional-contact = Sorğu edən orqandan əlavə təsdiq tələb olunarsa, xahiş edirik, aşağıdakı şəxslə əlaqə saxlayın
art31-content-additional-contact-contacts = Əlaqə şəxsi
art31-content-additional-contact-contacts-name = Adı, soyadı
art31-content-additional-contact-contacts-job-title = Vəzifəsi
art31-content-additional-contact-contacts-function = Funksiyası
art31-content-additional-contact-contacts-phone = Telefon nömrəsi
art31-content-additional-contact-contacts-mobile = Mobil telefon nömrəsi
art31-content-additional-contact-contacts-email = Elektron poçt ünvanı
art31-content-investigating-authority = İşə baxan istintaq / əməliyyat orqanı (sorğu edən orqandan fərqlidirsə)
art31-content-investigating-authority-organisation = Qurum
art31-content-investigating-authority-person = İşə görə məsul şəxs
art31-content-investigating-authority-address = Ünvan
art31-content-investigating-authority-phone = Telefon nömrəsi
art31-content-investigating-authority-mobile = Mobil telefon nömrəsi
art31-content-investigating-authority-email = Elektron poçt ünvanı
art31-content-investigating-authority-fax = Faks nömrəsi
art31-content-prosecution-court = Müvafiq hallarda, işə baxan prokurorluq və ya məhkəmə
art31-content-prosecution-court-prosecution = İşə baxan prokurorluq və işin nömrəsi
art31-content-prosecution-court-court = İşə baxan məhkəmə və işin nömrəsi
art31-content-prosecution-court-decisions = Bu sorğu ilə bağlı prokurorluq və ya məhkəmə qərarları
    .hint = Hər qərar üçün: qərarı qəbul edən orqan, onun tarixi və nömrəsi, habelə nəyi əmr etdiyi və ya nəyə icazə verdiyi. Sorğu edilən dövlət tələb edərsə, surətini əlavə edin.
art31-content-previous-mla = Müvafiq hallarda, əvvəlki qarşılıqlı hüquqi yardım sorğusu barədə məlumat
art31-content-previous-mla-date = Tarix
art31-content-previous-mla-reference = Qeydiyyat / istinad nömrəsi
art31-content-previous-mla-requesting = Əvvəlki sorğunu göndərən orqanın əlaqə məlumatları
art31-content-previous-mla-executing = Əvvəlki sorğuya cavab vermiş (və ya onu icra etmiş) orqanın əlaqə məlumatları
art31-content-previous-mla-channel = Əvvəlki sorğunun göndərildiyi rabitə vasitəsi (elektron poçt ünvanı, faks nömrəsi və s.)
art31-content-previous-preservation = Müvafiq hallarda, əvvəlki mühafizə sorğusu barədə məlumat
art31-content-previous-preservation-date = Tarix
art31-content-previous-preservation-reference = Qeydiyyat / istinad nömrəsi
art31-content-previous-preservation-requesting = Mühafizəni xahiş etmiş orqanın əlaqə məlumatları
art31-content-previous-preservation-executing = Mühafizə sorğusuna cavab vermiş (və ya onu icra etmiş) orqanın əlaqə məlumatları
art31-content-previous-preservation-channel = Rabitə kanalı
art31-content-previous-preservation-channel-network-247 = 24/7 Şəbəkəsinin əlaqə məntəqəsi
art31-content-previous-preservation-channel-provider = Birbaşa xidmət təminatçısına
art31-content-previous-preservation-channel-police = Polis əməkdaşlığı kanalı
art31-content-previous-preservation-channel-mla = Qarşılıqlı hüquqi yardım üzrə mərkəzi orqan
art31-content-previous-preservation-channel-other = Digər
art31-content-previous-preservation-channel-other-detail = İstifadə olunan kanal
art31-content-previous-preservation-expiry = Məlumatların mühafizə olunduğu son tarix
    .hint = Məlumdursa, sorğu edilən dövlət və ya xidmət təminatçısı tərəfindən təsdiq edilmiş mühafizənin başa çatma tarixi.
art31-content-legal-grounds = Sorğunun hüquqi əsası
art31-content-legal-grounds-domestic = Müvafiq hallarda, sorğunun daxili qanunvericilikdəki hüquqi əsası
    .hint = Bu sorğunun əsaslandığı qanunvericilik müddəaları, məsələn, cinayət-prosessual məcəllənin qarşılıqlı hüquqi yardım sorğularına dair maddələri.
art31-content-legal-grounds-instruments = Tətbiq edilən digər müqavilələr və ya razılaşmalar
art31-content-legal-grounds-instruments-ets-30 = Cinayət işləri üzrə qarşılıqlı hüquqi yardım haqqında Avropa Konvensiyası (ETS № 30) və onun protokolları
art31-content-legal-grounds-instruments-bilateral = İkitərəfli müqavilə
art31-content-legal-grounds-instruments-bilateral-detail = Müqavilənin adı və tarixi
art31-content-legal-grounds-instruments-reciprocity = Qarşılıqlılıq
art31-content-offences = Cinayət(lər)
art31-content-offences-offences = Cinayət
art31-content-offences-offences-name = Cinayət
art31-content-offences-offences-provision = Qanun müddəası
art31-content-offences-offences-penalty = Maksimal cəza
art31-content-offences-damage = Vurulmuş zərər
    .hint = Zərər varsa, onun məbləği, valyutası göstərilməklə.
art31-content-offences-damage-below-threshold = Zərər 5 000 USD ekvivalentindən azdır
    .hint = Sizin öz yoxlamanız, sorğuda heç vaxt çap olunmur. Amerika Birləşmiş Ştatları, bir qayda olaraq, 5 000 USD-dən az zərərlə bağlı sorğuları rədd edir; zərərin sizin valyutanızdakı məbləğini bu məbləğlə müqayisə edin.
art31-content-facts = Faktların qısa xülasəsi
    .hint = Kim, nə vaxt, harada, nə edib və cinayət müvafiq xidmətin köməyi ilə necə törədilib. Hər vaxtı saat qurşağı ilə birlikdə göstərin.
art31-content-identifiers = Tələb olunan məlumatların identifikatorları və dövrü
art31-content-identifiers-identifiers = Tələb olunan məlumatların identifikatorları
    .hint = Məlumatları tələb olunan hər hesab, ünvan və ya nömrə. IP ünvanı üçün mənbə portunu və dəqiq tarixi və vaxtı saat qurşağı ilə birlikdə göstərin: paylaşılan ünvanlarda təminatçı bunlar olmadan abunəçini müəyyən edə bilməz.
art31-content-identifiers-period = Məlumatların tələb olunduğu dəqiq dövr
    .hint = Başlanğıc və son, saat qurşaqları ilə birlikdə. Yalnız istintaqın ehtiyac duyduğu dövrü tələb edin: uzun dövrlərə (90 gündən çox) dair sorğular çox vaxt həddən artıq geniş olduğuna görə rədd edilir.
art31-content-data = Tələb olunan məlumatlar
art31-content-data-content = Tələb olunan məzmun məlumatları
    .hint = Yalnız faktların əsaslandırdığı məzmunu göstərin; sorğu edilən dövlət bunun üçün məhkəmə qərarı tələb edə bilər.
art31-content-data-content-messages = Saxlanılan mesajlar, o cümlədən çat və şəxsi mesajlar
art31-content-data-content-emails = Qoşmaları ilə birlikdə saxlanılan elektron məktublar
art31-content-data-content-files = Saxlanılan fayllar və sənədlər, o cümlədən bulud yaddaşında olanlar
art31-content-data-content-media = Fotoşəkillər və videolar
art31-content-data-content-posts = Paylaşımlar, şərhlər və digər dərc edilmiş məzmun
art31-content-data-content-location = Saxlanılan yerləşmə məlumatları
art31-content-data-content-contacts = Kontakt siyahıları və ünvan kitabçaları
art31-content-data-content-other = Digər
art31-content-data-content-other-detail = Tələb olunan digər məzmun məlumatları
art31-content-data-traffic = Tələb olunan trafik məlumatları
    .hint = { $basis ->
            [budapest] Yalnız məzmuna əlavə olaraq lazım olanı qeyd edin. İlk səkkiz xana Konvensiyanın 1-ci maddəsinin "d" bəndindəki trafik məlumatları anlayışına uyğundur: kommunikasiya zəncirinin bir hissəsi kimi kompüter sistemi tərəfindən yaradılan məlumatlar.
           *[other] Yalnız məzmuna əlavə olaraq lazım olanı qeyd edin. Trafik məlumatları kommunikasiya zəncirinin bir hissəsi kimi kompüter sistemi tərəfindən yaradılan məlumatlardır.
        }
art31-content-data-traffic-origin = Kommunikasiyaların mənbəyi
art31-content-data-traffic-destination = Kommunikasiyaların təyinat yeri
art31-content-data-traffic-route = Marşrut
art31-content-data-traffic-time = Vaxt
art31-content-data-traffic-date = Tarix
art31-content-data-traffic-size = Həcm
art31-content-data-traffic-duration = Davametmə müddəti
art31-content-data-traffic-service = Əsas xidmətin növü
art31-content-data-traffic-connection-log = IP bağlantıları tarixçəsi: IP ünvanları, mənbə portları, tarixlər və vaxtlarla birlikdə sistemə giriş və çıxışlar
art31-content-data-traffic-headers = Elektron məktub başlıqlarındakı məlumatlar (məzmun olmadan)
art31-content-data-traffic-other = Digər
art31-content-data-traffic-other-detail = Tələb olunan digər trafik məlumatları
art31-content-data-subscriber = Tələb olunan abunəçi haqqında məlumat
    .hint = { $basis ->
            [budapest] Yalnız məzmuna əlavə olaraq lazım olanı qeyd edin. İlk altı xana Konvensiyanın 18-ci maddəsinin 3-cü bəndindəki abunəçi haqqında məlumat anlayışına uyğundur.
           *[other] Yalnız məzmuna əlavə olaraq lazım olanı qeyd edin.
        }
art31-content-data-subscriber-service = İstifadə olunan kommunikasiya xidmətinin növü, bununla bağlı görülmüş texniki tədbirlər və xidmət müddəti
art31-content-data-subscriber-identity = Abunəçinin şəxsiyyəti
art31-content-data-subscriber-address = Poçt və ya coğrafi ünvan
art31-content-data-subscriber-access-number = Telefon və digər giriş nömrələri
art31-content-data-subscriber-billing = Hesab-faktura və ödəniş məlumatları
art31-content-data-subscriber-installation = Kommunikasiya avadanlığının quraşdırıldığı yer
art31-content-data-subscriber-email = Hesabla əlaqəli elektron poçt ünvanları
art31-content-data-subscriber-registration-ip = Qeydiyyat zamanı IP ünvanı, qeydiyyatın tarixi və vaxtı
art31-content-data-subscriber-other = Digər
art31-content-data-subscriber-other-detail = Abunəçi haqqında məlumatın tələb olunan digər növləri
art31-content-measures = Xahiş olunan tədbirlər
    .hint = { $basis ->
            [budapest] 31-ci maddənin 1-ci bəndi: sorğu edilən Tərəf öz ərazisində saxlanılan, o cümlədən 29-cu maddəyə əsasən mühafizə olunan məlumatların axtarışını və ya oxşar üsulla onlara çıxış əldə edilməsini, götürülməsini və ya oxşar üsulla təmin edilməsini, habelə açıqlanmasını həyata keçirə bilər.
           *[other] Sorğu edilən dövlətdən öz ərazisində saxlanılan, o cümlədən artıq mühafizə olunan məlumatlarla bağlı nə etməsi xahiş olunur: onların axtarışı və ya oxşar üsulla onlara çıxış əldə edilməsi, götürülməsi və ya oxşar üsulla təmin edilməsi, habelə açıqlanması.
        }
art31-content-measures-search = Axtarış və ya oxşar üsulla çıxış əldə edilməsi
art31-content-measures-seizure = Götürülmə və ya oxşar üsulla təmin edilmə
art31-content-measures-disclosure = Açıqlanma
art31-content-preservation = Məlumatların mühafizəsi
art31-content-preservation-sought = Məlumatların mühafizəsi artıq xahiş olunubmu?
    .hint = { $basis ->
            [budapest] Məlumatların Konvensiyanın 29-cu maddəsinə əsasən, 24/7 Şəbəkəsi vasitəsilə və ya birbaşa xidmət təminatçısı vasitəsilə mühafizə olunub-olunmadığı. İstinad nömrəsi sorğu edilən orqana və təminatçıya mühafizə olunan məlumatları tapmağa imkan verir. Bu sorğu 10-cu bölmədə göstərilən mühafizə sorğusunun davamıdırsa, eyni tarixi və istinad nömrəsini göstərin.
           *[other] Məlumatların 24/7 Şəbəkəsi, sorğu edilən dövlətin başqa orqanı vasitəsilə və ya birbaşa xidmət təminatçısı vasitəsilə mühafizə olunub-olunmadığı. İstinad nömrəsi sorğu edilən orqana və təminatçıya mühafizə olunan məlumatları tapmağa imkan verir. Bu sorğu 10-cu bölmədə göstərilən mühafizə sorğusunun davamıdırsa, eyni tarixi və istinad nömrəsini göstərin.
        }
art31-content-preservation-sought-yes = Bəli
art31-content-preservation-sought-no = Xeyr
art31-content-preservation-date = Mühafizə sorğusunun tarixi
art31-content-preservation-reference = Mühafizə sorğusunun istinad nömrəsi
    .hint = Sorğu edilən orqan və ya xidmət təminatçısı tərəfindən verilmiş istinad nömrəsi; belə nömrə verilməyibsə, öz istinad nömrəniz.
art31-content-relevance = Məlumatların istintaqla əlaqəsi
    .hint = Hər identifikatorun və tələb olunan hər növ məlumatın cinayətlə və şübhəli şəxslə necə bağlı olduğunu və məlumatların nə üçün xidmət təminatçısında olduğunun güman edildiyini izah edin.
art31-content-grounds = Məzmun məlumatlarının axtarışı və ya təqdim edilməsi üçün faktiki əsas
    .hint = Sorğu edilən dövlətin məcburiyyət tədbirləri üçün tələb etdiyi həddə cavab verən konkret faktlar, məsələn, Amerika Birləşmiş Ştatlarında "probable cause" (kifayət qədər ehtimal olunan əsas): hesabın cinayətlə əlaqədar istifadə edildiyini və cinayətin sübutlarının tələb olunan məzmunda aşkar edilməsinin ehtimal olunduğunu göstərən faktlar, habelə bu faktların nə vaxt baş verdiyi. Yalnız nəticələr və ya şübhələr kifayət deyil.
art31-content-dual-criminality = İkili cinayətkarlıq
    .hint = { $basis ->
            [budapest] 13-cü bölmədə təsvir edilən əməlin sorğu edilən dövlətin qanunvericiliyinə görə də cinayət olduğunu, məlumdursa, müvafiq müddəaya istinad etməklə izah edin. Konvensiyanın 25-ci maddəsinin 5-ci bəndinə əsasən, cinayətin əsasını təşkil edən əməl həmin dövlətdə cinayət hesab olunursa, onun hansı kateqoriyaya aid edilməsindən və necə adlandırılmasından asılı olmayaraq, bu şərt yerinə yetirilmiş sayılır.
           *[other] 13-cü bölmədə təsvir edilən əməlin sorğu edilən dövlətin qanunvericiliyinə görə də cinayət olduğunu, məlumdursa, müvafiq müddəaya istinad etməklə izah edin.
        }
art31-content-use = Məlumatların istifadəsinə dair məhdudiyyətlər
art31-content-use-undertakings = Sorğu edən orqanın öhdəlikləri
    .hint = { $basis ->
            [budapest] 28-ci maddə Tərəflər arasında vahid və ya qarşılıqlı qanunvericilik əsasında qarşılıqlı yardım haqqında müqavilə və ya razılaşma qüvvədə olmadıqda tətbiq edilir; əks halda həmin müqavilənin və ya razılaşmanın məxfilik və istifadəyə dair qaydaları tətbiq edilir.
           *[other] Məxfilik və istifadənin məhdudlaşdırılması şərtləri seçilmiş sənədin şərtləridir, müqavilə olmadıqda isə sorğu edilən dövlətin müəyyən etdiyi şərtlərdir.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Sorğu edən orqan sorğu edilən Tərəfin Konvensiyanın 28-ci maddəsinin 2-ci bəndinə əsasən müəyyən etdiyi məxfilik və istifadənin məhdudlaşdırılması şərtlərinə əməl edəcək
       *[other] Sorğu edən orqan sorğu edilən dövlətin müəyyən etdiyi məxfilik və istifadənin məhdudlaşdırılması şərtlərinə əməl edəcək
    }
art31-content-use-undertakings-speciality = Sorğu edilən Tərəf başqa istifadəyə razılıq vermədikcə, məlumatlar yalnız bu sorğuda göstərilən istintaq və icraat üçün istifadə ediləcək (xüsusilik qaydası)
art31-content-use-explanation = Məlumatların nəzərdə tutulan istifadəsinin izahı
    .hint = Məsələn, məlumatların müdafiə tərəfinə açıqlanmalı və ya əlaqəli icraatda istifadə edilməli olub-olmadığı ki, sorğu edilən Tərəf öz şərtlərini buna uyğun müəyyən edə bilsin.
art31-content-service-provider = Məlumatları saxlayan xidmət təminatçısı
art31-content-service-provider-name = Xidmət təminatçısının adı
    .hint = Təminatçının xidmət şərtlərində və ya hüquq-mühafizə orqanları üçün təlimatlarında göstərilən hüquqi adı.
art31-content-service-provider-address = Ünvan və ya yer
art31-content-urgency = Təcililik
art31-content-urgency-urgent = Sorğunun təcili icrası xahiş olunur
art31-content-urgency-reasons = Təcililiyin səbəbləri
    .hint = { $basis ->
            [budapest] Məsələn, şübhəli şəxs həbsdədir, icraatın müddəti məhduddur və ya məlumatların itirilməyə və ya dəyişdirilməyə xüsusilə həssas olduğunu güman etməyə əsaslar var (31-ci maddənin 3-cü bəndi).
           *[other] Məsələn, şübhəli şəxs həbsdədir, icraatın müddəti məhduddur və ya məlumatların itirilməyə və ya dəyişdirilməyə xüsusilə həssas olduğunu güman etməyə əsaslar var.
        }
art31-content-urgency-deadline = Məlumatların tələb olunduğu son tarix
art31-content-confidentiality = Məxfilik
art31-content-confidentiality-confidential = Xahiş edirik, bu sorğunun faktını və predmetini, onun icrası üçün zəruri olan hədd istisna olmaqla, məxfi saxlayasınız
art31-content-confidentiality-no-notification = Xidmət təminatçısından abunəçini və ya hər hansı üçüncü şəxsi xəbərdar etməməyi xahiş edin
    .hint = Təminatçının təcrübəsinin və ya sisteminin istifadəçini xəbərdar edə biləcəyini sorğu edilən orqandan soruşun.
art31-content-confidentiality-reasons = Məxfiliyin səbəbləri
    .hint = Məsələn, şübhəli şəxsin sübutları məhv etməsi, qaçması və ya iştirakçılarını xəbərdar etməsi riski.
art31-content-form = Məlumatların forması, autentikliyinin təsdiqi və sübutların ötürülmə zənciri
    .hint = Sübut kimi qəbul edilməsi üçün məzmunun autentikliyi adətən təsdiq edilməlidir: məhkəmələrinizin tələb etdiyini qeyd edin, məsələn, heş dəyərləri ilə kriminalistik surət və məlumatlarla işləmiş hər kəsin qeydiyyatı, yaxud xidmət təminatçısının işgüzar qeydlərinin həqiqiliyi barədə sertifikatı.
art31-content-form-electronic = Oxuna bilən formatda elektron surət
art31-content-form-certified = Təsdiq edilmiş surət
art31-content-form-certificate = Xidmət təminatçısından işgüzar qeydlərin həqiqiliyi barədə sertifikat
art31-content-form-forensic = Heş dəyərləri ilə kriminalistik surət
art31-content-form-custody = Sübutların ötürülmə zəncirinin qeydiyyatı
art31-content-form-other = Digər
art31-content-form-other-detail = Digər tələb
