# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Всички искания
home-start = Започване на ново искане
home-use-art29-preservation = Започнете оттук: незабавно запазване на данните, преди да могат да бъдат изтрити.
home-use-art31-subscriber = За получаване на информация за абоната чрез взаимна правна помощ, след като данните са запазени.
home-use-art31-traffic = За получаване на данни за трафика чрез взаимна правна помощ, след като данните са запазени.
home-use-art31-content = За получаване на данни за съдържанието чрез взаимна правна помощ, след като данните са запазени.
home-use-emergency-disclosure = Само при непосредствена опасност за живота или безопасността на лице.
home-use-provider-preservation = Когато доставчикът на услуги приема искания пряко от чуждестранни органи: незабавно запазване на данните.
home-use-provider-disclosure = За искане пряко от доставчик на услуги на данни, различни от данните за съдържанието, след като данните са запазени.
home-drafts = Проекти в този браузър
home-no-drafts = Все още няма проекти.
home-untitled = Проект без референтен номер
home-country = Замолена държава
home-edited = Последна промяна
home-duplicate = Дублиране
home-rename = Преименуване
home-name = Наименование на проекта
home-save-name = Записване на наименованието
home-cancel = Отказ
home-delete = Изтриване
home-export = Експортиране във файл
home-import = Импортиране на файл с проект
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Проектът е изтрит: { $name }.
home-undo = Отмяна
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Проектът е импортиран: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Този проект вече е бил тук, затова е импортиран като копие: { $name }.
home-import-malformed = Този файл не е проект на Tandem. Нищо не е променено.
home-import-too-large = Този файл е твърде голям за проект на Tandem. Нищо не е променено.
home-import-newer = Този проект е създаден с по-нова версия на Tandem. Нищо не е променено.
home-import-unknown = Този проект е за вид искане, който тази версия на Tandem не поддържа. Нищо не е променено.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Този браузър отказа да го съхрани ({ $reason }). Нищо не е променено.
home-not-found = Този проект не се намира в този браузър.
home-saving = Записване…
home-preview = Преглед на PDF файла
home-preview-title = Преглед на PDF файла
home-preview-download = Изтегляне на този PDF файл
