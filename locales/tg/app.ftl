# Screens of the app.

app-name = Tandem
app-tagline = Дархостҳои фаромарзӣ оид ба далелҳои электронӣ, бо ду забон
app-ui-language = Забони интерфейс
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = тарҷумаи мошинӣ, ҳанӯз санҷида нашудааст
app-language-search = Ёфтани забон (ном ё рамз)
app-language-none = Ягон забон ба матни воридшуда мувофиқ нест.
app-language-group-latin = Хатти лотинӣ
app-language-group-cyrillic = Хатти кириллӣ
app-language-group-rtl = Хатҳои арабӣ ва ибрӣ
app-language-group-other = Дигар хатҳо
app-document-languages = Забонҳои ҳуҷҷат
app-document-language-a = Забони мақоми дархосткунанда
app-document-language-b = Забони давлати дархостшаванда
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Забони мақоми дархосткунанда ва забони давлати дархостшаванда ҷой иваз карданд: ду забони ҳуҷҷат ҳамеша гуногунанд. Барои PDF бо як забон дар ин ҷо ду забонро нигоҳ доред ва ҳангоми содир кардан тарҳбандии якзабонаро интихоб кунед.
app-export-pdf = Содир кардани PDF
app-export-consultation = Содир кардани лоиҳа барои машварат
app-exporting = PDF омода мешавад…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = Сохтани PDF имконнопазир шуд: { $reason }
app-export-font-missing = ҳуруфи { $font } ҳоло дар ин дастгоҳ нест. Он бори аввал, вақте ки PDF бо ҳамин забон бо пайвасти интернет сохта мешавад, нигоҳ дошта мешавад: як бор пайваст шавед ва PDF-ро аз нав созед.
app-saved = Дар ҳамин браузер нигоҳ дошта шуд
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Ин браузер нигоҳ доштани лоиҳаро рад кард ({ $reason }). Онро ҳозир боргирӣ кунед, то чизе гум нашавад.
app-download-draft = Боргирии лоиҳа
app-privacy = Ҳама чиз дар ҳамин браузер мемонад: ҳеҷ чизе, ки шумо менависед, ба ягон ҷо фиристода намешавад.
app-request-type = Навъи дархост
app-template-loading = Ин навъи дархост бор карда мешавад…
app-template-failed = Ин навъи дархостро бор кардан муяссар нашуд. Пайвастро санҷед ва бори дигар кӯшиш кунед: ҳеҷ чиз гум нашуд.
app-load-failed = Бор кардани ин қисми барномаи Tandem муяссар нашуд. Пайвастро санҷед ва бори дигар кӯшиш кунед: ҳеҷ чиз гум нашуд.
app-choose = Интихоб кунед…
app-required = ҳатмӣ
app-errors-heading = Мушкилие ҳаст
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] { $done } аз { $total } банди ҳатмӣ пур карда шуд
   *[other] { $done } аз { $total } банди ҳатмӣ пур карда шуд · { $translate } ҷавоб бояд тарҷума шавад
}

# Repeatable rows and identifiers.
app-add-row = Илова кардани сатр
app-remove-row = Нест кардан
app-move-up = Ба боло гузоштан
app-move-down = Ба поён гузоштан
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Сатри { $number }
app-add-identifier = Илова кардани муайянкунанда
identifier-type = Навъи муайянкунанда
identifier-type-ip = Суроғаи IP
identifier-type-email = Суроғаи почтаи электронӣ
identifier-type-phone = Рақами телефон
identifier-type-account = Ҳисоб ё муайянкунандаи корбар
identifier-type-username = Номи корбар
identifier-type-url = Суроғаи URL
identifier-type-domain = Номи домен
identifier-type-device = Муайянкунандаи дастгоҳ (IMEI, суроғаи MAC, рақами силсилавӣ)
identifier-value = Муайянкунанда
identifier-port = Порти манбаъ
identifier-at = Сана ва вақти истифода
identifier-from = Маълумот аз
identifier-to = Маълумот то
app-date = Сана
app-time = Вақт
app-time-zone = Минтақаи вақт
app-choose-time-zone = Минтақаи вақтро интихоб кунед…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — минтақаи вақти мақоми дархосткунанда
app-currency = Асъор
app-utc-equivalent = Баробар ба вақти UTC
app-translation = Матн бо забони дигари ҳуҷҷат

# Validation messages, shown at the field and in the summary.
validation-required = Ба ин савол ҷавоб диҳед.
validation-choose-one = Яке аз вариантҳоро интихоб кунед.
validation-exclusive = «Ҳеҷ яке аз инҳо»-ро ҳамроҳ бо варианти дигар қайд кардан мумкин нест.
validation-email = Суроғаи почтаи электрониро монанди name@example.org ворид кунед.
validation-phone = Рақамро дар шакли байналмилалӣ ворид кунед, ки бо + ва рамзи кишвар оғоз шавад, масалан +995 32 200 00 00.
validation-url = Суроғаи пурраи веб-ро ворид кунед, ки бо https:// ё http:// оғоз шавад.
validation-domain = Номи доменро монанди example.org ворид кунед.
validation-ip = Суроғаи IPv4-ро монанди 192.0.2.10 ё суроғаи IPv6-ро монанди 2001:db8::1 ворид кунед.
validation-port = Рақами портро аз 1 то 65535 ворид кунед.
validation-ip-port-missing = Порти манбаъро нишон диҳед: дар паси суроғаҳои муштарак хизматрасон метавонад бе он муштариро муайян накунад.
validation-ip-time-missing = Сана ва вақти дақиқи истифодаи суроғаи IP-ро бо минтақаи вақташ нишон диҳед.
validation-date = Санаро дар шакли сол-моҳ-рӯз ворид кунед, масалан 2026-11-22.
validation-date-time = Сана ва вақтро ворид кунед.
validation-time-zone-missing = Минтақаи вақти ин вақтро интихоб кунед.
validation-time-zone = Минтақаи вақтро интихоб кунед.
validation-country = Кишварро аз рӯйхат интихоб кунед.
validation-amount = Маблағро бо рақамҳо ворид кунед ва дирамҳоро бо нуқта ҷудо кунед, масалан 4500 ё 4500.50.
validation-currency = Асъори маблағро интихоб кунед.
validation-identifier-type = Интихоб кунед, ки ин кадом навъи муайянкунанда аст.
validation-identifier-missing = Ақаллан як муайянкунандаи маълумоти дархостшавандаро илова кунед.
validation-range-open = Ҳам оғоз ва ҳам анҷоми давраи вақтро нишон диҳед.
validation-range-order = Анҷоми давраи вақт пеш аз оғози он аст.
validation-dates-order = Ин сана аз санае, ки бояд пас аз он ояд, пештар аст.
validation-us-damage-threshold = Иёлоти Муттаҳидаи Амрико одатан дархостҳоро оид ба зарари камтар аз 5 000 доллари ИМА рад мекунад: баррасӣ кунед, ки оё ин дархост дар он ҷо иҷро шуда метавонад.
validation-period-long = Ин давра аз он чи дархостҳои ин навъ одатан асоснок мекунанд, дарозтар аст: танҳо давраеро дархост кунед, ки тафтиш ба он ниёз дорад, ё сабабашро дар дархост шарҳ диҳед.
validation-recommended = Тавсия дода мешавад: дархостҳое, ки инро надоранд, аксар вақт рад ё баргардонида мешаванд.
validation-answers-differ = Ин ҷавоб аз ҳамон маълумоте, ки пештар дар дархост дода шуда буд, фарқ мекунад.
validation-untranslated = Матни ин ҷавобро бо забони дигари ҳуҷҷат нависед ё «Дар ҳарду забон якхела» ё «Бе тарҷума гузоштан»-ро қайд кунед.
validation-answers-contradict = Ин ҷавоб ба ҳолати дархост мухолиф аст: идомаи дархости ҳифз маънои онро дорад, ки ҳифз дархост шуда буд.
app-layout = Тарҳбандии PDF
app-layout-side-by-side = Ҳарду забони ҳуҷҷат дар паҳлуи ҳамдигар
app-layout-target-only = Танҳо забони давлати дархостшаванда
app-layout-single = Танҳо забони мақоми дархосткунанда
