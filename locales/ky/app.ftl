# Screens of the app.

app-name = Tandem
app-tagline = Электрондук далилдер боюнча мамлекеттер аралык суроо-талаптар, эки тилде
app-ui-language = Интерфейстин тили
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = машиналык котормо, азырынча текшерилген эмес
app-language-search = Тилди табуу (аталышы же коду)
app-language-none = Терилген текстке дал келген тил жок.
app-language-group-latin = Латын жазуусу
app-language-group-cyrillic = Кирилл жазуусу
app-language-group-rtl = Араб жана иврит жазуулары
app-language-group-other = Башка жазуулар
app-document-languages = Документтин тилдери
app-document-language-a = Суроо-талап жөнөтүүчү органдын тили
app-document-language-b = Суроо-талап жөнөтүлгөн мамлекеттин тили
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Суроо-талап жөнөтүүчү органдын тили менен суроо-талап жөнөтүлгөн мамлекеттин тили орун алмашты: документтин эки тили дайыма ар башка. Бир тилдеги PDF үчүн бул жерде эки тилди калтырып, экспорттоодо бир тилдүү макетти тандаңыз.
app-export-pdf = PDF экспорттоо
app-export-consultation = Макулдашуу үчүн долбоорду экспорттоо
app-exporting = PDF даярдалууда…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF түзүлгөн жок: { $reason }
app-export-font-missing = { $font } арибі бул түзмөктө азырынча жок. Ал ушул тилдеги PDF интернетке туташкан учурда биринчи жолу түзүлгөндө сакталат: бир жолу туташып, PDF файлды кайра түзүңүз.
app-saved = Ушул браузерде сакталды
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Бул браузер долбоорду сактоодон баш тартты ({ $reason }). Эч нерсе жоголбошу үчүн аны азыр жүктөп алыңыз.
app-download-draft = Долбоорду жүктөп алуу
app-privacy = Баары ушул браузерде калат: сиз киргизген эч нерсе эч жакка жөнөтүлбөйт.
app-request-type = Суроо-талаптын түрү
app-template-loading = Суроо-талаптын бул түрү жүктөлүүдө…
app-template-failed = Суроо-талаптын бул түрүн жүктөө мүмкүн болгон жок. Байланышты текшерип, кайра аракет кылыңыз: эч нерсе жоголгон жок.
app-load-failed = Tandem программасынын бул бөлүгүн жүктөө мүмкүн болгон жок. Байланышты текшерип, кайра аракет кылыңыз: эч нерсе жоголгон жок.
app-choose = Тандаңыз…
app-required = милдеттүү
app-errors-heading = Ката бар
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Милдеттүү { $total } пункттун { $done } толтурулду
    [one] Милдеттүү { $total } пункттун { $done } толтурулду · которула турган { $translate } жооп
   *[other] Милдеттүү { $total } пункттун { $done } толтурулду · которула турган { $translate } жооп
}

# Repeatable rows and identifiers.
app-add-row = Сап кошуу
app-remove-row = Өчүрүү
app-move-up = Жогору жылдыруу
app-move-down = Төмөн жылдыруу
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Сап { $number }
app-add-identifier = Идентификатор кошуу
identifier-type = Идентификатордун түрү
identifier-type-ip = IP дарек
identifier-type-email = Электрондук почтанын дареги
identifier-type-phone = Телефон номери
identifier-type-account = Эсептик жазуу же колдонуучунун идентификатору
identifier-type-username = Колдонуучунун аты
identifier-type-url = URL дарек
identifier-type-domain = Домендик аталыш
identifier-type-device = Түзмөктүн идентификатору (IMEI, MAC дарек, сериялык номер)
identifier-value = Идентификатор
identifier-port = Булак порту
identifier-at = Колдонулган күнү жана убактысы
identifier-from = Маалыматтар мезгилинин башы
identifier-to = Маалыматтар мезгилинин аягы
app-date = Күнү
app-time = Убактысы
app-time-zone = Убакыт алкагы
app-choose-time-zone = Убакыт алкагын тандаңыз…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — суроо-талап жөнөтүүчү органдын убакыт алкагы
app-currency = Валюта
app-utc-equivalent = UTC боюнча убакыт
app-translation = Документтин экинчи тилиндеги тексти

# Validation messages, shown at the field and in the summary.
validation-required = Бул суроого жооп бериңиз.
validation-choose-one = Варианттардын бирин тандаңыз.
validation-exclusive = «Жогоруда аталгандардын бири да эмес» вариантын башка вариант менен бирге белгилөөгө болбойт.
validation-email = Электрондук почтанын дарегин киргизиңиз, мисалы name@example.org.
validation-phone = Номерди эл аралык форматта, + белгиси жана өлкөнүн кодунан баштап киргизиңиз, мисалы +995 32 200 00 00.
validation-url = https:// же http:// менен башталган толук веб-даректи киргизиңиз.
validation-domain = Домендик аталышты киргизиңиз, мисалы example.org.
validation-ip = IPv4 даректи (мисалы 192.0.2.10) же IPv6 даректи (мисалы 2001:db8::1) киргизиңиз.
validation-port = 1 менен 65535 ортосундагы порт номерин киргизиңиз.
validation-ip-port-missing = Булак портун көрсөтүңүз: жалпы даректер колдонулганда кызмат көрсөтүүчү ансыз абонентти аныктай албашы мүмкүн.
validation-ip-time-missing = IP дарек колдонулган так күндү жана убакытты убакыт алкагы менен кошо көрсөтүңүз.
validation-date = Күндү жыл-ай-күн түрүндө киргизиңиз, мисалы 2026-11-22.
validation-date-time = Күндү жана убакытты киргизиңиз.
validation-time-zone-missing = Бул убакыттын убакыт алкагын тандаңыз.
validation-time-zone = Убакыт алкагын тандаңыз.
validation-country = Тизмеден мамлекетти тандаңыз.
validation-amount = Сумманы цифралар менен киргизиңиз, тыйындардын алдына чекит коюңуз, мисалы 4500 же 4500.50.
validation-currency = Сумманын валютасын тандаңыз.
validation-identifier-type = Идентификатордун түрүн тандаңыз.
validation-identifier-missing = Суралып жаткан маалыматтардын жок дегенде бир идентификаторун кошуңуз.
validation-range-open = Мезгилдин башын да, аягын да көрсөтүңүз.
validation-range-order = Мезгилдин аягы анын башынан мурда турат.
validation-dates-order = Бул күн өзүнөн мурда болушу керек болгон күндөн эрте.
validation-us-damage-threshold = Америка Кошмо Штаттары адатта зыяны 5 000 АКШ долларынан аз болгон иштер боюнча суроо-талаптарды аткаруудан баш тартат: бул суроо-талап ал жакта аткарылышы мүмкүнбү, баалаңыз.
validation-period-long = Бул мезгил мындай түрдөгү суроо-талаптар үчүн адатта негиздүү деп эсептелген мезгилден узун: тергөөгө керектүү мезгилди гана сураңыз же себебин суроо-талапта түшүндүрүңүз.
validation-recommended = Сунушталат: мунусуз суроо-талаптар көп учурда четке кагылат же кайтарылат.
validation-answers-differ = Бул жооп суроо-талапта мурда берилген ошол эле маалыматтан айырмаланат.
validation-untranslated = Бул жооптун документтин башка тилиндеги текстин жазыңыз же «Эки тилде бирдей» же «Которбой калтыруу» деп белгилеңиз.
validation-answers-contradict = Бул жооп суроо-талаптын статусуна карама-каршы: сактоо жөнүндө суроо-талаптын уландысы сактоо суралганын билдирет.
app-layout = PDF макети
app-layout-side-by-side = Документтин эки тили катар
app-layout-target-only = Суроо-талап жөнөтүлгөн мамлекеттин тили гана
app-layout-single = Суроо-талап жөнөтүүчү органдын тили гана
