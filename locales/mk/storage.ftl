# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Овој прелистувач не му дозволува на Tandem да зачувува нацрти. Вашата работа останува само на оваа страница: преземете го нацртот пред да ја затворите.
storage-read-only = Овој нацрт е составен со понова верзија на Tandem и овде не може да се менува.
storage-copy-note = Копијата може да се уредува овде; податоците што оваа верзија не ги познава се чуваат, но не се прикажуваат.
storage-keep-copy = Задржи копија за уредување
storage-read-only-tag = Само за читање: составен со понова верзија на Tandem
storage-changed-elsewhere = Овој нацрт е изменет во друго јазиче или друг прозорец.
storage-changed-newer = Понова верзија на Tandem го измени овој нацрт во друго јазиче или друг прозорец.
storage-changed-unreadable = Зачуваната верзија на овој нацрт не можеше да се прочита: издвоена е непроменета, а оваа верзија е зачувана.
storage-load-other-note = Ако ја вчитате другата верзија, промените што уште не се зачувани во ова јазиче ќе се изгубат.
storage-load-other = Вчитај ја другата верзија
storage-keep-mine = Задржи ја мојата како копија
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Зачувани нацрти што не можеа да се прочитаат: { $count }. Издвоени се непроменети.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Преземи { $file }
storage-persistent = Овој прелистувач ги чува овие нацрти додека не ги избришете.
storage-not-persistent = Овој прелистувач може да ги избрише овие нацрти кога ќе снема простор: извезете резервна копија.
storage-export-all = Извези ги сите нацрти
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Зачуваните нацрти зафаќаат { $kb } КБ, односно { $percent } % од { $limit } КБ што овој прелистувач ги одвојува за нив.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Сопствен податок на прелистувачот за сите податоци на оваа страница, во кој нацртите можеби не се вклучени: { $used } МБ од дозволените { $quota } МБ.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Просторот за нацрти е пополнет { $percent } %. Кога ќе се пополни, промените повеќе нема да можат да се зачуваат во овој прелистувач. Извезете ги сите нацрти во датотека, а потоа избришете ги нацртите што повеќе не ви се потребни; најстарите се наведени подолу.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: зафаќа { $kb } КБ
