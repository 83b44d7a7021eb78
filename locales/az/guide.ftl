# Əsas ekrandakı yol bələdçisi ("Mənə hansı sorğu lazımdır?"): beş sual hansı sorğudan başlamalı
# olduğunu və növbəti addımları, hər biri üçün bir sətirlik əsaslandırma ilə göstərir. Bələdçi
# ictimaiyyətə açıq tövsiyələrə (UNODC-nin Mərkəzi Asiya və Cənubi Qafqaz üçün məsləhətləri) əsasən
# tövsiyə verir; qərarı vəzifəli şəxs qəbul edir. Sorğu növlərinin adları requests.ftl faylındandır.

guide-title = Mənə hansı sorğu lazımdır?
guide-intro = Beş sual, ictimaiyyətə açıq tövsiyələrə (UNODC-nin müstəntiqlər və prokurorlar üçün məsləhətləri) əsasən hansı sorğudan başlamalı olduğunuzu və növbəti addımları göstərir. Cavablarınız bu səhifədə qalır: onlar heç yerdə saxlanılmır və heç yerə göndərilmir.

# Sual 1 və onun variantları.
guide-data = Sizə hansı məlumatlar lazımdır?
guide-data-subscriber = Abunəçi haqqında məlumat: hesabın sahibi kimdir
guide-data-traffic = Trafik məlumatları: IP ünvanları, sistemə giriş qeydləri, bağlantı jurnalları
guide-data-content = Məzmun məlumatları: mesajlar, fayllar, şəkillər, paylaşımlar

# Sual 2; guide-yes və ya guide-no ilə cavablandırılır.
guide-emergency = Kiminsə həyatı təhlükə altındadırmı, yaxud şəxsə ciddi zərər vurulması qaçılmazdırmı?

# Sual 3 və onun variantları.
guide-reach = Xidmət təminatçısı bu məlumatlara dair sorğuları birbaşa xarici orqanlardan qəbul edirmi?
    .hint = Məsələn, Amerika Birləşmiş Ştatlarında yerləşən xidmət təminatçıları məzmun məlumatları olmayan məlumatları xarici orqanlara birbaşa açıqlaya bilər. Əmin deyilsinizsə, xidmət təminatçısından və ya sorğu edilən dövlətin orqanlarından soruşun.
guide-reach-direct = Bəli, birbaşa
guide-reach-state = Xeyr, yalnız sorğu edilən dövlət vasitəsilə
guide-reach-unsure = Əmin deyiləm

# Sual 4; guide-yes və ya guide-no ilə cavablandırılır.
guide-preserved = Məlumatlar artıq mühafizə olunubmu?

# Sual 5 və onun variantları.
guide-basis = Dövlətinizi sorğu edilən dövlətlə nə bağlayır?
guide-basis-budapest = Hər iki dövlət Budapeşt Konvensiyasının (Kibercinayətkarlıq haqqında Konvensiyanın) Tərəfidir
guide-basis-treaty = Başqa müqavilə: ikitərəfli, regional və ya Birləşmiş Millətlər Təşkilatının konvensiyası
guide-basis-reciprocity = Müqavilə yoxdur: qarşılıqlılıq və ya milli qanunvericilik

guide-yes = Bəli
guide-no = Xeyr

# Bütün suallar cavablandırıldıqdan sonra göstərilən tövsiyə.
guide-incomplete = Haradan başlayacağınızı görmək üçün hər suala cavab verin.
guide-advice = Haradan başlamalı
guide-fallback = Xidmət təminatçısı cavab vermədikdə və ya imtina etdikdə
# Hər tövsiyə olunan sorğunun düyməsi: həmin növdə yeni qaralama açır.
guide-open = Bu sorğuya başla
guide-disclaimer = Bu, ictimaiyyətə açıq tövsiyələrə əsaslanan tövsiyədir, hüquqi rəy deyil: qərarı siz, zəruri hallarda sorğu edilən dövlətin orqanları ilə birlikdə qəbul edirsiniz.

# Hər sorğunun nə üçün tövsiyə olunduğu (hər biri bir sətir).
guide-why-emergency-provider = Xidmət təminatçısının fövqəladə açıqlama kanalından istifadə edin (sorğunun 3-cü bölməsi): xidmət təminatçısı kiminsə həyatının təhlükə altında olduğuna inandıqda məlumatları açıqlayıb-açıqlamamağa özü qərar verir.
guide-why-emergency-network = Sorğunu dövlətinizin 24/7 əlaqə məntəqəsi vasitəsilə və ya fövqəladə qarşılıqlı hüquqi yardım sorğusu kimi göndərin. 3-cü bölmədə İkinci Əlavə Protokolun 9-cu və ya 10-cu maddəsini yalnız Protokol hər iki dövlət üçün qüvvədə olduqda seçin; əks halda kanalı və hüquqi əsası göstərin.
guide-why-emergency-other = Sorğunu sorğu edilən dövlətin səlahiyyətli orqanına göndərin; 3-cü bölmədə kanalı və hüquqi əsası (müqaviləni və ya qarşılıqlılığı) göstərin.
guide-why-preserve-provider = Məlumatlar istənilən an silinə biləcəyi üçün əvvəlcə onların mühafizəsini təmin edin: sorğunu birbaşa xidmət təminatçısına, surətini isə sorğu edilən dövlətin səlahiyyətli orqanına göndərin.
guide-why-preserve-network = Məlumatlar istənilən an silinə biləcəyi üçün əvvəlcə onların mühafizəsini təmin edin: sorğunu dövlətinizin 24/7 əlaqə məntəqəsi vasitəsilə göndərin (24/7 Şəbəkəsi, Budapeşt Konvensiyasının 35-ci maddəsi).
guide-why-preserve-authority = Məlumatlar istənilən an silinə biləcəyi üçün əvvəlcə onların mühafizəsini təmin edin: hər iki dövlət 24/7 Şəbəkəsinin üzvüdürsə, sorğunu 24/7 Şəbəkəsi vasitəsilə, əks halda sorğu edilən dövlətin istintaq və ya cinayət təqibi orqanına göndərin.
guide-why-provider-disclosure = Məlumatları xidmət təminatçısından istəyin: bəzi xidmət təminatçıları məzmun məlumatları olmayan məlumatları xarici orqanlara birbaşa açıqlayır və bunu edib-etməməyə özləri qərar verirlər.
guide-why-fallback = Eyni məlumatlara dair, sorğu edilən dövlət vasitəsilə göndərilən qarşılıqlı hüquqi yardım sorğusu.
guide-why-mla = Məlumatları qarşılıqlı hüquqi yardım qaydasında əldə edin: məlumatlar mühafizə olunan kimi sorğunu dərhal hazırlayın.
guide-why-mla-content = Məzmun məlumatları qarşılıqlı hüquqi yardım qaydasında əldə edilir: məsələn, Amerika Birləşmiş Ştatlarında yerləşən xidmət təminatçıları xarici orqanlara birbaşa yalnız məzmun məlumatları olmayan məlumatları açıqlaya bilər. Məlumatlar mühafizə olunan kimi sorğunu dərhal hazırlayın.

# Tətbiq olunduqda tövsiyəni dəqiqləşdirən qeydlər.
guide-note-unsure = Xidmət təminatçısının sorğuları birbaşa xarici orqanlardan qəbul edib-etmədiyini xidmət təminatçısı və sorğu edilən dövlətin orqanları ilə dəqiqləşdirin: bəziləri hüquq-mühafizə orqanları ilə əməkdaşlığa o qədər də meylli deyil. Bu aydınlaşanadək yol sorğu edilən dövlətdən keçir.
guide-note-emergency = Fövqəladə sorğuda ondan sonra həyata keçiriləcək hüquqi prosedur göstərilir: növbəti sorğular məlumatları sübut kimi əldə etmək üçün məhz bu sonrakı prosedurdur.
guide-note-preserved = Açıqlama sorğusunu mühafizə müddəti bitməzdən əvvəl göndərin: mühafizə müddətləri dövlətdən dövlətə və xidmət təminatçısından xidmət təminatçısına dəyişir.
guide-note-treaty = Eyni sorğu növləri tətbiq olunur: formada hüquqi əsas kimi müqaviləni seçin və onun mətnində hər tədbirin, xüsusən də təcili mühafizənin hansı maddədə nəzərdə tutulduğunu yoxlayın.
guide-note-reciprocity = Eyni sorğu növləri tətbiq olunur: formada hüquqi əsas kimi qarşılıqlılığı və ya milli qanunvericiliyi seçin. Müqavilə olmadıqda sorğu edilən dövlətin yardım göstərib-göstərməməsi və necə göstərməsi onun qanunvericiliyindən asılıdır: əvvəlcə onun orqanları ilə məsləhətləşin.
