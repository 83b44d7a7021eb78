# Şablon provider-preservation: məlumatların mühafizəsi barədə birbaşa xidmət təminatçısına göndərilən sorğu.
# Heç bir beynəlxalq müqaviləyə istinad edilmir: təminatçı öz siyasəti və hüququ əsasında qərar verir; sorğuda
# sorğu edən orqanın fəaliyyət göstərdiyi daxili qanunvericilik göstərilir.

provider-preservation-legal-basis = Sorğu edən orqanın öz daxili qanunvericiliyi əsasında birbaşa xidmət təminatçısına göndərdiyi sorğu (6-cı bölmə)

## 1-3: tarix, istinad nömrəsi, status

provider-preservation-date = Tarix
provider-preservation-reference = İstinad nömrəsi / iş nömrəsi
provider-preservation-status = Sorğunun statusu
provider-preservation-status-new = Yeni sorğu
provider-preservation-status-extension = Əvvəlki mühafizə sorğusunun müddətinin uzadılması
provider-preservation-status-previous-reference = Əvvəlki sorğunun istinad nömrəsi (xidmət təminatçısı vermişdirsə, onun nömrəsi)
provider-preservation-previous-request-date = Əvvəlki sorğunun tarixi

## 4 Sorğunun ünvanlandığı xidmət təminatçısı

provider-preservation-addressee = Sorğunun ünvanlandığı xidmət təminatçısı
provider-preservation-addressee-name = Sorğunun ünvanlandığı hüquqi şəxs
    .hint = Xidmətə və müvafiq istifadəçilərə görə cavabdeh olan şirkət. Səhv hüquqi şəxsə göndərilən sorğular çox vaxt rədd edilir: yuxarıda təminatçını seçin və ya onun hüquq-mühafizə orqanları üçün təlimatlarında göstərilən hüquqi şəxsi yazın.
provider-preservation-addressee-service = Müvafiq xidmət
    .hint = Məlumatları mühafizə olunmalı olan xidmət, istifadəçilərinin tanıdığı adla (məsələn, sosial şəbəkə, elektron poçt və ya mesajlaşma xidməti).
provider-preservation-addressee-country = Hüquqi şəxsin təsis edildiyi dövlət
provider-preservation-addressee-address = Prosessual sənədlərin təqdim edilməsi üçün ünvan
provider-preservation-addressee-portal = Hüquq-mühafizə orqanlarının sorğuları üçün portal və ya veb forma
provider-preservation-addressee-email = Hüquq-mühafizə orqanlarının sorğuları üçün elektron poçt

## 5 Sorğu edən orqan

provider-preservation-requesting-authority = Sorğu edən orqan
provider-preservation-requesting-authority-organisation = Orqan
provider-preservation-requesting-authority-person = Sorğuya görə məsul vəzifəli şəxs
provider-preservation-requesting-authority-position = Vəzifəsi və ya rütbəsi
provider-preservation-requesting-authority-address = Ünvan
provider-preservation-requesting-authority-telephone = Telefon nömrəsi
    .hint = Beynəlxalq formatda, + işarəsi və ölkə kodu ilə başlayaraq, xidmət təminatçısının geri zəng edib sorğunun həqiqiliyini yoxlaya bilməsi üçün.
provider-preservation-requesting-authority-cell-phone = Mobil telefon nömrəsi
provider-preservation-requesting-authority-email = Rəsmi elektron poçt ünvanı
    .hint = Orqanınızın rəsmi domenində olan ünvan: xidmət təminatçıları şəxsi və ya pulsuz elektron poçt ünvanlarından göndərilən sorğuları rədd edə bilər.
provider-preservation-requesting-authority-time-zone = Saat qurşağı
    .hint = İdarənizin saat qurşağı, UTC-yə nisbətən fərq kimi. Başqa cür göstərilmədikdə, bu sorğudakı bütün vaxtlar bu saat qurşağı üzrə oxunur.

## 6 Daxili hüquqi əsas

provider-preservation-domestic-legal-basis = Sorğunun sorğu edən orqanın qanunvericiliyindəki hüquqi əsası
provider-preservation-domestic-legal-basis-domestic-legal-basis = Sorğu edən orqanın fəaliyyət göstərdiyi daxili qanunvericilik müddəaları
    .hint = Orqanınıza işi araşdırmaq və bu sorğunu göndərmək səlahiyyəti verən milli qanunvericiliyinizin maddələri (məsələn, cinayət-prosessual məcəllənin). Heç bir beynəlxalq müqaviləyə istinad etməyin və xidmət təminatçısına onun öz hüququnu izah etməyin: sorğuya əməl edib-etməməyə o, öz siyasəti və hüququ əsasında qərar verir.
provider-preservation-domestic-legal-basis-decision = Varsa, sorğuya icazə verən qərar və ya qərardad
    .hint = Qanunvericiliyiniz tələb edirsə, sorğunun əsasında verildiyi qərarın, qərardadın və ya orderin verən orqanı, tarixi və nömrəsi.

## 7 Cinayət və faktlar

provider-preservation-offence = Cinayət və faktların qısa xülasəsi
provider-preservation-offence-offences = Araşdırılan cinayətlər
    .hint = Hər cinayət üçün bir sətir: onun adı və ya qısa təsviri, onu müəyyən edən cinayət qanunu müddəası və maksimal cəza.
provider-preservation-offence-offences-offence = Cinayət
provider-preservation-offence-offences-provision = Qanun müddəası
provider-preservation-offence-offences-penalty = Maksimal cəza
provider-preservation-offence-facts = Faktların qısa xülasəsi
    .hint = Bir neçə cümlə ilə: nə baş verib, nə vaxt və harada; hər tarix və vaxt saat qurşağı ilə birlikdə. Xidmət təminatçısına məlumatları tapmaq üçün lazım olandan artıq məlumat lazım deyil: şübhəli şəxsin və ya zərərçəkmişin adını yalnız zəruri olduqda göstərin.

## 8 Mühafizə olunacaq məlumatlar

provider-preservation-data = Mühafizə olunacaq məlumatlar
provider-preservation-data-identifiers = Məlumatları mühafizə olunacaq hesabların və ya məlumatların identifikatorları
    .hint = Hər hesab, istifadəçi adı, istifadəçi identifikatoru, elektron poçt ünvanı, telefon nömrəsi, URL və ya IP ünvanı, xidmətdə göründüyü kimi. Səhv və ya natamam identifikatorlar imtinanın əsas səbəblərindəndir. IP ünvanı üçün mənbə portunu və istifadənin dəqiq tarixini və vaxtını saat qurşağı ilə birlikdə göstərin. Yalnız bir identifikatora aid olan dövr onun sətrində göstərilir.
provider-preservation-data-period = Mühafizə olunacaq məlumatların dövrü
    .hint = Bütün identifikatorlar üçün eyni olduqda, məlumatların əhatə etməli olduğu dövr; hər iki həddi saat qurşağı ilə. Uzun dövrlərə (90 gündən çox) dair sorğular çox vaxt həddən artıq geniş olduğuna görə rədd edilir.
provider-preservation-data-categories = Mühafizə olunacaq məlumatların kateqoriyaları
    .hint = Yalnız istintaqın tələb etdiyini qeyd edin. Mühafizə məlumatları olduğu kimi saxlayır, lakin onları açıqlamır: məlumatlar 9-cu bölmədə göstərilən hüquqi prosedur qaydasında tələb ediləcək.
provider-preservation-data-categories-subscriber = Abunəçi haqqında məlumat
provider-preservation-data-categories-traffic = Trafik məlumatları, o cümlədən IP ünvanları və sistemə giriş qeydləri
provider-preservation-data-categories-content = Məzmun məlumatları
provider-preservation-data-categories-other = Digər məlumatlar
provider-preservation-data-categories-other-detail = Mühafizə olunacaq digər məlumatlar
provider-preservation-data-relationship = Məlumatların istintaqla əlaqəsi
    .hint = Bu hesabların və ya məlumatların cinayətlə necə bağlı olduğunu göstərin, məsələn: hədə-qorxu mesajları 20/11/2026 tarixində saat 14:03 UTC+04:00-da bu hesabdan göndərilib.

## 9 Sonrakı hüquqi prosedur

provider-preservation-follow-up = Mühafizə olunan məlumatların açıqlanması
provider-preservation-follow-up-process = Sorğu edən orqan mühafizə olunan məlumatların açıqlanmasını bu yolla tələb edəcək
    .hint = Nə göndərəcəyinizi qeyd edin. Mühafizə məlumatları yalnız saxlayır; onları əldə etmək üçün açıqlama barədə sorğunu mühafizə bitməzdən xeyli əvvəl göndərin və ya müddətin uzadılmasını vaxtında xahiş edin.
provider-preservation-follow-up-process-mla = Xidmət təminatçısının təsis edildiyi dövlətə qarşılıqlı hüquqi yardım sorğusu
provider-preservation-follow-up-process-provider = Könüllü açıqlama barədə xidmət təminatçısına sorğu
provider-preservation-follow-up-process-other = Digər hüquqi prosedur
provider-preservation-follow-up-process-other-detail = Hüquqi prosedur
provider-preservation-follow-up-expected-date = Açıqlama barədə sorğunun gözlənilən tarixi
    .hint = Xidmət təminatçısının məlumatları nə qədər mühafizə etməsi onun siyasətindən asılıdır: yuxarıda onun profilinə baxın və açıqlama barədə sorğunu həmin müddət ərzində göndərin.

## 10 Məxfilik

provider-preservation-confidentiality = Məxfilik
provider-preservation-confidentiality-conditions = Xahiş olunan məxfilik
    .hint = Bəzi xidmət təminatçıları, bunu etməmək xahiş olunmadıqda, istifadəçilərini sorğular barədə xəbərdar edir və bunu edib-etməməyə özləri qərar verir. İstintaqın tələb etdiyini qeyd edin və səbəbini aşağıda göstərin.
provider-preservation-confidentiality-conditions-no-notification = Xahiş edirik, istifadəçini və ya hesab sahibini, yaxud hər hansı üçüncü şəxsi bu sorğu barədə xəbərdar etməyəsiniz
provider-preservation-confidentiality-conditions-warn = Siyasətiniz istifadəçinin xəbərdar edilməsini tələb edirsə, xahiş edirik, bunu etməzdən əvvəl sorğu edən orqanı məlumatlandırasınız
provider-preservation-confidentiality-details = Məxfiliyin səbəbləri

## 11 Cavab

provider-preservation-reply = Cavab
provider-preservation-reply-acknowledgement = Xahiş edirik, məlumatların mühafizə olunduğunu təsdiq edəsiniz, bu sorğuya verilmiş istinad nömrəsini və mühafizənin başa çatacağı tarixi bildirəsiniz
provider-preservation-reply-channel = Xahiş edirik, cavabı göndərəsiniz
provider-preservation-reply-channel-email = Elektron poçtla, sorğu edən orqanın 5-ci bölmədə göstərilən rəsmi ünvanına
provider-preservation-reply-channel-portal = Hüquq-mühafizə orqanları üçün portalınız vasitəsilə
provider-preservation-reply-channel-other = Başqa üsulla
provider-preservation-reply-channel-other-detail = Cavab üsulu
