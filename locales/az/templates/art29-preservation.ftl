# Şablon art29-preservation: saxlanılan kompüter məlumatlarının təcili mühafizəsi barədə sorğu
# (Kibercinayətkarlıq haqqında Konvensiya, 29-cu və 30-cu maddələr). 1-7-ci bölmələr T-CY(2018)11-ə,
# 8-ci və 9-cu bölmələr T-CY(2018)10-a, 10-14-cü bölmələr 29-cu maddənin 2-ci bəndinin b-f yarımbəndlərinə uyğundur.

art29-preservation-legal-basis = { $basis ->
        [budapest] Kibercinayətkarlıq haqqında Konvensiyanın (ETS № 185) 29-cu və 30-cu maddələri
       *[other] { basis-legal-basis }
    }

## 1-3: tarix, istinad nömrəsi, status

art29-preservation-date = Tarix
art29-preservation-reference = İstinad nömrəsi / iş nömrəsi
art29-preservation-status = Sorğunun statusu
art29-preservation-status-new = Yeni sorğu
art29-preservation-status-extension = Əvvəlki sorğunun müddətinin uzadılması
art29-preservation-status-previous-reference = Əvvəlki sorğunun qeydiyyat və ya istinad nömrəsi
art29-preservation-previous-request-date = Əvvəlki sorğunun tarixi
art29-preservation-executed-date = Sorğu edilən Tərəfin mühafizəni icra etdiyi tarix
    .hint = Sizin öz qeydiniz, sorğuda heç vaxt çap olunmur: sorğu edilən Tərəfin və ya xidmət təminatçısının təsdiq etdiyi tarix, məlum olan kimi. Tətbiqdə və xatırlatmada göstərilən mühafizə müddəti bu tarixdən hesablanır.

## 4 Sorğu edilən orqan

art29-preservation-requested-authority = Sorğu edilən orqan
art29-preservation-requested-authority-type = Sorğunun ünvanlandığı orqan
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] 24/7 əlaqə məntəqəsi (35-ci maddə)
       *[other] 24/7 əlaqə məntəqəsi
    }
art29-preservation-requested-authority-type-competent-authority = Digər səlahiyyətli orqan
art29-preservation-requested-authority-authority = Orqanın adı
    .hint = { $basis ->
            [budapest] Sorğu edilən dövlətin Avropa Şurasının məlumat kitabçasında və ya həmin dövlətin bəyanatlarında göstərilən 24/7 əlaqə məntəqəsi və ya səlahiyyətli orqanı.
           *[other] Sorğu edilən dövlətin seçilmiş sənəd üzrə bəyanatlarında göstərilən 24/7 əlaqə məntəqəsi və ya səlahiyyətli orqanı.
        }
art29-preservation-requested-authority-country = Sorğu edilən dövlət
    .hint = Məlumatların mühafizəsi xahiş olunan Tərəf: adətən kompüter sisteminin və ya xidmət təminatçısının yerləşdiyi dövlət.

## 5 Sorğu edən orqan

art29-preservation-requesting-authority = Sorğu edən orqan
art29-preservation-requesting-authority-organisation = Qurum
art29-preservation-requesting-authority-person = Sorğuya görə məsul şəxs
art29-preservation-requesting-authority-address = Ünvan
art29-preservation-requesting-authority-telephone = Telefon nömrəsi
    .hint = Beynəlxalq formatda, + işarəsi və ölkə kodu ilə başlayaraq. Təcili suallar üçün iş saatlarından kənar da cavab verilən nömrə göstərin.
art29-preservation-requesting-authority-cell-phone = Mobil telefon nömrəsi
art29-preservation-requesting-authority-email = Elektron poçt
art29-preservation-requesting-authority-fax = Faks nömrəsi
art29-preservation-requesting-authority-office-hours = İş saatları
    .hint = Aşağıdakı saat qurşağı üzrə iş günləriniz və saatlarınız, məsələn: bazar ertəsi - cümə, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Saat qurşağı
    .hint = İdarənizin saat qurşağı, UTC-yə nisbətən fərq kimi. Başqa cür göstərilmədikdə, bu sorğudakı bütün vaxtlar bu saat qurşağı üzrə oxunur.
art29-preservation-requesting-authority-response = Üstünlük verilən cavab üsulu
art29-preservation-requesting-authority-response-expedited = Cavabın elektron poçtla və ya digər sürətli üsulla verilməsinə üstünlük verilir
art29-preservation-requesting-authority-response-means = Cavabın aşağıdakı üsulla verilməsinə üstünlük verilir:
art29-preservation-requesting-authority-response-means-detail = Cavab üsulu

## 6 Ehtiyat əlaqə şəxsi

art29-preservation-backup-contact = Sorğu edən orqandan əlavə təsdiq tələb olunarsa, xahiş edirik, aşağıdakı şəxslə əlaqə saxlayın
art29-preservation-backup-contact-name = Adı, soyadı
art29-preservation-backup-contact-job-title = Vəzifəsi
art29-preservation-backup-contact-function = Funksiyası
art29-preservation-backup-contact-telephone = Telefon nömrəsi
art29-preservation-backup-contact-cell-phone = Mobil telefon nömrəsi
art29-preservation-backup-contact-email = Elektron poçt

## 7 İstintaq və ya əməliyyat orqanı

art29-preservation-investigative-authority = İşə baxan istintaq və ya əməliyyat orqanı
art29-preservation-investigative-authority-different = İstintaq və ya əməliyyat orqanı sorğu edən orqandan fərqlidir
art29-preservation-investigative-authority-organisation = Qurum
art29-preservation-investigative-authority-person = İşə görə məsul şəxs
art29-preservation-investigative-authority-address = Ünvan
art29-preservation-investigative-authority-telephone = Telefon nömrəsi
art29-preservation-investigative-authority-cell-phone = Mobil telefon nömrəsi
art29-preservation-investigative-authority-email = Elektron poçt
art29-preservation-investigative-authority-fax = Faks nömrəsi

## 8 Prokurorluq və ya məhkəmə

art29-preservation-prosecution = Müvafiq hallarda, işə baxan prokurorluq və ya məhkəmə
art29-preservation-prosecution-office = İşə baxan prokurorluq
art29-preservation-prosecution-office-case = Prokurorluqda işin nömrəsi
art29-preservation-prosecution-court = İşə baxan məhkəmə
art29-preservation-prosecution-court-case = Məhkəmədə işin nömrəsi

## 9 Daxili hüquqi əsas

art29-preservation-domestic-legal-basis = Müvafiq hallarda, sorğunun daxili qanunvericilikdəki hüquqi əsası
    .hint = İşin araşdırıldığı və bu mühafizənin tələb edildiyi milli qanunvericilik müddəaları, məsələn, cinayət-prosessual məcəllənin maddələri.

## 10 Cinayət və faktlar: 29-cu maddənin 2-ci bəndinin b yarımbəndi

art29-preservation-offence = { $basis ->
        [budapest] Cinayət və faktların qısa xülasəsi (29-cu maddənin 2-ci bəndinin b yarımbəndi)
       *[other] Cinayət və faktların qısa xülasəsi
    }
art29-preservation-offence-offences = Cinayət təqibinin və ya icraatın predmeti olan cinayətlər
    .hint = Hər cinayət üçün bir sətir: onun adı və ya qısa təsviri, onu müəyyən edən cinayət qanunu müddəası və maksimal cəza.
art29-preservation-offence-offences-offence = Cinayət
art29-preservation-offence-offences-provision = Qanun müddəası
art29-preservation-offence-offences-penalty = Maksimal cəza
art29-preservation-offence-facts = Faktların qısa xülasəsi
    .hint = Bir neçə cümlə ilə: nə baş verib, nə vaxt və harada; sorğu edilən orqanın sorğunu başa düşməsi üçün kifayət qədər, artıq deyil. Hər tarixi və vaxtı saat qurşağı ilə birlikdə göstərin. 24/7 əlaqə məntəqələri bu sorğunu çox vaxt xidmət təminatçısına ötürür: şübhəli şəxsin və ya zərərçəkmişin adını yalnız məlumatları tapmaq üçün sorğu edilən orqana həmin ad lazım olduqda göstərin.
art29-preservation-offence-convention-offence = Cinayət Kibercinayətkarlıq haqqında Konvensiyanın 2-11-ci maddələrinə əsasən müəyyən edilmiş cinayətə uyğun gəlir
    .hint = İkili cinayətkarlıq mühafizə üçün şərt deyil (29-cu maddənin 3-cü bəndi), sorğu edilən Tərəfin 2-11-ci maddələrdə nəzərdə tutulanlardan başqa cinayətlər üçün bunu tələb etmək hüququnu özündə saxladığı hallar istisna olmaqla (29-cu maddənin 4-cü bəndi). Cinayət onlardan biridirsə, qeyd edin və maddələri göstərin. Yalnız qeyd edildikdə çap olunur.
art29-preservation-offence-convention-articles = Konvensiyanın müvafiq maddələri
art29-preservation-offence-convention-articles-art2 = 2-ci maddə: Qanunsuz daxil olma
art29-preservation-offence-convention-articles-art3 = 3-cü maddə: Qanunsuz ələ keçirmə
art29-preservation-offence-convention-articles-art4 = 4-cü maddə: Məlumatlara müdaxilə
art29-preservation-offence-convention-articles-art5 = 5-ci maddə: Sistemə müdaxilə
art29-preservation-offence-convention-articles-art6 = 6-cı maddə: Qurğulardan sui-istifadə
art29-preservation-offence-convention-articles-art7 = 7-ci maddə: Kompüterlə bağlı saxtakarlıq
art29-preservation-offence-convention-articles-art8 = 8-ci maddə: Kompüterlə bağlı dələduzluq
art29-preservation-offence-convention-articles-art9 = 9-cu maddə: Uşaq pornoqrafiyası ilə bağlı cinayətlər
art29-preservation-offence-convention-articles-art10 = 10-cu maddə: Müəllif hüququnun və əlaqəli hüquqların pozulması ilə bağlı cinayətlər
art29-preservation-offence-convention-articles-art11 = 11-ci maddə: Cəhd, köməklik və ya təhrik

## 11 Mühafizə olunacaq məlumatlar: 29-cu maddənin 2-ci bəndinin c yarımbəndi

art29-preservation-data = { $basis ->
        [budapest] Mühafizə olunacaq saxlanılan kompüter məlumatları (29-cu maddənin 2-ci bəndinin c yarımbəndi)
       *[other] Mühafizə olunacaq saxlanılan kompüter məlumatları
    }
art29-preservation-data-identifiers = Mühafizə olunacaq məlumatların identifikatorları
    .hint = Məlumatları mühafizə olunmalı olan hər hesab, istifadəçi adı, elektron poçt ünvanı, telefon nömrəsi, URL, domen, qurğu və ya IP ünvanı. IP ünvanı üçün mənbə portunu və istifadənin dəqiq tarixini və vaxtını saat qurşağı ilə birlikdə göstərin: paylaşılan ünvanda təminatçı bunlar olmadan istifadəçini tapa bilməz. Yalnız bir identifikatora aid olan dövr onun sətrində göstərilir.
art29-preservation-data-period = Mühafizə olunacaq məlumatların dövrü
    .hint = Bütün identifikatorlar üçün eyni olduqda, məlumatların əhatə etməli olduğu dövr. Hər iki həddi saat qurşağı ilə göstərin. Yalnız istintaqın ehtiyac duyduğu dövrü tələb edin: uzun dövrlərə (90 gündən çox) dair sorğular çox vaxt həddən artıq geniş olduğuna görə rədd edilir.
art29-preservation-data-categories = Mühafizə olunacaq məlumatların kateqoriyaları
    .hint = { $basis ->
            [budapest] Yalnız istintaqın tələb etdiyini qeyd edin. Abunəçi haqqında məlumat: abunəçinin şəxsiyyəti, ünvanı və istifadə olunan xidmət (18-ci maddənin 3-cü bəndi). Trafik məlumatları: kommunikasiyanın mənbəyi, təyinatı, marşrutu, vaxtı, tarixi, həcmi və müddəti, yaxud əsas xidmətin növü (1-ci maddənin d bəndi). Məzmun məlumatları: kommunikasiyaların özü.
           *[other] Yalnız istintaqın tələb etdiyini qeyd edin. Abunəçi haqqında məlumat: abunəçinin şəxsiyyəti, ünvanı və istifadə olunan xidmət. Trafik məlumatları: kommunikasiyanın mənbəyi, təyinatı, marşrutu, vaxtı, tarixi, həcmi və müddəti, yaxud əsas xidmətin növü. Məzmun məlumatları: kommunikasiyaların özü.
        }
art29-preservation-data-categories-subscriber = Abunəçi haqqında məlumat
art29-preservation-data-categories-traffic = Trafik məlumatları
art29-preservation-data-categories-content = Məzmun məlumatları
art29-preservation-data-categories-other = Digər məlumatlar
art29-preservation-data-categories-other-detail = Mühafizə olunacaq digər məlumatlar
art29-preservation-data-relationship = Məlumatların cinayətlə əlaqəsi
    .hint = Bu məlumatların cinayətlə necə bağlı olduğunu göstərin, məsələn: hədə-qorxu mesajları 20/11/2026 tarixində saat 14:03 UTC+04:00-da bu hesabdan göndərilib və ya zərərçəkmişin serverinə bu IP ünvanından daxil olunub.

## 12 Məlumatları saxlayan şəxs və sistemin yeri: 29-cu maddənin 2-ci bəndinin d yarımbəndi

art29-preservation-custodian = { $basis ->
        [budapest] Məlumatları saxlayan şəxs və kompüter sisteminin yeri (29-cu maddənin 2-ci bəndinin d yarımbəndi)
       *[other] Məlumatları saxlayan şəxs və kompüter sisteminin yeri
    }
art29-preservation-custodian-provider = Xidmət təminatçısı və ya məlumatları saxlayan digər şəxs
    .hint = Məlum olduğu qədər, məlumatları saxlayan şirkətin və ya şəxsin adı. Məlum deyilsə, bunu qeyd edin.
art29-preservation-custodian-contact = Məlumatları saxlayan şəxsin ünvanı və ya veb saytı
art29-preservation-custodian-location = Kompüter sisteminin yeri
    .hint = Məlum olduğu qədər, məlumatları saxlayan kompüter sisteminin yerləşdiyi yer: ölkə, şəhər, hostinq provayderi və ya məlumat mərkəzi.

## 13 Zərurət: 29-cu maddənin 2-ci bəndinin e yarımbəndi

art29-preservation-necessity = { $basis ->
        [budapest] Mühafizənin zəruriliyi (29-cu maddənin 2-ci bəndinin e yarımbəndi)
       *[other] Mühafizənin zəruriliyi
    }
art29-preservation-necessity-reasons = Təcili mühafizənin səbəbləri
art29-preservation-necessity-reasons-deletion = Məlumatlar silinə, dəyişdirilə və ya itirilə bilər
art29-preservation-necessity-reasons-retention = Xidmət təminatçısı belə məlumatları yalnız qısa müddət saxlayır
art29-preservation-necessity-reasons-notice = Şübhəli şəxs istintaqdan xəbər tutub məlumatları silə bilər
art29-preservation-necessity-reasons-other = Digər
art29-preservation-necessity-reasons-other-detail = Digər səbəb
art29-preservation-necessity-explanation = İzah
    .hint = İstəyə görə: təcililiyi konkretləşdirən hal, məsələn, təminatçının məlum saxlama müddəti və ya məlumatların silinəcəyi tarix.

## 14 Sonradan göndəriləcək qarşılıqlı hüquqi yardım sorğusu: 29-cu maddənin 2-ci bəndinin f yarımbəndi

art29-preservation-mla = { $basis ->
        [budapest] Sonradan göndəriləcək qarşılıqlı hüquqi yardım sorğusu (29-cu maddənin 2-ci bəndinin f yarımbəndi)
       *[other] Sonradan göndəriləcək qarşılıqlı hüquqi yardım sorğusu
    }
art29-preservation-mla-intent = Sorğu edən Tərəf saxlanılan kompüter məlumatlarının axtarışı və ya oxşar üsulla onlara çıxış əldə edilməsi, götürülməsi və ya oxşar üsulla təmin edilməsi, yaxud açıqlanması üçün qarşılıqlı yardım sorğusu göndərmək niyyətindədir.
art29-preservation-mla-expected-date = Qarşılıqlı hüquqi yardım sorğusunun gözlənilən tarixi
    .hint = { $basis ->
            [budapest] Konvensiyanın 29-cu maddəsinin 7-ci bəndinə əsasən, mühafizə qarşılıqlı hüquqi yardım sorğusunun təqdim edilməsinə imkan vermək üçün ən azı altmış gün müddətinə həyata keçirilir; həmin sorğu alındıqdan sonra məlumatlar onun barəsində qərar qəbul edilənədək mühafizə olunmaqda davam edir. Sorğu edilən dövlətin məlumatları faktiki olaraq nə qədər mühafizə etməsi onun qanunvericiliyindən və təcrübəsindən asılıdır: «Mühafizə müddəti» panelinə baxın və sorğunu müddət bitməzdən xeyli əvvəl göndərin və ya müddətin uzadılmasını vaxtında xahiş edin.
           *[other] Sorğu edilən dövlətin məlumatları nə qədər mühafizə etməsi onun qanunvericiliyindən və təcrübəsindən asılıdır: «Mühafizə müddəti» panelinə baxın və qarşılıqlı hüquqi yardım sorğusunu müddət bitməzdən xeyli əvvəl göndərin və ya müddətin uzadılmasını vaxtında xahiş edin.
        }

## 15 30-cu maddə

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Mühafizə olunan trafik məlumatlarının təcili açıqlanması (30-cu maddə): konkret kommunikasiyaya aid trafik məlumatlarının mühafizəsi zamanı başqa dövlətdəki xidmət təminatçısının həmin kommunikasiyanın ötürülməsində iştirak etdiyi aşkar edilərsə, xahiş edirik, həmin xidmət təminatçısını və kommunikasiyanın ötürüldüyü yolu müəyyən etmək üçün kifayət qədər trafik məlumatlarını təcili açıqlayasınız.
       *[other] Mühafizə olunan trafik məlumatlarının təcili açıqlanması: konkret kommunikasiyaya aid trafik məlumatlarının mühafizəsi zamanı başqa dövlətdəki xidmət təminatçısının həmin kommunikasiyanın ötürülməsində iştirak etdiyi aşkar edilərsə, xahiş edirik, həmin xidmət təminatçısını və kommunikasiyanın ötürüldüyü yolu müəyyən etmək üçün kifayət qədər trafik məlumatlarını təcili açıqlayasınız.
    }

## 16 Məxfilik

art29-preservation-confidentiality = Məxfilik
art29-preservation-confidentiality-conditions = Xahiş olunan məxfilik
    .hint = Bəzi xidmət təminatçıları istifadəçilərini sorğular barədə xəbərdar edir. Bunun baş verə biləcəyini sorğu edilən orqandan soruşun və istintaqın tələb etdiyini qeyd edin.
art29-preservation-confidentiality-conditions-no-notification = Xahiş edirik, abunəçini və ya hesab sahibini bu sorğu barədə xəbərdar etməyəsiniz
art29-preservation-confidentiality-conditions-warn = Xahiş edirik, istifadəçini xəbərdar edə biləcək hər hansı hərəkətdən əvvəl sorğu edən orqanı məlumatlandırasınız
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Mühafizə məlumatların gələcəkdə əldə edilə bilməsini təmin etməyəcəksə, istintaqın məxfiliyini təhlükə altına alacaqsa və ya istintaqa başqa şəkildə zərər vuracaqsa, xahiş edirik, sorğunun buna baxmayaraq icra edilməli olub-olmadığına qərar verə bilməsi üçün sorğu edən orqanı dərhal məlumatlandırasınız (29-cu maddənin 6-cı bəndi)
       *[other] Mühafizə məlumatların gələcəkdə əldə edilə bilməsini təmin etməyəcəksə, istintaqın məxfiliyini təhlükə altına alacaqsa və ya istintaqa başqa şəkildə zərər vuracaqsa, xahiş edirik, sorğunun buna baxmayaraq icra edilməli olub-olmadığına qərar verə bilməsi üçün sorğu edən orqanı dərhal məlumatlandırasınız
    }
art29-preservation-confidentiality-details = Məxfiliklə bağlı əlavə qeydlər

## 17 Təsdiq

art29-preservation-acknowledgement = Xahiş edirik, məlumatların mühafizə olunduğunu təsdiq edəsiniz, bu sorğuya verilmiş istinad nömrəsini və mühafizənin başa çatacağı tarixi bildirəsiniz
