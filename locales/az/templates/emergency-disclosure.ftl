# Şablon emergency-disclosure: fövqəladə halda saxlanılan kompüter məlumatlarının açıqlanması barədə sorğu
# (İkinci Əlavə Protokolun 9-cu maddəsi, 24/7 Şəbəkəsi vasitəsilə; 10-cu maddəsi, fövqəladə qarşılıqlı
# hüquqi yardım; və ya xidmət təminatçısının fövqəladə hallar kanalı). Mətn Konvensiyaya və Protokola uyğundur.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Kibercinayətkarlıq haqqında Konvensiyaya İkinci Əlavə Protokolun (CETS № 224) 9-cu maddəsi, 24/7 Şəbəkəsi vasitəsilə; Protokol yalnız onun Tərəfləri olan dövlətlər arasında tətbiq edilir
        [protocol-art10] Kibercinayətkarlıq haqqında Konvensiyaya İkinci Əlavə Protokolun (CETS № 224) 10-cu maddəsi; Protokol yalnız onun Tərəfləri olan dövlətlər arasında tətbiq edilir
        [provider] Fövqəladə halda məlumatların könüllü açıqlanması barədə xidmət təminatçısına sorğu
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Tarix
emergency-disclosure-reference = İstinad nömrəsi / iş nömrəsi

emergency-disclosure-channel = Kanal və hüquqi əsas
emergency-disclosure-channel-basis = Bu sorğu üçün istifadə olunan kanal
    .hint = { $match ->
        [general] Seçilmiş sənəddə fövqəladə sorğular haqqında maddə yoxdur: sorğu onun təcili sorğular və qarşılıqlı yardım haqqında müddəalarına əsaslanır və onlara sorğunun əvvəlində istinad edilir.
        [user] Müqavilənin adını və sorğunun əsaslandığı maddələri göstərin: onlar sorğunun əvvəlində çap olunur.
       *[other] İkinci Əlavə Protokolun 9-cu maddəsi: sorğu edilən dövlətdəki xidmət təminatçısında olan məlumatlar üçün 24/7 Şəbəkəsi vasitəsilə. 10-cu maddə: mərkəzi və ya səlahiyyətli orqan vasitəsilə fövqəladə qarşılıqlı hüquqi yardım. Protokol yalnız onun qüvvədə olduğu dövlətlər arasında tətbiq edilir: bu variantlardan birini seçməzdən əvvəl Protokolun hər iki dövlət üçün qüvvədə olduğunu yoxlayın. Hər iki dövlət üçün məcburi olan başqa müqavilə: sorğu onun təcili sorğular və qarşılıqlı yardım haqqında müddəalarına əsaslanır. Qarşılıqlılıq: heç bir müqavilə tətbiq edilmir. Təminatçının fövqəladə hallar kanalı: sorğu birbaşa xidmət təminatçısına göndərilir və açıqlayıb-açıqlamamağa təminatçı özü qərar verir; heç bir beynəlxalq müqaviləyə istinad edilmir.
    }
emergency-disclosure-channel-basis-protocol-art9 = Fövqəladə halda 24/7 Şəbəkəsi vasitəsilə təcili açıqlama (İkinci Əlavə Protokolun 9-cu maddəsi)
emergency-disclosure-channel-basis-protocol-art10 = Fövqəladə qarşılıqlı hüquqi yardım (İkinci Əlavə Protokolun 10-cu maddəsi)
emergency-disclosure-channel-basis-provider = Xidmət təminatçısının fövqəladə açıqlama kanalı

emergency-disclosure-addressee = Sorğu edilən dövlət və ünvan sahibi
emergency-disclosure-addressee-country = Sorğu edilən dövlət
    .hint = Birbaşa xidmət təminatçısına göndərilən sorğu üçün: təminatçının təsis edildiyi dövlət.
emergency-disclosure-addressee-name = Ünvan sahibi: orqan və ya xidmət təminatçısı
    .hint = Bu sorğunun göndərildiyi 24/7 əlaqə məntəqəsi, mərkəzi və ya səlahiyyətli orqan, yaxud xidmət təminatçısı.
emergency-disclosure-addressee-address = Ünvan
emergency-disclosure-addressee-portal = Hüquq-mühafizə orqanlarının sorğuları üçün portal və ya veb forma
emergency-disclosure-addressee-email = Elektron poçt
emergency-disclosure-addressee-provider = Ünvan sahibi deyilsə, məlumatları saxlayan xidmət təminatçısı: adı və ünvanı
    .hint = Protokolun 9-cu maddəsi əsasında sorğu üçün məcburidir (9-cu maddənin 3-cü bəndinin c yarımbəndi): sorğu edilən dövlətdə məlumatları saxlayan xidmət təminatçısının adı və ünvanı.

emergency-disclosure-requesting-authority = Sorğu edən orqan
emergency-disclosure-requesting-authority-authority = Səlahiyyətli orqan
emergency-disclosure-requesting-authority-officer = Sorğu edən vəzifəli şəxs
emergency-disclosure-requesting-authority-position = Vəzifəsi
emergency-disclosure-requesting-authority-address = Ünvan
emergency-disclosure-requesting-authority-phone = Telefon
    .hint = Beynəlxalq formatda: fövqəladə hal davam etdiyi müddətdə günün istənilən saatında cavab verilən nömrə.
emergency-disclosure-requesting-authority-mobile = Mobil telefon
emergency-disclosure-requesting-authority-email = Elektron poçt
    .hint = Orqanınızın rəsmi ünvanı: xidmət təminatçıları şəxsi ünvanlardan gələn sorğulara cavab verməyə bilər.
emergency-disclosure-requesting-authority-time-zone = Saat qurşağı
    .hint = İdarənizin saat qurşağı, UTC-yə nisbətən fərq kimi. Başqa cür göstərilmədikdə, bu sorğudakı bütün vaxtlar bu saat qurşağı üzrə oxunur.
emergency-disclosure-requesting-authority-reachable = Fövqəladə hal davam etdiyi müddətdə sorğu edən vəzifəli şəxslə yuxarıda göstərilən telefon nömrələri ilə günün istənilən saatında əlaqə saxlamaq mümkündür
    .hint = Fövqəladə sorğu günün istənilən saatında cavab verən şəxs tələb edir. Bu mümkün deyilsə, yuxarıda dövlətinizin 24/7 əlaqə məntəqəsinin nömrəsini göstərin.

emergency-disclosure-authoriser = Rəhbər və ya icazə verən vəzifəli şəxs
emergency-disclosure-authoriser-name = Adı, soyadı
    .hint = Bu fövqəladə sorğuya icazə vermiş və bunu sorğu edilən dövlətə və ya xidmət təminatçısına təsdiq edə bilən vəzifəli şəxs.
emergency-disclosure-authoriser-position = Vəzifəsi
emergency-disclosure-authoriser-phone = Telefon
emergency-disclosure-authoriser-email = Elektron poçt

emergency-disclosure-offences = Cinayət(lər)
emergency-disclosure-offences-offence = Araşdırılan cinayətlər
    .hint = Hər cinayət üçün bir sətir, qanun müddəası və maksimal cəza ilə birlikdə.
emergency-disclosure-offences-offence-description = Cinayət
emergency-disclosure-offences-offence-provision = Qanun müddəası
emergency-disclosure-offences-offence-penalty = Maksimal cəza
emergency-disclosure-mla = Daxili hüquqi əsas və xahiş olunan qarşılıqlı hüquqi yardım
emergency-disclosure-mla-domestic-legal-basis = Daxili hüquqi əsas
    .hint = İşin araşdırıldığı və bu sorğunun göndərildiyi milli qanunvericilik müddəaları. Fövqəladə qarşılıqlı hüquqi yardım üçün məcburidir (Protokolun 10-cu maddəsi); bütün kanallar üçün tövsiyə olunur, çünki hüquqi əsas göstərilməyən sorğular çox vaxt rədd edilir.
emergency-disclosure-mla-prosecution = İşə baxan prokurorluq və ya məhkəmə və işin nömrəsi
    .hint = Fövqəladə qarşılıqlı hüquqi yardım üçün: işə baxan prokurorluq və ya məhkəmə, əgər varsa.
emergency-disclosure-mla-assistance = Xahiş olunan yardım
    .hint = Fövqəladə qarşılıqlı hüquqi yardım üçün: sorğu edilən dövlətdən nə xahiş olunur, məsələn, xidmət təminatçısına 9-cu bölmədə təsvir edilən məlumatları açıqlamağı və onları sorğu edən orqana ötürməyi əmr etmək.
emergency-disclosure-mla-procedure = İcra zamanı riayət edilməli prosedurlar
    .hint = Fövqəladə qarşılıqlı hüquqi yardım üçün, qanunvericiliyiniz bunu tələb etdikdə: məsələn, qeydlərin həqiqiliyi barədə sertifikat və ya məlumatların sübut kimi qəbul edilə bilməsi üçün əldə edilməli olduğu forma.

emergency-disclosure-emergency = Fövqəladə hal
emergency-disclosure-emergency-risk = Təhlükənin növü
emergency-disclosure-emergency-risk-kidnapping = Adam oğurluğu və ya girov götürmə
emergency-disclosure-emergency-risk-threat-to-kill = Öldürmə hədəsi
emergency-disclosure-emergency-risk-suicide = İntihar təhlükəsi
emergency-disclosure-emergency-risk-child = Uşağın həyatı və ya təhlükəsizliyi üçün təhlükə
emergency-disclosure-emergency-risk-terrorism = Terror təhdidi
emergency-disclosure-emergency-risk-bomb = Bomba təhdidi
emergency-disclosure-emergency-risk-other = Həyat və ya təhlükəsizlik üçün digər təhlükə
emergency-disclosure-emergency-risk-other-detail = Təhlükənin növü
emergency-disclosure-emergency-facts = Fiziki şəxsin həyatı və ya təhlükəsizliyi üçün əhəmiyyətli və bilavasitə təhlükəni göstərən faktlar
    .hint = { $basis ->
            [protocol2] Kimin təhlükədə olduğunu (adı və ya təsviri), təhlükənin nədən ibarət olduğunu, onun nə üçün hər an reallaşa biləcəyini, məlumatın haradan gəldiyini və nə vaxt alındığını (saat qurşağı ilə) göstərin. Sadəcə mümkün olan və ya bilavasitə olmayan təhlükə Protokolun mənasında fövqəladə hal deyil.
           *[other] Kimin təhlükədə olduğunu (adı və ya təsviri), təhlükənin nədən ibarət olduğunu, onun nə üçün hər an reallaşa biləcəyini, məlumatın haradan gəldiyini və nə vaxt alındığını (saat qurşağı ilə) göstərin. Sadəcə mümkün olan və ya bilavasitə olmayan təhlükə fövqəladə hal deyil.
        }
emergency-disclosure-emergency-relation = Tələb olunan məlumatların fövqəladə hal ilə əlaqəsi
    .hint = Məlumatların təhlükənin qarşısını almağa necə kömək edəcəyini, məsələn, təhlükədə olan şəxsin yerini və ya hədə-qorxu gələn şəxsin kimliyini müəyyən etməklə, həmçinin məlumatların nə üçün bu xidmət təminatçısında olduğunun güman edildiyini göstərin.
emergency-disclosure-emergency-urgency = Məlumatların mühafizə və qarşılıqlı hüquqi yardım yolu ilə nə üçün vaxtında əldə edilə bilməyəcəyi
    .hint = Zərərin nə qədər tez baş verə biləcəyini və nə üçün mühafizə sorğusu və ardınca qarşılıqlı hüquqi yardım sorğusu, yaxud təqdim etmə haqqında qərarla məlumatları vaxtında əldə etmək mümkün olmayacağını göstərin.
emergency-disclosure-emergency-needed-by = Məlumatların tələb olunduğu son vaxt
    .hint = Məlumatların hələ də kömək edə biləcəyi ən son vaxt, saat qurşağı ilə. Məlumatlar dərhal lazımdırsa, boş saxlayın.

emergency-disclosure-data = Tələb olunan məlumatlar
emergency-disclosure-data-identifiers = Tələb olunan məlumatların identifikatorları
    .hint = Hər hesab, ünvan və ya nömrə, xidmətdə göstərildiyi kimi dəqiq. IP ünvanı üçün mənbə portunu və dəqiq tarixi və vaxtı saat qurşağı ilə birlikdə göstərin: ünvanların paylaşıldığı hallarda təminatçı bunlar olmadan istifadəçini müəyyən edə bilməz.
emergency-disclosure-data-period = Tələb olunan məlumatların dövrü
    .hint = Fövqəladə halın imkan verdiyi qədər dar, hər iki hədd saat qurşağı ilə: fövqəladə hal nadir hallarda bir neçə gündən artıq dövrə haqq qazandırır (7 gündən artıq dövr barədə xəbərdarlıq edilir).
emergency-disclosure-data-categories = Tələb olunan məlumatların kateqoriyaları
    .hint = Yalnız fövqəladə halın tələb etdiyi məlumatları istəyin. Amerika Birləşmiş Ştatları kimi bəzi dövlətlərdəki xidmət təminatçıları xarici orqanlara birbaşa yalnız məzmun məlumatları olmayan məlumatları açıqlaya bilər.
emergency-disclosure-data-categories-subscriber = Abunəçi haqqında məlumat
emergency-disclosure-data-categories-traffic = Trafik məlumatları
emergency-disclosure-data-categories-content = Məzmun məlumatları
emergency-disclosure-data-categories-location = Yerləşmə məlumatları
emergency-disclosure-data-categories-other = Digər məlumatlar
emergency-disclosure-data-categories-other-detail = Tələb olunan digər məlumatlar

emergency-disclosure-instructions = Xüsusi prosessual göstərişlər
emergency-disclosure-instructions-confidentiality = Məxfilik: istifadəçini və ya hər hansı üçüncü şəxsi bu sorğu barədə xəbərdar etməyin
    .hint = Bəzi xidmət təminatçıları, əksi xahiş olunmadıqda, istifadəçilərini sorğular barədə xəbərdar edir. İstifadəçi sorğudan xəbər tutarsa, təhlükədə olan şəxs zərər görə bilər.
emergency-disclosure-instructions-format = Məlumatların üstünlük verilən formatı
emergency-disclosure-instructions-format-electronic = Elektron və maşınla oxunan (məsələn, elektron cədvəl və ya CSV faylı)
emergency-disclosure-instructions-format-document = Elektron sənəd (PDF)
emergency-disclosure-instructions-format-usual = Xidmət təminatçısının adətən istifadə etdiyi format
emergency-disclosure-instructions-format-other = Digər format
emergency-disclosure-instructions-format-other-detail = Formatın təsviri
emergency-disclosure-instructions-other = Məlumatların əldə edilməsinə kömək edə biləcək digər göstərişlər və ya məlumat

emergency-disclosure-follow-up = Sonrakı hüquqi prosedur
emergency-disclosure-follow-up-process = Bu sorğudan sonra həyata keçiriləcək hüquqi prosedur
    .hint = Fövqəladə halda açıqlanan məlumatların sübut kimi istifadə oluna bilməsi üçün rəsmi hüquqi prosedur vasitəsilə yenidən tələb ediləcəyi.
emergency-disclosure-follow-up-process-mla = Qarşılıqlı hüquqi yardım sorğusu
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] İkinci Əlavə Protokolun 7-ci maddəsinə əsasən xidmət təminatçısına təqdim etmə haqqında qərar
       *[other] Xidmət təminatçısına təqdim etmə haqqında qərar
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Saxlanılan kompüter məlumatlarının təcili mühafizəsi barədə sorğu (Konvensiyanın 29-cu maddəsi)
        [protocol2] Saxlanılan kompüter məlumatlarının təcili mühafizəsi barədə sorğu (Konvensiyanın 29-cu maddəsi)
       *[other] Saxlanılan kompüter məlumatlarının təcili mühafizəsi barədə sorğu
    }
emergency-disclosure-follow-up-process-none = Sonrakı hüquqi prosedur gözlənilmir
emergency-disclosure-follow-up-process-other = Digər hüquqi prosedur
emergency-disclosure-follow-up-process-other-detail = Hüquqi prosedur
emergency-disclosure-follow-up-expected-date = Gözlənilən göndərilmə tarixi
    .hint = Sonrakı hüquqi prosedur gözlənilmirsə, boş saxlayın.
emergency-disclosure-follow-up-details = Sonrakı prosedurun təfərrüatları və ya onun nə üçün gözlənilmədiyi
