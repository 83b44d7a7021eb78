# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Ин браузер ба Tandem иҷозат намедиҳад, ки лоиҳаҳоро нигоҳ дорад. Кори шумо танҳо дар ҳамин саҳифа мемонад: пеш аз пӯшидани он лоиҳаро боргирӣ кунед.
storage-read-only = Ин лоиҳа бо версияи навтари Tandem навишта шудааст ва дар ин ҷо тағйир дода намешавад.
storage-copy-note = Нусхаро дар ин ҷо таҳрир кардан мумкин аст; ҷузъиёте, ки ин версия намедонад, нигоҳ дошта мешаванд, вале нишон дода намешаванд.
storage-keep-copy = Нигоҳ доштани нусхаи таҳриршаванда
storage-read-only-tag = Танҳо барои хондан: бо версияи навтари Tandem навишта шудааст
storage-changed-elsewhere = Ин лоиҳа дар ҷадвалак ё равзанаи дигар тағйир дода шуд.
storage-changed-newer = Версияи навтари Tandem ин лоиҳаро дар ҷадвалак ё равзанаи дигар тағйир дод.
storage-changed-unreadable = Версияи нигоҳдоштаи ин лоиҳа хонда нашуд: он бетағйир ба канор гузошта шуд ва ин версия нигоҳ дошта шуд.
storage-load-other-note = Агар версияи дигарро бор кунед, тағйиротҳое, ки дар ин ҷадвалак ҳанӯз нигоҳ дошта нашудаанд, гум мешаванд.
storage-load-other = Бор кардани версияи дигар
storage-keep-mine = Нигоҳ доштани версияи ман ҳамчун нусха
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Лоиҳаҳои нигоҳдоштае, ки хонда нашуданд: { $count }. Онҳо бетағйир ба канор гузошта шуданд.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Боргирии { $file }
storage-persistent = Ин браузер ин лоиҳаҳоро то он даме, ки шумо онҳоро нест кунед, нигоҳ медорад.
storage-not-persistent = Ин браузер метавонад ҳангоми камии ҷой ин лоиҳаҳоро нест кунад: нусхаи эҳтиётӣ содир кунед.
storage-export-all = Содир кардани ҳамаи лоиҳаҳо
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Лоиҳаҳои нигоҳдошта { $kb } кБ ҷой мегиранд: { $percent } % аз { $limit } кБ, ки ин браузер барои онҳо нигоҳ медорад.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Рақами худи браузер барои ҳамаи маълумоти ин сомона, ки метавонад лоиҳаҳоро дар бар нагирад: { $used } МБ аз { $quota } МБ-и иҷозатдодааш.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Ҷой барои лоиҳаҳо { $percent } % пур аст. Вақте ки он пур шавад, тағйиротро дигар дар ин браузер нигоҳ доштан мумкин нест. Ҳамаи лоиҳаҳоро ба файл содир кунед, баъд лоиҳаҳоеро, ки дигар лозим нестанд, нест кунед; кӯҳнатаринҳо дар поён номбар шудаанд.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: { $kb } кБ дар хотира
