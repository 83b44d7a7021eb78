# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Все запросы
home-start = Начать новый запрос
home-use-art29-preservation = Начните отсюда: добиться незамедлительного сохранения данных, пока их не удалили.
home-use-art31-subscriber = Чтобы получить сведения об абонентах в порядке взаимной правовой помощи после их сохранения.
home-use-art31-traffic = Чтобы получить данные о трафике в порядке взаимной правовой помощи после их сохранения.
home-use-art31-content = Чтобы получить данные о содержании в порядке взаимной правовой помощи после их сохранения.
home-use-emergency-disclosure = Только при непосредственном риске для жизни или безопасности человека.
home-use-provider-preservation = Если поставщик услуг принимает запросы иностранных органов напрямую: добиться незамедлительного сохранения данных.
home-use-provider-disclosure = Чтобы запросить у поставщика услуг напрямую данные, не являющиеся данными о содержании, после их сохранения.
home-drafts = Черновики в этом браузере
home-no-drafts = Черновиков пока нет.
home-untitled = Черновик без исходящего номера
home-country = Запрашиваемое государство
home-edited = Последнее изменение
home-duplicate = Создать копию
home-rename = Переименовать
home-name = Название черновика
home-save-name = Сохранить название
home-cancel = Отмена
home-delete = Удалить
home-export = Экспортировать в файл
home-import = Импортировать файл черновика
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Черновик удалён: { $name }.
home-undo = Восстановить
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Черновик импортирован: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Этот черновик уже был здесь, поэтому он импортирован как копия: { $name }.
home-import-malformed = Этот файл не является черновиком Tandem. Ничего не изменено.
home-import-too-large = Этот файл слишком велик для черновика Tandem. Ничего не изменено.
home-import-newer = Этот черновик создан более новой версией Tandem. Ничего не изменено.
home-import-unknown = Этот черновик относится к виду запроса, которого нет в этой версии Tandem. Ничего не изменено.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Браузер отказался сохранить данные ({ $reason }). Ничего не изменено.
home-not-found = Этого черновика нет в этом браузере.
home-saving = Сохранение…
home-preview = Предварительный просмотр PDF
home-preview-title = Предварительный просмотр документа PDF
home-preview-download = Скачать этот PDF
