# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Этот браузер не позволяет Tandem сохранять черновики. Ваша работа остаётся только на этой странице: скачайте черновик, прежде чем закрыть её.
storage-read-only = Этот черновик создан более новой версией Tandem, и его нельзя изменить здесь.
storage-copy-note = Копию можно редактировать здесь; сведения, неизвестные этой версии, сохраняются, но не отображаются.
storage-keep-copy = Сохранить редактируемую копию
storage-read-only-tag = Только для чтения: создан более новой версией Tandem
storage-changed-elsewhere = Этот черновик был изменён в другой вкладке или другом окне.
storage-changed-newer = Более новая версия Tandem изменила этот черновик в другой вкладке или другом окне.
storage-changed-unreadable = Сохранённую версию этого черновика не удалось прочитать: она отложена без изменений, а эта версия сохранена.
storage-load-other-note = Если загрузить другую версию, несохранённые изменения в этой вкладке будут утрачены.
storage-load-other = Загрузить другую версию
storage-keep-mine = Сохранить мою версию как копию
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Сохранённые черновики, которые не удалось прочитать: { $count }. Они отложены без изменений.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Скачать { $file }
storage-persistent = Этот браузер хранит эти черновики, пока вы их не удалите.
storage-not-persistent = Этот браузер может удалить эти черновики при нехватке места: экспортируйте резервную копию.
storage-export-all = Экспортировать все черновики
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Сохранённые черновики занимают { $kb } КБ, то есть { $percent } % из { $limit } КБ, которые этот браузер отводит для них.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Собственные данные браузера обо всех данных этого сайта, в которые черновики могут не входить: { $used } МБ из допустимых { $quota } МБ.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Место для черновиков заполнено на { $percent } %. Когда оно заполнится, изменения больше нельзя будет сохранить в этом браузере. Экспортируйте все черновики в файл, а затем удалите черновики, которые больше не нужны; самые старые перечислены ниже.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: занимает { $kb } КБ
