# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Този браузър не позволява на Tandem да записва проекти. Работата ви остава само на тази страница: изтеглете проекта, преди да я затворите.
storage-read-only = Този проект е създаден с по-нова версия на Tandem и не може да бъде променян тук.
storage-copy-note = Тук може да се редактира копие; данните, които тази версия не познава, се съхраняват, но не се показват.
storage-keep-copy = Създаване на копие, което може да се редактира
storage-read-only-tag = Само за четене: създаден с по-нова версия на Tandem
storage-changed-elsewhere = Този проект е променен в друг раздел или прозорец.
storage-changed-newer = По-нова версия на Tandem промени този проект в друг раздел или прозорец.
storage-changed-unreadable = Съхранената версия на този проект не можа да бъде прочетена: тя е отделена непроменена, а тази версия е записана.
storage-load-other-note = Ако заредите другата версия, незаписаните в този раздел промени ще бъдат загубени.
storage-load-other = Зареждане на другата версия
storage-keep-mine = Съхраняване на моята версия като копие
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Съхранени проекти, които не можаха да бъдат прочетени: { $count }. Те са отделени непроменени.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Изтегляне на { $file }
storage-persistent = Този браузър пази тези проекти, докато не ги изтриете.
storage-not-persistent = Този браузър може да изтрие тези проекти при недостиг на място: експортирайте резервно копие.
storage-export-all = Експортиране на всички проекти
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Съхранените проекти заемат { $kb } kB: { $percent } % от { $limit } kB, които този браузър отделя за тях.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Собствената оценка на браузъра за всички данни на този сайт, в която проектите може да не са включени: { $used } MB от разрешените { $quota } MB.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Хранилището за проекти е запълнено на { $percent } %. Когато се запълни, промените вече няма да могат да се записват в този браузър. Експортирайте всички проекти във файл, след което изтрийте проектите, които вече не са ви нужни; най-старите са изброени по-долу.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: { $kb } kB в хранилището
