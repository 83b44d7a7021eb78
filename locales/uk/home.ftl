# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Усі запити
home-start = Розпочати новий запит
home-use-art29-preservation = Почніть тут: домогтися негайного збереження даних, доки їх не видалено.
home-use-art31-subscriber = Щоб отримати інформацію про абонента в порядку взаємної правової допомоги після її збереження.
home-use-art31-traffic = Щоб отримати дані про рух інформації в порядку взаємної правової допомоги після їх збереження.
home-use-art31-content = Щоб отримати дані змісту в порядку взаємної правової допомоги після їх збереження.
home-use-emergency-disclosure = Лише за безпосереднього ризику для життя або безпеки людини.
home-use-provider-preservation = Якщо постачальник послуг приймає запити безпосередньо від іноземних органів: домогтися негайного збереження даних.
home-use-provider-disclosure = Щоб отримати від постачальника послуг безпосередньо дані, що не є даними змісту, після їх збереження.
home-drafts = Чернетки в цьому браузері
home-no-drafts = Чернеток поки немає.
home-untitled = Чернетка без вихідного номера
home-country = Запитувана держава
home-edited = Востаннє змінено
home-duplicate = Створити копію
home-rename = Перейменувати
home-name = Назва чернетки
home-save-name = Зберегти назву
home-cancel = Скасувати
home-delete = Видалити
home-export = Експортувати у файл
home-import = Імпортувати файл чернетки
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Чернетку видалено: { $name }.
home-undo = Відновити
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Чернетку імпортовано: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Ця чернетка вже була тут, тому її імпортовано як копію: { $name }.
home-import-malformed = Цей файл не є чернеткою Tandem. Нічого не змінено.
home-import-too-large = Цей файл завеликий для чернетки Tandem. Нічого не змінено.
home-import-newer = Цю чернетку створено новішою версією Tandem. Нічого не змінено.
home-import-unknown = Ця чернетка стосується виду запиту, якого немає в цій версії Tandem. Нічого не змінено.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Браузер відмовився зберегти дані ({ $reason }). Нічого не змінено.
home-not-found = Цієї чернетки немає в цьому браузері.
home-saving = Збереження…
home-preview = Попередній перегляд PDF
home-preview-title = Попередній перегляд документа PDF
home-preview-download = Завантажити цей PDF
