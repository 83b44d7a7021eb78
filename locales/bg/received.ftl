# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Получени искания
received-intro = Искане, съставено с Tandem от друг орган, се отваря тук само за четене, като всеки надпис, отметка, държава и дата се показват на езика на този екран. Файлът остава в този браузър.
received-open = Отваряне на получено искане (неговия PDF или файл с проект)
received-none = Все още няма получени искания.
# Terms of a request received in the list (each followed by its value).
received-from = Молещ орган
received-reference = Референтен номер
received-date = Получено на
received-delete = Изтриване
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Полученото искане е изтрито: { $title }. За да го възстановите, отворете отново файла му.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Този файл е по-голям от { $limit } kB — повече от всяко искане, съставено с Tandem. Нищо не е записано.
received-refused-not-pdf = Този файл не е нито PDF, нито файл с проект на Tandem. Нищо не е записано.
received-refused-no-data = Този PDF не съдържа искането под формата на данни: не е съставен с Tandem или е променен след съставянето си. Нищо не е записано.
received-refused-unreadable = Данните на искането в този файл не могат да бъдат прочетени: повредени са или не са във формата на Tandem. Нищо не е записано.
received-refused-newer = Това искане е съставено с по-нова версия на Tandem. Нищо не е записано.
received-refused-unknown = Това искане е за вид искане, който тази версия на Tandem не поддържа. Нищо не е записано.
received-refused-locked = Този файл с проект е заключен с парола. Поискайте PDF на искането от молещия орган. Нищо не е записано.
received-refused-fingerprint = Данните на искането в този PDF не съответстват на контролния отпечатък, отпечатан върху него: файлът е променен след съставянето си. Нищо не е записано. Прочетете отпечатаните страници на самия PDF и поискайте нов екземпляр от молещия орган.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Този браузър отказа да запише искането ({ $reason }). Нищо не е записано.

# The screen of a request received.
received-banner = Получено искане — само за четене. Съставено с Tandem от молещия орган; отговорите са негови.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Получено в този браузър на { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Езици на документа на искането: { $a } | { $b }. Свободният текст се показва така, както молещият орган го е написал на език { $a }, а до него е собственият му превод на език { $b }.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Контролен отпечатък { $fingerprint }: съответства на данните на искането, както е отпечатан на всяка страница от неговия PDF.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Контролен отпечатък { $fingerprint }: изчислен от файла с проект, който няма отпечатан контролен отпечатък, с който да бъде сравнен.
received-copy-heading = Копие за сведение
received-copy-intro = Експортирайте това искане като PDF на произволни два езика, например на собствения му език до вашия. Всяка страница е означена като копие за сведение на получено искане; копието няма поле за подпис.
received-copy-export = Експортиране на копие за сведение (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Отговор на това искане
received-answer-intro = Всеки отговор е отделен формуляр, попълнен с референтния номер, датата и контролния отпечатък на това искане, и се експортира като двуезичен PDF на вашия език и на езика на молещия орган. PDF файлът съдържа отговора и под формата на данни, така че Tandem при молещия орган да го запише към това искане.
received-answers-made = Отговори, изготвени за това искане
