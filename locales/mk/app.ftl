# Екрани на апликацијата.

app-name = Tandem
app-tagline = Прекугранични барања за електронски докази, на два јазика
app-ui-language = Јазик на интерфејсот
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = машински превод, сѐ уште непрегледан
app-language-search = Пронајдете јазик (име или код)
app-language-none = Ниеден јазик не одговара на внесеното.
app-language-group-latin = Латиница
app-language-group-cyrillic = Кирилица
app-language-group-rtl = Арапско и хебрејско писмо
app-language-group-other = Други писма
app-document-languages = Јазици на документот
app-document-language-a = Јазик на органот молител
app-document-language-b = Јазик на замолената држава
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Јазикот на органот молител и јазикот на замолената држава ги заменија местата: двата јазика на документот секогаш се различни. За PDF на еден јазик, задржете ги тука двата јазика и при извозот изберете распоред на еден јазик.
app-export-pdf = Извези PDF
app-export-consultation = Извези нацрт за консултации
app-exporting = Се подготвува PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF-от не можеше да се создаде: { $reason }
app-export-font-missing = фонтот { $font } сѐ уште не е на овој уред. Се зачувува првиот пат кога ќе се создаде PDF на овој јазик со интернет-врска: поврзете се еднаш и создајте го PDF-от повторно.
app-saved = Зачувано во овој прелистувач
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Прелистувачот одби да го зачува нацртот ({ $reason }). Преземете го сега за ништо да не се изгуби.
app-download-draft = Преземи го нацртот
app-privacy = Сѐ останува во овој прелистувач: ништо од она што го внесувате не се испраќа никаде.
app-request-type = Вид на барање
app-template-loading = Се вчитува овој вид барање…
app-template-failed = Овој вид барање не можеше да се вчита. Проверете ја врската и обидете се повторно: ништо не е изгубено.
app-load-failed = Овој дел од Tandem не можеше да се вчита. Проверете ја врската и обидете се повторно: ништо не е изгубено.
app-choose = Изберете…
app-required = задолжително
app-errors-heading = Постои проблем
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Пополнети задолжителни полиња: { $done } од { $total }
    [one] Пополнети задолжителни полиња: { $done } од { $total } · { $translate } одговор треба да се преведе
   *[other] Пополнети задолжителни полиња: { $done } од { $total } · { $translate } одговори треба да се преведат
}

# Редови што се повторуваат и идентификатори.
app-add-row = Додај ред
app-remove-row = Отстрани
app-move-up = Помести нагоре
app-move-down = Помести надолу
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Ред { $number }
app-add-identifier = Додај идентификатор
identifier-type = Вид на идентификатор
identifier-type-ip = IP-адреса
identifier-type-email = Адреса за е-пошта
identifier-type-phone = Телефонски број
identifier-type-account = Сметка или кориснички идентификатор
identifier-type-username = Корисничко име
identifier-type-url = URL-адреса
identifier-type-domain = Име на домен
identifier-type-device = Идентификатор на уред (IMEI, MAC-адреса, сериски број)
identifier-value = Идентификатор
identifier-port = Изворна порта
identifier-at = Датум и време на користење
identifier-from = Податоци од
identifier-to = Податоци до
app-date = Датум
app-time = Време
app-time-zone = Временска зона
app-choose-time-zone = Изберете временска зона…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — временска зона на органот молител
app-currency = Валута
app-utc-equivalent = Соодветно време според UTC
app-translation = Текст на другиот јазик на документот

# Пораки за проверка, прикажани кај полето и во прегледот.
validation-required = Одговорете на ова прашање.
validation-choose-one = Изберете една од понудените опции.
validation-exclusive = „Ништо од наведеното“ не може да се означи заедно со друга опција.
validation-email = Внесете адреса за е-пошта, на пример name@example.org.
validation-phone = Внесете го бројот во меѓународен формат, почнувајќи со + и повикувачкиот број на земјата, на пример +995 32 200 00 00.
validation-url = Внесете целосна веб-адреса што почнува со https:// или http://.
validation-domain = Внесете име на домен, на пример example.org.
validation-ip = Внесете IPv4-адреса, на пример 192.0.2.10, или IPv6-адреса, на пример 2001:db8::1.
validation-port = Внесете број на порта од 1 до 65535.
validation-ip-port-missing = Наведете ја изворната порта: кај споделени адреси давателот на услуги можеби нема да може да го идентификува претплатникот без неа.
validation-ip-time-missing = Наведете ги точниот датум и време, со временската зона, кога е користена IP-адресата.
validation-date = Внесете датум во формат година-месец-ден, на пример 2026-11-22.
validation-date-time = Внесете датум и време.
validation-time-zone-missing = Изберете ја временската зона за ова време.
validation-time-zone = Изберете временска зона.
validation-country = Изберете држава од списокот.
validation-amount = Внесете го износот со цифри, со точка пред евентуалните центи, на пример 4500 или 4500.50.
validation-currency = Изберете ја валутата на износот.
validation-identifier-type = Изберете вид на идентификатор.
validation-identifier-missing = Додајте најмалку еден идентификатор на бараните податоци.
validation-range-open = Наведете ги и почетокот и крајот на временскиот период.
validation-range-order = Крајот на временскиот период е пред неговиот почеток.
validation-dates-order = Овој датум е порано од датумот по кој треба да следи.
validation-us-damage-threshold = Соединетите Американски Држави по правило одбиваат барања за штета помала од 5.000 американски долари: проценете дали ова барање може да се изврши таму.
validation-period-long = Овој период е подолг отколку што барањата од овој вид обично оправдуваат: барајте го само периодот што ѝ е потребен на истрагата, или во барањето образложете зошто е потребен.
validation-recommended = Се препорачува: барањата без ова често се одбиваат или се враќаат.
validation-answers-differ = Овој одговор се разликува од истиот податок наведен претходно во барањето.
validation-untranslated = Внесете го текстот на овој одговор на другиот јазик на документот или означете „Исто на двата јазика“ или „Остави непреведено“.
validation-answers-contradict = Овој одговор е во спротивност со статусот на барањето: барање поврзано со претходно барање за зачувување значи дека зачувувањето веќе било побарано.
app-layout = Распоред на PDF
app-layout-side-by-side = Двата јазика на документот еден до друг
app-layout-target-only = Само јазикот на замолената држава
app-layout-single = Само јазикот на органот молител
