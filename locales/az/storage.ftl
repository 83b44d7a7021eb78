# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Bu brauzer Tandem-ə qaralamaları saxlamağa icazə vermir. İşiniz yalnız bu səhifədə qalır: səhifəni bağlamazdan əvvəl qaralamanı endirin.
storage-read-only = Bu qaralama Tandem-in daha yeni versiyası ilə tərtib edilib və burada dəyişdirilə bilməz.
storage-copy-note = Surəti burada redaktə etmək olar; bu versiyanın tanımadığı məlumatlar saxlanılır, lakin göstərilmir.
storage-keep-copy = Redaktə edilə bilən surəti saxla
storage-read-only-tag = Yalnız oxumaq üçün: Tandem-in daha yeni versiyası ilə tərtib edilib
storage-changed-elsewhere = Bu qaralama başqa tabda və ya pəncərədə dəyişdirilib.
storage-changed-newer = Tandem-in daha yeni versiyası bu qaralamanı başqa tabda və ya pəncərədə dəyişdirib.
storage-changed-unreadable = Bu qaralamanın saxlanmış versiyasını oxumaq mümkün olmadı: o, dəyişdirilmədən kənara qoyuldu və bu versiya saxlanıldı.
storage-load-other-note = Digər versiyanı yükləsəniz, bu tabda hələ saxlanmamış dəyişikliklər itiriləcək.
storage-load-other = Digər versiyanı yüklə
storage-keep-mine = Mənimkini surət kimi saxla
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Oxunması mümkün olmayan saxlanmış qaralamalar: { $count }. Onlar dəyişdirilmədən kənara qoyuldu.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = { $file } faylını endir
storage-persistent = Bu brauzer bu qaralamaları siz silənədək saxlayır.
storage-not-persistent = Bu brauzer yer çatışmadıqda bu qaralamaları silə bilər: ehtiyat nüsxəni ixrac edin.
storage-export-all = Bütün qaralamaları ixrac et
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Saxlanmış qaralamalar { $kb } KB yer tutur, yəni bu brauzerin onlar üçün ayırdığı { $limit } KB-ın { $percent } faizi.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Brauzerin bu saytın bütün məlumatları üzrə öz göstəricisi (qaralamalar buna daxil olmaya bilər): icazə verilən { $quota } MB-dan { $used } MB.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Qaralamalar üçün ayrılmış yer { $percent } faiz doludur. Yer dolduqda dəyişikliklər artıq bu brauzerdə saxlanıla bilməyəcək. Bütün qaralamaları fayla ixrac edin, sonra artıq lazım olmayan qaralamaları silin; ən köhnələri aşağıda göstərilib.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: { $kb } KB yer tutur
