# Screens of the app.

app-name = Tandem
app-tagline = Трансгранични искания за електронни доказателства, на два езика
app-ui-language = Език на интерфейса
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = машинен превод, все още непрегледан
app-language-search = Намерете език (наименование или код)
app-language-none = Няма език, който да съответства на въведеното.
app-language-group-latin = Латиница
app-language-group-cyrillic = Кирилица
app-language-group-rtl = Арабска и еврейска писменост
app-language-group-other = Други писмености
app-document-languages = Езици на документа
app-document-language-a = Език на молещия орган
app-document-language-b = Език на замолената държава
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Езикът на молещия орган и езикът на замолената държава си размениха местата: двата езика на документа винаги са различни. За PDF файл на един език оставете тук два езика и при експортиране изберете едноезично оформление.
app-export-pdf = Експортиране в PDF
app-export-consultation = Експортиране на проекта за съгласуване
app-exporting = Изготвяне на PDF файла…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF файлът не можа да бъде създаден: { $reason }
app-export-font-missing = шрифтът { $font } все още не е на това устройство. Той се запазва при първото създаване на PDF файл на този език с връзка с интернет: свържете се веднъж и създайте PDF файла отново.
app-saved = Записано в този браузър
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Този браузър отказа да запише проекта ({ $reason }). Изтеглете го сега, за да не се загуби нищо.
app-download-draft = Изтегляне на проекта
app-privacy = Всичко остава в този браузър: нищо от въведеното от вас не се изпраща никъде.
app-request-type = Вид на искането
app-template-loading = Зарежда се този вид искане…
app-template-failed = Този вид искане не можа да бъде зареден. Проверете връзката и опитайте отново: нищо не е изгубено.
app-load-failed = Тази част от Tandem не можа да бъде заредена. Проверете връзката и опитайте отново: нищо не е изгубено.
app-choose = Изберете…
app-required = задължително
app-errors-heading = Има проблем
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Попълнени задължителни полета: { $done } от { $total }
    [one] Попълнени задължителни полета: { $done } от { $total } · { $translate } отговор за превод
   *[other] Попълнени задължителни полета: { $done } от { $total } · { $translate } отговора за превод
}

# Repeatable rows and identifiers.
app-add-row = Добавяне на ред
app-remove-row = Премахване
app-move-up = Преместване нагоре
app-move-down = Преместване надолу
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Ред { $number }
app-add-identifier = Добавяне на идентификатор
identifier-type = Вид на идентификатора
identifier-type-ip = IP адрес
identifier-type-email = Адрес на електронна поща
identifier-type-phone = Телефонен номер
identifier-type-account = Профил или потребителски идентификатор
identifier-type-username = Потребителско име
identifier-type-url = URL адрес
identifier-type-domain = Име на домейн
identifier-type-device = Идентификатор на устройство (IMEI, MAC адрес, сериен номер)
identifier-value = Идентификатор
identifier-port = Порт на източника
identifier-at = Дата и час на използване
identifier-from = Данни от
identifier-to = Данни до
app-date = Дата
app-time = Час
app-time-zone = Часова зона
app-choose-time-zone = Изберете часовата зона…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — часова зона на молещия орган
app-currency = Валута
app-utc-equivalent = Съответстващо време по UTC
app-translation = Текст на другия език на документа

# Validation messages, shown at the field and in the summary.
validation-required = Отговорете на този въпрос.
validation-choose-one = Изберете една от възможностите.
validation-exclusive = „Нито едно от изброените“ не може да бъде отбелязано заедно с друга възможност.
validation-email = Въведете адрес на електронна поща, например name@example.org.
validation-phone = Въведете номера в международен формат, като започнете с + и кода на държавата, например +995 32 200 00 00.
validation-url = Въведете пълен уеб адрес, започващ с https:// или http://.
validation-domain = Въведете име на домейн, например example.org.
validation-ip = Въведете IPv4 адрес, например 192.0.2.10, или IPv6 адрес, например 2001:db8::1.
validation-port = Въведете номер на порт от 1 до 65535.
validation-ip-port-missing = Посочете порта на източника: при споделени адреси доставчикът може да не успее да идентифицира абоната без него.
validation-ip-time-missing = Посочете точната дата и час, с часовата зона, в които е бил използван IP адресът.
validation-date = Въведете датата във формат година-месец-ден, например 2026-11-22.
validation-date-time = Въведете дата и час.
validation-time-zone-missing = Изберете часовата зона на този час.
validation-time-zone = Изберете часова зона.
validation-country = Изберете държава от списъка.
validation-amount = Въведете сумата с цифри, с точка пред дробната част, ако има такава, например 4500 или 4500.50.
validation-currency = Изберете валутата на сумата.
validation-identifier-type = Изберете вида на този идентификатор.
validation-identifier-missing = Добавете поне един идентификатор на исканите данни.
validation-range-open = Посочете както началото, така и края на периода.
validation-range-order = Краят на периода е преди неговото начало.
validation-dates-order = Тази дата е по-ранна от датата, след която трябва да следва.
validation-us-damage-threshold = Съединените щати по правило отказват изпълнение на искания, свързани с вреди под 5000 USD: преценете дали това искане може да бъде изпълнено там.
validation-period-long = Този период е по-дълъг, отколкото обикновено е обосновано за искания от този вид: искайте само периода, необходим за разследването, или обяснете в искането защо е нужен.
validation-recommended = Препоръчително: искания без тази информация често биват отказвани или връщани.
validation-answers-differ = Този отговор се различава от същата информация, посочена по-рано в искането.
validation-untranslated = Въведете текста на този отговор на другия език на документа или отбележете „Еднакво на двата езика“ или „Оставяне без превод“.
validation-answers-contradict = Този отговор противоречи на статуса на искането: последващо искане след искане за запазване означава, че запазване е било поискано.
app-layout = Оформление на PDF файла
app-layout-side-by-side = Двата езика на документа един до друг
app-layout-target-only = Само езикът на замолената държава
app-layout-single = Само езикът на молещия орган
