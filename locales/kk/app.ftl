# Screens of the app.

app-name = Tandem
app-tagline = Электрондық дәлелдемелер туралы трансшекаралық сұрау салулар, екі тілде
app-ui-language = Интерфейс тілі
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = машиналық аударма, әлі тексерілмеген
app-language-search = Тілді табу (атауы немесе коды)
app-language-none = Терілген мәтінге сәйкес тіл жоқ.
app-language-group-latin = Латын жазуы
app-language-group-cyrillic = Кирилл жазуы
app-language-group-rtl = Араб және иврит жазулары
app-language-group-other = Басқа жазулар
app-document-languages = Құжат тілдері
app-document-language-a = Сұрау салушы органның тілі
app-document-language-b = Сұрау салынатын мемлекеттің тілі
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Сұрау салушы органның тілі мен сұрау салынатын мемлекеттің тілі орын ауыстырды: құжаттың екі тілі әрқашан әртүрлі. PDF бір тілде қажет болса, мұнда екі тілді қалдырып, экспорттау кезінде бір тілдік макетті таңдаңыз.
app-export-pdf = PDF экспорттау
app-export-consultation = Келісуге арналған жобаны экспорттау
app-exporting = PDF дайындалуда…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF жасалмады: { $reason }
app-export-font-missing = { $font } қаріпі бұл құрылғыда әлі жоқ. Ол осы тілдегі PDF интернетке қосылған кезде алғаш рет жасалғанда сақталады: бір рет қосылып, PDF-ті қайта жасаңыз.
app-saved = Осы браузерде сақталды
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Бұл браузер жобаны сақтаудан бас тартты ({ $reason }). Ештеңе жоғалмауы үшін оны қазір жүктеп алыңыз.
app-download-draft = Жобаны жүктеп алу
app-privacy = Барлығы осы браузерде қалады: сіз енгізген ештеңе ешқайда жіберілмейді.
app-request-type = Сұрау салудың түрі
app-template-loading = Сұрау салудың бұл түрі жүктелуде…
app-template-failed = Сұрау салудың бұл түрін жүктеу мүмкін болмады. Байланысты тексеріп, қайталап көріңіз: ештеңе жоғалған жоқ.
app-load-failed = Tandem бағдарламасының бұл бөлігін жүктеу мүмкін болмады. Байланысты тексеріп, қайталап көріңіз: ештеңе жоғалған жоқ.
app-choose = Таңдаңыз…
app-required = міндетті
app-errors-heading = Қате бар
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] Міндетті { $total } тармақтың { $done } толтырылды
    [one] Міндетті { $total } тармақтың { $done } толтырылды · { $translate } жауап аударылуы тиіс
   *[other] Міндетті { $total } тармақтың { $done } толтырылды · { $translate } жауап аударылуы тиіс
}

# Repeatable rows and identifiers.
app-add-row = Жол қосу
app-remove-row = Жою
app-move-up = Жоғары жылжыту
app-move-down = Төмен жылжыту
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Жол { $number }
app-add-identifier = Сәйкестендіргіш қосу
identifier-type = Сәйкестендіргіштің түрі
identifier-type-ip = IP мекенжайы
identifier-type-email = Электрондық пошта мекенжайы
identifier-type-phone = Телефон нөмірі
identifier-type-account = Есептік жазба немесе пайдаланушы сәйкестендіргіші
identifier-type-username = Пайдаланушы аты
identifier-type-url = URL мекенжайы
identifier-type-domain = Домендік атау
identifier-type-device = Құрылғы сәйкестендіргіші (IMEI, MAC мекенжайы, сериялық нөмір)
identifier-value = Сәйкестендіргіш
identifier-port = Бастапқы порт
identifier-at = Пайдаланылған күні мен уақыты
identifier-from = Деректер кезеңінің басы
identifier-to = Деректер кезеңінің соңы
app-date = Күні
app-time = Уақыты
app-time-zone = Уақыт белдеуі
app-choose-time-zone = Уақыт белдеуін таңдаңыз…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — сұрау салушы органның уақыт белдеуі
app-currency = Валюта
app-utc-equivalent = UTC бойынша уақыт
app-translation = Құжаттың екінші тіліндегі мәтін

# Validation messages, shown at the field and in the summary.
validation-required = Осы сұраққа жауап беріңіз.
validation-choose-one = Нұсқалардың бірін таңдаңыз.
validation-exclusive = «Жоғарыда аталғандардың ешқайсысы» нұсқасын басқа нұсқамен бірге белгілеуге болмайды.
validation-email = Электрондық пошта мекенжайын енгізіңіз, мысалы name@example.org.
validation-phone = Нөмірді халықаралық форматта, + белгісі мен ел кодынан бастап енгізіңіз, мысалы +995 32 200 00 00.
validation-url = https:// немесе http:// деп басталатын толық веб-мекенжайды енгізіңіз.
validation-domain = Домендік атауды енгізіңіз, мысалы example.org.
validation-ip = IPv4 мекенжайын (мысалы 192.0.2.10) немесе IPv6 мекенжайын (мысалы 2001:db8::1) енгізіңіз.
validation-port = 1-ден 65535-ке дейінгі порт нөмірін енгізіңіз.
validation-ip-port-missing = Бастапқы портты көрсетіңіз: ортақ мекенжайлар жағдайында қызмет көрсетуші онсыз абонентті анықтай алмауы мүмкін.
validation-ip-time-missing = IP мекенжайы пайдаланылған нақты күн мен уақытты уақыт белдеуімен бірге көрсетіңіз.
validation-date = Күнді жыл-ай-күн түрінде енгізіңіз, мысалы 2026-11-22.
validation-date-time = Күн мен уақытты енгізіңіз.
validation-time-zone-missing = Осы уақыттың уақыт белдеуін таңдаңыз.
validation-time-zone = Уақыт белдеуін таңдаңыз.
validation-country = Тізімнен елді таңдаңыз.
validation-amount = Соманы цифрмен енгізіңіз, тиынның алдына нүкте қойыңыз, мысалы 4500 немесе 4500.50.
validation-currency = Соманың валютасын таңдаңыз.
validation-identifier-type = Сәйкестендіргіштің түрін таңдаңыз.
validation-identifier-missing = Сұратылатын деректердің кем дегенде бір сәйкестендіргішін қосыңыз.
validation-range-open = Кезеңнің басын да, соңын да көрсетіңіз.
validation-range-order = Кезеңнің соңы оның басынан бұрын тұр.
validation-dates-order = Бұл күн өзінен бұрын болуы тиіс күннен ерте.
validation-us-damage-threshold = Америка Құрама Штаттары әдетте залалы 5 000 АҚШ долларынан аз істер бойынша сұрау салуларды қабылдамайды: бұл сұрау салудың онда орындалу мүмкіндігін бағалаңыз.
validation-period-long = Бұл кезең осы түрдегі сұрау салулар үшін әдетте негізделетін кезеңнен ұзақ: тек тергеуге қажетті кезеңді сұратыңыз немесе себебін сұрау салуда түсіндіріңіз.
validation-recommended = Ұсынылады: мұнсыз сұрау салулар жиі қабылданбайды немесе қайтарылады.
validation-answers-differ = Бұл жауап сұрау салуда бұрын берілген дәл сол мәліметтен өзгеше.
validation-untranslated = Бұл жауаптың құжаттың екінші тіліндегі мәтінін беріңіз немесе «Екі тілде бірдей» не «Аудармай қалдыру» деп белгілеңіз.
validation-answers-contradict = Бұл жауап сұрау салудың мәртебесіне қайшы: сақтау туралы сұрау салудың жалғасы сақтаудың сұратылғанын білдіреді.
app-layout = PDF макеті
app-layout-side-by-side = Құжаттың екі тілі қатар
app-layout-target-only = Тек сұрау салынатын мемлекеттің тілі
app-layout-single = Тек сұрау салушы органның тілі
