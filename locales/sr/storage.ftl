# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Овај прегледач не дозвољава програму Tandem да чува нацрте. Ваш рад остаје само на овој страници: преузмите нацрт пре него што је затворите.
storage-read-only = Овај нацрт је састављен новијом верзијом програма Tandem и овде се не може мењати.
storage-copy-note = Копија се овде може уређивати; подаци које ова верзија не познаје чувају се, али се не приказују.
storage-keep-copy = Задржи копију за уређивање
storage-read-only-tag = Само за читање: састављено новијом верзијом програма Tandem
storage-changed-elsewhere = Овај нацрт је измењен у другој картици или другом прозору.
storage-changed-newer = Новија верзија програма Tandem изменила је овај нацрт у другој картици или другом прозору.
storage-changed-unreadable = Сачувана верзија овог нацрта није могла да се прочита: издвојена је непромењена, а ова верзија је сачувана.
storage-load-other-note = Ако учитате другу верзију, измене које у овој картици још нису сачуване биће изгубљене.
storage-load-other = Учитај другу верзију
storage-keep-mine = Задржи моју као копију
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Сачувани нацрти који нису могли да се прочитају: { $count }. Издвојени су непромењени.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Преузми { $file }
storage-persistent = Овај прегледач чува ове нацрте док их не избришете.
storage-not-persistent = Овај прегледач може да избрише ове нацрте када понестане простора: извезите резервну копију.
storage-export-all = Извези све нацрте
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Сачувани нацрти заузимају { $kb } КБ, односно { $percent } % од { $limit } КБ које овај прегледач издваја за њих.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Сопствени податак прегледача о свим подацима овог сајта, у који нацрти можда нису урачунати: { $used } МБ од дозвољених { $quota } МБ.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Простор за нацрте попуњен је { $percent } %. Када се попуни, измене се више неће моћи сачувати у овом прегледачу. Извезите све нацрте у датотеку, а затим избришите нацрте који вам више нису потребни; најстарији су наведени у наставку.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: заузима { $kb } КБ
