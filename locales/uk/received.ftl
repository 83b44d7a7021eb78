# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Отримані запити
received-intro = Запит, складений іншим органом за допомогою Tandem, відкривається тут лише для читання, і кожна назва поля, позначка, країна та дата відображаються мовою цього екрана. Файл залишається в цьому браузері.
received-open = Відкрити отриманий запит (його PDF або файл чернетки)
received-none = Отриманих запитів ще немає.
# Terms of a request received in the list (each followed by its value).
received-from = Запитуючий орган
received-reference = Вихідний номер
received-date = Отримано
received-delete = Видалити
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Отриманий запит видалено: { $title }. Щоб повернути його, знову відкрийте його файл.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Розмір цього файлу перевищує { $limit } КБ — більше, ніж будь-який запит, складений у Tandem. Нічого не збережено.
received-refused-not-pdf = Цей файл не є ні PDF, ні файлом чернетки Tandem. Нічого не збережено.
received-refused-no-data = Цей PDF не містить запиту у вигляді даних: його складено не в Tandem або змінено після складення. Нічого не збережено.
received-refused-unreadable = Дані запиту в цьому файлі неможливо прочитати: вони пошкоджені або не мають формату Tandem. Нічого не збережено.
received-refused-newer = Цей запит складено в новішій версії Tandem. Нічого не збережено.
received-refused-unknown = Цей запит належить до виду запитів, якого немає в цій версії Tandem. Нічого не збережено.
received-refused-locked = Цей файл чернетки заблоковано парольною фразою. Попросіть запитуючий орган надіслати PDF запиту. Нічого не збережено.
received-refused-fingerprint = Дані запиту в цьому PDF не збігаються з надрукованою на ньому контрольною сумою: файл змінено після складення. Нічого не збережено. Читайте надруковані сторінки самого PDF і попросіть запитуючий орган надіслати новий примірник.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Цей браузер відмовився зберегти запит ({ $reason }). Нічого не збережено.

# The screen of a request received.
received-banner = Отриманий запит — лише для читання. Складений у Tandem запитуючим органом; відповіді належать йому.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Отримано в цьому браузері { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Мови документа запиту: { $a } | { $b }. Довільний текст показано так, як його написав запитуючий орган мовою { $a }, поруч — його власний переклад мовою { $b }.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Контрольна сума { $fingerprint }: вона збігається з даними запиту, як надруковано на кожній сторінці його PDF.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Контрольна сума { $fingerprint }: обчислена з файлу чернетки, у якому немає надрукованої контрольної суми для порівняння.
received-copy-heading = Копія для ознайомлення
received-copy-intro = Експортуйте цей запит у PDF будь-якими двома мовами, наприклад його власною мовою поруч із вашою. Кожну сторінку позначено як копію для ознайомлення отриманого запиту; блоку для підпису в ній немає.
received-copy-export = Експортувати копію для ознайомлення (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Відповісти на цей запит
received-answer-intro = Кожна відповідь — окрема форма, у яку підставляються вихідний номер, дата й контрольна сума цього запиту; відповідь експортується у двомовний PDF вашою мовою та мовою запитуючого органу. PDF містить відповідь у вигляді даних, щоб Tandem у запитуючого органу зареєстрував її щодо цього запиту.
received-answers-made = Відповіді, підготовлені на цей запит
