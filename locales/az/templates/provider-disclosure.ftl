# Şablon provider-disclosure: məzmun məlumatları olmayan məlumatların (abunəçi haqqında məlumat, IP ünvanları
# və sistemə giriş qeydləri) könüllü açıqlanması barədə birbaşa xidmət təminatçısına göndərilən sorğu. Heç bir
# beynəlxalq müqaviləyə istinad edilmir: açıqlayıb-açıqlamamağa təminatçı öz siyasəti və hüququ əsasında qərar
# verir; sorğuda sorğu edən orqanın fəaliyyət göstərdiyi daxili qanunvericilik göstərilir.

provider-disclosure-legal-basis = Sorğu edən orqanın öz daxili qanunvericiliyi əsasında (6-cı bölmə) məlumatların könüllü açıqlanması üçün birbaşa xidmət təminatçısına göndərdiyi sorğu
provider-disclosure-date = Tarix
provider-disclosure-reference = İstinad nömrəsi / iş nömrəsi
provider-disclosure-status = Sorğunun statusu
provider-disclosure-status-new = Yeni sorğu
provider-disclosure-status-follow-up-preservation = Xidmət təminatçısına göndərilmiş mühafizə sorğusunun davamı
provider-disclosure-previous-preservation = Davamı olan mühafizə sorğusu
provider-disclosure-previous-preservation-date = Mühafizə sorğusunun tarixi
provider-disclosure-previous-preservation-reference = Mühafizə sorğusunun istinad nömrəsi
provider-disclosure-previous-preservation-provider-reference = Xidmət təminatçısının mühafizəyə verdiyi istinad nömrəsi
    .hint = Xidmət təminatçısı mühafizəni öz istinad nömrəsi ilə təsdiq edibsə, onu göstərin: onda təminatçı mühafizə olunan məlumatları dərhal tapır.

## 4 Sorğunun ünvanlandığı xidmət təminatçısı

provider-disclosure-addressee = Sorğunun ünvanlandığı xidmət təminatçısı
provider-disclosure-addressee-name = Sorğunun ünvanlandığı hüquqi şəxs
    .hint = Xidmətə və müvafiq istifadəçilərə görə cavabdeh olan şirkət. Səhv hüquqi şəxsə göndərilən sorğular çox vaxt rədd edilir: yuxarıda təminatçını seçin və ya onun hüquq-mühafizə orqanları üçün təlimatlarında göstərilən hüquqi şəxsi yazın.
provider-disclosure-addressee-service = Müvafiq xidmət
    .hint = Məlumatları tələb olunan xidmət, istifadəçilərinin tanıdığı adla (məsələn, sosial şəbəkə, elektron poçt və ya mesajlaşma xidməti).
provider-disclosure-addressee-country = Hüquqi şəxsin təsis edildiyi dövlət
provider-disclosure-addressee-address = Prosessual sənədlərin təqdim edilməsi üçün ünvan
provider-disclosure-addressee-portal = Hüquq-mühafizə orqanlarının sorğuları üçün portal və ya veb forma
provider-disclosure-addressee-email = Hüquq-mühafizə orqanlarının sorğuları üçün elektron poçt

## 5 Sorğu edən orqan

provider-disclosure-requesting-authority = Sorğu edən orqan
provider-disclosure-requesting-authority-organisation = Orqan
provider-disclosure-requesting-authority-person = Sorğuya görə məsul vəzifəli şəxs
provider-disclosure-requesting-authority-position = Vəzifəsi və ya rütbəsi
provider-disclosure-requesting-authority-address = Ünvan
provider-disclosure-requesting-authority-telephone = Telefon nömrəsi
    .hint = Beynəlxalq formatda, + işarəsi və ölkə kodu ilə başlayaraq, xidmət təminatçısının geri zəng edib sorğunun həqiqiliyini yoxlaya bilməsi üçün.
provider-disclosure-requesting-authority-cell-phone = Mobil telefon nömrəsi
provider-disclosure-requesting-authority-email = Rəsmi elektron poçt ünvanı
    .hint = Orqanınızın rəsmi domenində olan ünvan: xidmət təminatçıları şəxsi və ya pulsuz elektron poçt ünvanlarından göndərilən sorğuları rədd edə bilər.
provider-disclosure-requesting-authority-time-zone = Saat qurşağı
    .hint = İdarənizin saat qurşağı, UTC-yə nisbətən fərq kimi. Başqa cür göstərilmədikdə, bu sorğudakı bütün vaxtlar bu saat qurşağı üzrə oxunur.

## 6 Daxili hüquqi əsas

provider-disclosure-domestic-legal-basis = Sorğunun sorğu edən orqanın qanunvericiliyindəki hüquqi əsası
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Sorğu edən orqanın fəaliyyət göstərdiyi daxili qanunvericilik müddəaları
    .hint = Orqanınıza işi araşdırmaq və bu məlumatları tələb etmək səlahiyyəti verən milli qanunvericiliyinizin maddələri (məsələn, cinayət-prosessual məcəllənin). Heç bir beynəlxalq müqaviləyə istinad etməyin və xidmət təminatçısına onun öz hüququnu izah etməyin: məlumatları açıqlayıb-açıqlamamağa o, öz siyasəti və hüququ əsasında qərar verir.
provider-disclosure-domestic-legal-basis-decision = Varsa, sorğuya icazə verən qərar və ya qərardad
    .hint = Qanunvericiliyiniz tələb edirsə, sorğunun əsasında verildiyi qərarın, qərardadın və ya orderin verən orqanı, tarixi və nömrəsi. Bir çox xidmət təminatçıları öz hüquqlarının tələb edəcəyi sənədi və ya onun yerli ekvivalentini istəyir: yuxarıda təminatçının tələblərinə baxın.

## 7 Cinayət və faktlar

provider-disclosure-offence = Cinayət və faktların qısa xülasəsi
provider-disclosure-offence-offences = Araşdırılan cinayətlər
    .hint = Hər cinayət üçün bir sətir: onun adı və ya qısa təsviri, onu müəyyən edən cinayət qanunu müddəası və maksimal cəza.
provider-disclosure-offence-offences-offence = Cinayət
provider-disclosure-offence-offences-provision = Qanun müddəası
provider-disclosure-offence-offences-penalty = Maksimal cəza
provider-disclosure-offence-facts = Faktların qısa xülasəsi
    .hint = Bir neçə cümlə ilə: nə baş verib, nə vaxt və harada; hər tarix və vaxt saat qurşağı ilə birlikdə. Xidmət təminatçısına məlumatları tapmaq və onların nə üçün lazım olduğunu görmək üçün lazım olandan artıq məlumat lazım deyil: şübhəli şəxsin və ya zərərçəkmişin adını yalnız zəruri olduqda göstərin.

## 8 Tələb olunan məlumatlar

provider-disclosure-data = Tələb olunan məlumatlar (kommunikasiyaların məzmunu olmadan)
provider-disclosure-data-identifiers = Müvafiq hesabların identifikatorları
    .hint = Hər hesab, istifadəçi adı, istifadəçi identifikatoru, elektron poçt ünvanı, telefon nömrəsi, URL və ya IP ünvanı, xidmətdə göründüyü kimi. Səhv və ya natamam identifikatorlar imtinanın əsas səbəblərindəndir. IP ünvanı üçün mənbə portunu və istifadənin dəqiq tarixini və vaxtını saat qurşağı ilə birlikdə göstərin. Yalnız bir identifikatora aid olan dövr onun sətrində göstərilir.
provider-disclosure-data-period = Tələb olunan məlumatların dövrü
    .hint = Hər iki hədd saat qurşağı ilə, istintaqın imkan verdiyi qədər dar. Uzun dövrlərə (90 gündən çox) dair sorğular çox vaxt həddən artıq geniş olduğuna görə rədd edilir.
provider-disclosure-data-categories = Tələb olunan məlumatların kateqoriyaları
    .hint = Yalnız məzmun məlumatları olmayan məlumatlar: xidmət təminatçıları kommunikasiyaların məzmununu xarici orqanlara adətən yalnız qarşılıqlı hüquqi yardım qaydasında açıqlayır. Yalnız istintaqın tələb etdiyini qeyd edin.
provider-disclosure-data-categories-subscriber = Abunəçi haqqında məlumat: göstərilmiş ad, ünvan, elektron poçt ünvanı və telefon nömrəsi, habelə hesabın yaradıldığı tarix
provider-disclosure-data-categories-registration-ip = Hesabı yaratmaq üçün istifadə edilmiş IP ünvanı, tarix, vaxt, saat qurşağı və mənbə portu ilə
provider-disclosure-data-categories-login-ip = Sistemə girişlərin IP ünvanları (giriş qeydləri), tarix, vaxt, saat qurşağı və mənbə portu ilə
provider-disclosure-data-categories-services = İstifadə olunan xidmətlər və istifadə dövrü
provider-disclosure-data-categories-other = Məzmun məlumatları olmayan digər məlumatlar
provider-disclosure-data-categories-other-detail = Tələb olunan digər məlumatlar
provider-disclosure-data-relationship = Məlumatların istintaq üçün əhəmiyyəti
    .hint = Bu hesabların cinayətlə necə bağlı olduğunu və məlumatların nəyi müəyyən edəcəyini göstərin, məsələn: hədə-qorxu mesajları 20/11/2026 tarixində saat 14:03 UTC+04:00-da bu hesabdan göndərilib; abunəçi haqqında məlumat və giriş qeydləri ondan istifadə edən şəxsi müəyyən etməyə imkan verəcək.

## 9 Təcililik

provider-disclosure-urgency = Təcililik
provider-disclosure-urgency-reasons = Sorğu təcilidirsə, təcililiyin səbəbləri
    .hint = Məsələn, məhkəmə baxışının və ya həbsdə saxlamanın yoxlanılmasının tarixi. Şəxsin həyatı və ya təhlükəsizliyi üçün risk varsa, bunun əvəzinə fövqəladə halda açıqlama barədə sorğudan istifadə edin.
provider-disclosure-urgency-deadline = Məlumatların lazım olduğu son tarix
    .hint = Son tarix yoxdursa, boş saxlayın.

## 10 Məxfilik

provider-disclosure-confidentiality = Məxfilik
provider-disclosure-confidentiality-conditions = Xahiş olunan məxfilik
    .hint = Bəzi xidmət təminatçıları, bunu etməmək xahiş olunmadıqda, istifadəçilərini sorğular barədə xəbərdar edir və bunu edib-etməməyə özləri qərar verir. İstintaqın tələb etdiyini qeyd edin və səbəbini aşağıda göstərin.
provider-disclosure-confidentiality-conditions-no-notification = Xahiş edirik, istifadəçini və ya hesab sahibini, yaxud hər hansı üçüncü şəxsi bu sorğu barədə xəbərdar etməyəsiniz
provider-disclosure-confidentiality-conditions-warn = Siyasətiniz istifadəçinin xəbərdar edilməsini tələb edirsə, xahiş edirik, bunu etməzdən əvvəl sorğu edən orqanı məlumatlandırasınız
provider-disclosure-confidentiality-details = Məxfiliyin səbəbləri

## 11 Cavab

provider-disclosure-reply = Cavab
provider-disclosure-reply-format = Məlumatların üstünlük verilən formatı
provider-disclosure-reply-format-electronic = Elektron və maşınla oxunan (məsələn, elektron cədvəl və ya CSV faylı)
provider-disclosure-reply-format-document = Elektron sənəd (PDF)
provider-disclosure-reply-format-usual = Adətən istifadə etdiyiniz format
provider-disclosure-reply-channel = Xahiş edirik, cavabı göndərəsiniz
provider-disclosure-reply-channel-email = Elektron poçtla, sorğu edən orqanın 5-ci bölmədə göstərilən rəsmi ünvanına
provider-disclosure-reply-channel-portal = Hüquq-mühafizə orqanları üçün portalınız vasitəsilə
provider-disclosure-reply-channel-other = Başqa üsulla
provider-disclosure-reply-channel-other-detail = Cavab üsulu
