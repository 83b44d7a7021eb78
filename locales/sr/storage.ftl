# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup.

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
