# Екрани застосунку.

app-name = Tandem
app-tagline = Транскордонні запити щодо електронних доказів двома мовами
app-ui-language = Мова інтерфейсу
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = машинний переклад, ще не перевірений
app-language-search = Знайти мову (назва або код)
app-language-none = Жодна мова не відповідає введеному тексту.
app-language-group-latin = Латиниця
app-language-group-cyrillic = Кирилиця
app-language-group-rtl = Арабське та єврейське письмо
app-language-group-other = Інші системи письма
app-document-languages = Мови документа
app-document-language-a = Мова запитуючого органу
app-document-language-b = Мова запитуваної держави
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Мова запитуючого органу й мова запитуваної держави помінялися місцями: мови документа завжди різняться. Щоб отримати PDF однією мовою, залиште тут дві мови й під час експорту виберіть макет однією мовою.
app-export-pdf = Експортувати PDF
app-export-consultation = Експортувати проєкт для погодження
app-exporting = Підготовка PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = Не вдалося створити PDF: { $reason }
app-export-font-missing = шрифту { $font } ще немає на цьому пристрої. Він зберігається під час першого створення PDF цією мовою з підключенням до інтернету: підключіться один раз і створіть PDF знову.
app-saved = Збережено в цьому браузері
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Браузер не зберіг чернетку ({ $reason }). Завантажте її зараз, щоб нічого не втратити.
app-download-draft = Завантажити чернетку
app-privacy = Усі дані залишаються в цьому браузері: нічого з введеного нікуди не надсилається.
app-request-type = Вид запиту
app-template-loading = Завантаження цього виду запиту…
app-template-failed = Не вдалося завантажити цей вид запиту. Перевірте підключення і спробуйте ще раз: нічого не втрачено.
app-load-failed = Не вдалося завантажити цю частину Tandem. Перевірте підключення і спробуйте ще раз: нічого не втрачено.
app-choose = Виберіть…
app-required = обов'язково
app-errors-heading = Виявлено помилки
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Заповнено обов'язкових полів: { $done } з { $total }
    [one] Заповнено обов'язкових полів: { $done } з { $total } · { $translate } відповідь очікує перекладу
    [few] Заповнено обов'язкових полів: { $done } з { $total } · { $translate } відповіді очікують перекладу
   *[other] Заповнено обов'язкових полів: { $done } з { $total } · { $translate } відповідей очікують перекладу
}

# Повторювані рядки та ідентифікатори.
app-add-row = Додати рядок
app-remove-row = Видалити
app-move-up = Вище
app-move-down = Нижче
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Рядок { $number }
app-add-identifier = Додати ідентифікатор
identifier-type = Вид ідентифікатора
identifier-type-ip = IP-адреса
identifier-type-email = Адреса електронної пошти
identifier-type-phone = Номер телефону
identifier-type-account = Обліковий запис або ідентифікатор користувача
identifier-type-username = Ім'я користувача
identifier-type-url = URL-адреса
identifier-type-domain = Доменне ім'я
identifier-type-device = Ідентифікатор пристрою (IMEI, MAC-адреса, серійний номер)
identifier-value = Ідентифікатор
identifier-port = Порт джерела
identifier-at = Дата і час використання
identifier-from = Дані з
identifier-to = Дані до
app-date = Дата
app-time = Час
app-time-zone = Часовий пояс
app-choose-time-zone = Виберіть часовий пояс…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — часовий пояс запитуючого органу
app-currency = Валюта
app-utc-equivalent = Відповідний час за UTC
app-translation = Формулювання іншою мовою документа

# Повідомлення перевірки, що показуються біля поля та в підсумку.
validation-required = Дайте відповідь на це питання.
validation-choose-one = Виберіть один із варіантів.
validation-exclusive = Варіант «Нічого з переліченого» не можна позначати разом з іншим варіантом.
validation-email = Введіть адресу електронної пошти, наприклад name@example.org.
validation-phone = Введіть номер у міжнародному форматі: знак + і код країни, наприклад +995 32 200 00 00.
validation-url = Введіть повну веб-адресу, що починається з https:// або http://.
validation-domain = Введіть доменне ім'я, наприклад example.org.
validation-ip = Введіть IPv4-адресу, наприклад 192.0.2.10, або IPv6-адресу, наприклад 2001:db8::1.
validation-port = Введіть номер порту від 1 до 65535.
validation-ip-port-missing = Зазначте порт джерела: у разі спільного використання адрес постачальник послуг може не встановити абонента без нього.
validation-ip-time-missing = Зазначте точні дату і час використання IP-адреси з часовим поясом.
validation-date = Введіть дату у форматі рік-місяць-день, наприклад 2026-11-22.
validation-date-time = Введіть дату і час.
validation-time-zone-missing = Виберіть часовий пояс для цього часу.
validation-time-zone = Виберіть часовий пояс.
validation-country = Виберіть державу зі списку.
validation-amount = Введіть суму цифрами, відокремлюючи копійки крапкою, наприклад 4500 або 4500.50.
validation-currency = Виберіть валюту суми.
validation-identifier-type = Виберіть вид ідентифікатора.
validation-identifier-missing = Додайте принаймні один ідентифікатор запитуваних даних.
validation-range-open = Зазначте і початок, і кінець періоду.
validation-range-order = Кінець періоду передує його початку.
validation-dates-order = Ця дата передує даті, після якої вона має бути.
validation-us-damage-threshold = Сполучені Штати Америки, як правило, відмовляють у виконанні запитів щодо шкоди менше 5 000 доларів США: оцініть, чи може цей запит бути там виконаний.
validation-period-long = Цей період довший, ніж зазвичай виправдано для запитів такого виду: запитуйте лише той період, який потрібен для розслідування, або поясніть у запиті, чому він потрібен.
validation-recommended = Рекомендовано: запити без цих відомостей часто відхиляють або повертають.
validation-answers-differ = Ця відповідь відрізняється від тих самих відомостей, зазначених раніше в запиті.
validation-untranslated = Зазначте текст цієї відповіді іншою мовою документа або позначте «Однаково обома мовами» чи «Залишити без перекладу».
validation-answers-contradict = Ця відповідь суперечить статусу запиту: якщо запит надсилається слідом за запитом про збереження, отже, збереження запитувалося.
app-layout = Макет PDF
app-layout-side-by-side = Обидві мови документа поруч
app-layout-target-only = Лише мова запитуваної держави
app-layout-single = Лише мова запитуючого органу
