# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Цей браузер не дозволяє Tandem зберігати чернетки. Ваша робота залишається лише на цій сторінці: завантажте чернетку, перш ніж її закрити.
storage-read-only = Цю чернетку створено новішою версією Tandem, і її не можна змінити тут.
storage-copy-note = Копію можна редагувати тут; відомості, невідомі цій версії, зберігаються, але не відображаються.
storage-keep-copy = Зберегти копію для редагування
storage-read-only-tag = Лише для читання: створено новішою версією Tandem
storage-changed-elsewhere = Цю чернетку було змінено в іншій вкладці або іншому вікні.
storage-changed-newer = Новіша версія Tandem змінила цю чернетку в іншій вкладці або іншому вікні.
storage-changed-unreadable = Збережену версію цієї чернетки не вдалося прочитати: її відкладено без змін, а цю версію збережено.
storage-load-other-note = Якщо завантажити іншу версію, незбережені зміни в цій вкладці буде втрачено.
storage-load-other = Завантажити іншу версію
storage-keep-mine = Зберегти мою версію як копію
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Збережені чернетки, які не вдалося прочитати: { $count }. Їх відкладено без змін.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Завантажити { $file }
storage-persistent = Цей браузер зберігає ці чернетки, доки ви їх не видалите.
storage-not-persistent = Цей браузер може видалити ці чернетки, коли бракуватиме місця: експортуйте резервну копію.
storage-export-all = Експортувати всі чернетки
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Збережені чернетки займають { $kb } КБ, тобто { $percent } % із { $limit } КБ, які цей браузер відводить для них.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Власні дані браузера про всі дані цього сайту, до яких чернетки можуть не входити: { $used } МБ із дозволених { $quota } МБ.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Місце для чернеток заповнене на { $percent } %. Коли воно заповниться, зміни більше не можна буде зберегти в цьому браузері. Експортуйте всі чернетки у файл, а потім видаліть чернетки, які більше не потрібні; найстаріші наведено нижче.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: займає { $kb } КБ
