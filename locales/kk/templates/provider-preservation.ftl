# Template provider-preservation: request sent directly to a service provider to preserve data.
# No treaty is cited: the provider decides under its own policy and law; the request states the
# domestic law under which the requesting authority acts.

provider-preservation-legal-basis = Сұрау салушы орган өзінің ұлттық заңнамасына сәйкес тікелей қызмет көрсетушіге жіберетін сұрау салу (6-бөлім)

## 1 to 3: date, reference, status

provider-preservation-date = Күні
provider-preservation-reference = Шығыс нөмірі / іс нөмірі
provider-preservation-status = Сұрау салудың мәртебесі
provider-preservation-status-new = Жаңа сұрау салу
provider-preservation-status-extension = Сақтау туралы бұрынғы сұрау салуды ұзарту
provider-preservation-status-previous-reference = Бұрынғы сұрау салудың тіркеу нөмірі (қызмет көрсетуші берген нөмір, егер берсе)
provider-preservation-previous-request-date = Бұрынғы сұрау салудың күні

## 4 Service provider addressed

provider-preservation-addressee = Сұрау салу жіберілетін қызмет көрсетуші
provider-preservation-addressee-name = Сұрау салу жіберілетін заңды тұлға
    .hint = Қызмет пен тиісті пайдаланушылар үшін жауап беретін компания. Қате заңды тұлғаға жіберілген сұрау салулар жиі қабылданбайды: жоғарыдан қызмет көрсетушіні таңдаңыз немесе оның құқық қорғау органдарына арналған нұсқаулығында аталған заңды тұлғаны енгізіңіз.
provider-preservation-addressee-service = Тиісті қызмет
    .hint = Деректері сақталуы тиіс қызмет, оны пайдаланушылар қалай білсе, солай (мысалы әлеуметтік желі, электрондық пошта немесе хабар алмасу қызметі).
provider-preservation-addressee-country = Заңды тұлға құрылған мемлекет
provider-preservation-addressee-address = Құқықтық құжаттарды қабылдау мекенжайы
provider-preservation-addressee-portal = Құқық қорғау органдарының сұрау салуларына арналған портал немесе веб-нысан
provider-preservation-addressee-email = Құқық қорғау органдарының сұрау салуларына арналған электрондық пошта

## 5 Requesting authority

provider-preservation-requesting-authority = Сұрау салушы орган
provider-preservation-requesting-authority-organisation = Орган
provider-preservation-requesting-authority-person = Сұрау салуға жауапты лауазымды адам
provider-preservation-requesting-authority-position = Лауазымы немесе шені
provider-preservation-requesting-authority-address = Мекенжайы
provider-preservation-requesting-authority-telephone = Телефон нөмірі
    .hint = Халықаралық форматта, + белгісі мен ел кодынан бастап, қызмет көрсетуші кері қоңырау шалып, сұрау салудың түпнұсқалығын тексере алуы үшін.
provider-preservation-requesting-authority-cell-phone = Ұялы телефон нөмірі
provider-preservation-requesting-authority-email = Ресми электрондық пошта мекенжайы
    .hint = Органыңыздың ресми доменіндегі мекенжай: қызмет көрсетушілер жеке немесе тегін электрондық пошта мекенжайларынан жіберілген сұрау салуларды қабылдамауы мүмкін.
provider-preservation-requesting-authority-time-zone = Уақыт белдеуі
    .hint = Кеңсеңіздің UTC бойынша ығысу түрінде көрсетілген уақыт белдеуі. Өзгеше көрсетілмесе, осы сұрау салудағы барлық уақыт осы белдеу бойынша оқылады.

## 6 Domestic legal basis

provider-preservation-domestic-legal-basis = Сұрау салушы органның заңнамасы бойынша сұрау салудың құқықтық негізі
provider-preservation-domestic-legal-basis-domestic-legal-basis = Сұрау салушы орган әрекет ететін ұлттық заңнаманың ережелері
    .hint = Органыңызға істі тергеуге және осы сұрау салуды жіберуге өкілеттік беретін ұлттық заңнамаңыздың баптары (мысалы қылмыстық іс жүргізу кодексінің). Ешқандай халықаралық шартқа сілтеме жасамаңыз және қызмет көрсетушіге оның өз құқығын түсіндірмеңіз: сұрау салуды орындау-орындамауды ол өз саясаты мен құқығына сәйкес өзі шешеді.
provider-preservation-domestic-legal-basis-decision = Сұрау салуға рұқсат беретін шешім немесе қаулы (бар болса)
    .hint = Заңнамаңыз талап етсе, сұрау салу негізінде жіберілетін шешімді, қаулыны немесе ордерді шығарған орган, оның күні мен нөмірі.

## 7 Offence and facts

provider-preservation-offence = Қылмыс және фактілердің қысқаша баяндалуы
provider-preservation-offence-offences = Тергеліп жатқан қылмыстар
    .hint = Әр қылмыс үшін бір жол: оның атауы немесе қысқаша сипаттамасы, оны белгілейтін қылмыстық заңыңыздың нормасы және ең жоғары жаза.
provider-preservation-offence-offences-offence = Қылмыс
provider-preservation-offence-offences-provision = Құқықтық норма
provider-preservation-offence-offences-penalty = Ең жоғары жаза
provider-preservation-offence-facts = Фактілердің қысқаша баяндалуы
    .hint = Бірнеше сөйлеммен: не, қашан және қайда болды, әрбір күн мен уақытты өз уақыт белдеуімен көрсетіңіз. Қызмет көрсетушіге деректерді табу үшін қажетті мәліметтер ғана керек: күдіктінің немесе жәбірленушінің атын тек қажет болғанда ғана көрсетіңіз.

## 8 Data to be preserved

provider-preservation-data = Сақталуы тиіс деректер
provider-preservation-data-identifiers = Сақталуы тиіс есептік жазбалардың немесе деректердің сәйкестендіргіштері
    .hint = Әрбір есептік жазба, пайдаланушы аты, пайдаланушы сәйкестендіргіші, электрондық пошта мекенжайы, телефон нөмірі, URL немесе IP мекенжайы дәл қызметте көрсетілгендей. Қате немесе толық емес сәйкестендіргіштер — бас тартудың басты себептерінің бірі. IP мекенжайы үшін көз портын және пайдаланудың нақты күні мен уақытын уақыт белдеуімен көрсетіңіз. Тек бір сәйкестендіргішке қатысты кезең оның жолында көрсетіледі.
provider-preservation-data-period = Сақталуы тиіс деректердің кезеңі
    .hint = Деректер қамтуы тиіс кезең, егер ол барлық сәйкестендіргіштер үшін бірдей болса, басы мен соңы өз уақыт белдеуімен. Ұзақ кезеңдерге (90 күннен астам) арналған сұрау салулар тым кең деп жиі қабылданбайды.
provider-preservation-data-categories = Сақталуы тиіс деректердің санаттары
    .hint = Тек тергеуге қажеттісін белгілеңіз. Сақтау деректерді сол күйінде ұстап тұрады, бірақ оларды ашпайды: олар 9-бөлімде көрсетілген құқықтық рәсім арқылы сұратылады.
provider-preservation-data-categories-subscriber = Абонент туралы мәліметтер
provider-preservation-data-categories-traffic = Трафик туралы деректер, соның ішінде IP мекенжайлары мен жүйеге кіру жазбалары
provider-preservation-data-categories-content = Мазмұн туралы деректер
provider-preservation-data-categories-other = Басқа деректер
provider-preservation-data-categories-other-detail = Сақталуы тиіс басқа деректер
provider-preservation-data-relationship = Деректердің тергеуге қатысы
    .hint = Бұл есептік жазбалардың немесе деректердің қылмысқа қалай байланысты екенін көрсетіңіз, мысалы: есептік жазбадан 20.11.2026 сағат 14:03 UTC+04:00 уақытында қорқыту хабарламалары жіберілген.

## 9 Legal process to follow

provider-preservation-follow-up = Сақталған деректерді ашу
provider-preservation-follow-up-process = Сұрау салушы орган сақталған деректерді ашуды мына жолмен сұратады
    .hint = Өзіңіз жіберетінін белгілеңіз. Сақтау деректерді тек ұстап тұрады; оларды алу үшін ашу туралы сұрау салуды сақтау аяқталғанға дейін алдын ала жіберіңіз немесе ұзартуды уақытында сұратыңыз.
provider-preservation-follow-up-process-mla = Қызмет көрсетуші құрылған мемлекетке өзара құқықтық көмек туралы сұрау салу
provider-preservation-follow-up-process-provider = Ерікті түрде ашу туралы қызмет көрсетушіге сұрау салу
provider-preservation-follow-up-process-other = Басқа құқықтық рәсім
provider-preservation-follow-up-process-other-detail = Құқықтық рәсім
provider-preservation-follow-up-expected-date = Ашу туралы сұрау салудың күтілетін күні
    .hint = Қызмет көрсетушінің деректерді қанша уақыт сақтайтыны оның саясатына байланысты: жоғарыдағы профилін қараңыз және ашу туралы сұрау салуды сол мерзім ішінде жіберіңіз.

## 10 Confidentiality

provider-preservation-confidentiality = Құпиялылық
provider-preservation-confidentiality-conditions = Сұратылатын құпиялылық
    .hint = Кейбір қызмет көрсетушілер, егер олардан мұны жасамау сұралмаса, пайдаланушыларына сұрау салулар туралы хабарлайды және мұны өздері шешеді. Тергеуге қажеттісін белгілеп, себебін төменде көрсетіңіз.
provider-preservation-confidentiality-conditions-no-notification = Осы сұрау салу туралы пайдаланушыға, есептік жазба иесіне немесе кез келген үшінші тұлғаға хабарламауыңызды сұраймыз
provider-preservation-confidentiality-conditions-warn = Егер сіздің саясатыңыз пайдаланушыға хабарлауды талап етсе, бұл туралы сұрау салушы органға алдын ала хабарлауыңызды сұраймыз
provider-preservation-confidentiality-details = Құпиялылықтың себептері

## 11 Reply

provider-preservation-reply = Жауап
provider-preservation-reply-acknowledgement = Деректердің сақталғанын растауыңызды және осы сұрау салуға берілген тіркеу нөмірін, сондай-ақ сақтаудың аяқталатын күнін көрсетуіңізді сұраймыз
provider-preservation-reply-channel = Жауапты жіберуіңізді сұраймыз
provider-preservation-reply-channel-email = Электрондық пошта арқылы, 5-бөлімде көрсетілген сұрау салушы органның ресми мекенжайына
provider-preservation-reply-channel-portal = Құқық қорғау органдарына арналған порталыңыз арқылы
provider-preservation-reply-channel-other = Басқа тәсілмен
provider-preservation-reply-channel-other-detail = Жауап беру тәсілі
