# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup.

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
