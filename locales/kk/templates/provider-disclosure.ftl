# Template provider-disclosure: request sent directly to a service provider for the voluntary
# disclosure of non-content data (subscriber information, IP addresses and log-in records). No
# treaty is cited: the provider decides under its own policy and law whether to disclose; the
# request states the domestic law under which the requesting authority acts.

provider-disclosure-legal-basis = Сұрау салушы орган өзінің ұлттық заңнамасына сәйкес тікелей қызмет көрсетушіге жіберетін ерікті түрде ашу туралы сұрау салу (6-бөлім)
provider-disclosure-date = Күні
provider-disclosure-reference = Шығыс нөмірі / іс нөмірі
provider-disclosure-status = Сұрау салудың мәртебесі
provider-disclosure-status-new = Жаңа сұрау салу
provider-disclosure-status-follow-up-preservation = Қызмет көрсетушіге жіберілген сақтау туралы сұрау салудың жалғасы
provider-disclosure-previous-preservation = Жалғасы болып табылатын сақтау туралы сұрау салу
provider-disclosure-previous-preservation-date = Сақтау туралы сұрау салудың күні
provider-disclosure-previous-preservation-reference = Сақтау туралы сұрау салудың шығыс нөмірі
provider-disclosure-previous-preservation-provider-reference = Қызмет көрсетуші сақтауға берген тіркеу нөмірі
    .hint = Егер қызмет көрсетуші сақтауды өзінің тіркеу нөмірімен растаған болса, оны көрсетіңіз: сонда қызмет көрсетуші сақталған деректерді бірден табады.

## 4 Service provider addressed

provider-disclosure-addressee = Сұрау салу жіберілетін қызмет көрсетуші
provider-disclosure-addressee-name = Сұрау салу жіберілетін заңды тұлға
    .hint = Қызмет пен тиісті пайдаланушылар үшін жауап беретін компания. Қате заңды тұлғаға жіберілген сұрау салулар жиі қабылданбайды: жоғарыдан қызмет көрсетушіні таңдаңыз немесе оның құқық қорғау органдарына арналған нұсқаулығында аталған заңды тұлғаны енгізіңіз.
provider-disclosure-addressee-service = Тиісті қызмет
    .hint = Деректері сұратылатын қызмет, оны пайдаланушылар қалай білсе, солай (мысалы әлеуметтік желі, электрондық пошта немесе хабар алмасу қызметі).
provider-disclosure-addressee-country = Заңды тұлға құрылған мемлекет
provider-disclosure-addressee-address = Құқықтық құжаттарды қабылдау мекенжайы
provider-disclosure-addressee-portal = Құқық қорғау органдарының сұрау салуларына арналған портал немесе веб-нысан
provider-disclosure-addressee-email = Құқық қорғау органдарының сұрау салуларына арналған электрондық пошта

## 5 Requesting authority

provider-disclosure-requesting-authority = Сұрау салушы орган
provider-disclosure-requesting-authority-organisation = Орган
provider-disclosure-requesting-authority-person = Сұрау салуға жауапты лауазымды адам
provider-disclosure-requesting-authority-position = Лауазымы немесе шені
provider-disclosure-requesting-authority-address = Мекенжайы
provider-disclosure-requesting-authority-telephone = Телефон нөмірі
    .hint = Халықаралық форматта, + белгісі мен ел кодынан бастап, қызмет көрсетуші кері қоңырау шалып, сұрау салудың түпнұсқалығын тексере алуы үшін.
provider-disclosure-requesting-authority-cell-phone = Ұялы телефон нөмірі
provider-disclosure-requesting-authority-email = Ресми электрондық пошта мекенжайы
    .hint = Органыңыздың ресми доменіндегі мекенжай: қызмет көрсетушілер жеке немесе тегін электрондық пошта мекенжайларынан жіберілген сұрау салуларды қабылдамауы мүмкін.
provider-disclosure-requesting-authority-time-zone = Уақыт белдеуі
    .hint = Кеңсеңіздің UTC бойынша ығысу түрінде көрсетілген уақыт белдеуі. Өзгеше көрсетілмесе, осы сұрау салудағы барлық уақыт осы белдеу бойынша оқылады.

## 6 Domestic legal basis

provider-disclosure-domestic-legal-basis = Сұрау салушы органның заңнамасы бойынша сұрау салудың құқықтық негізі
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Сұрау салушы орган әрекет ететін ұлттық заңнаманың ережелері
    .hint = Органыңызға істі тергеуге және осы деректерді сұратуға өкілеттік беретін ұлттық заңнамаңыздың баптары (мысалы қылмыстық іс жүргізу кодексінің). Ешқандай халықаралық шартқа сілтеме жасамаңыз және қызмет көрсетушіге оның өз құқығын түсіндірмеңіз: деректерді ашу-ашпауды ол өз саясаты мен құқығына сәйкес өзі шешеді.
provider-disclosure-domestic-legal-basis-decision = Сұрау салуға рұқсат беретін шешім немесе қаулы (бар болса)
    .hint = Заңнамаңыз талап етсе, сұрау салу негізінде жіберілетін шешімді, қаулыны немесе ордерді шығарған орган, оның күні мен нөмірі. Көптеген қызмет көрсетушілер өз құқығы талап ететін құжатты немесе оның жергілікті баламасын сұрайды: жоғарыдағы қызмет көрсетушінің талаптарын қараңыз.

## 7 Offence and facts

provider-disclosure-offence = Қылмыс және фактілердің қысқаша баяндалуы
provider-disclosure-offence-offences = Тергеліп жатқан қылмыстар
    .hint = Әр қылмыс үшін бір жол: оның атауы немесе қысқаша сипаттамасы, оны белгілейтін қылмыстық заңыңыздың нормасы және ең жоғары жаза.
provider-disclosure-offence-offences-offence = Қылмыс
provider-disclosure-offence-offences-provision = Құқықтық норма
provider-disclosure-offence-offences-penalty = Ең жоғары жаза
provider-disclosure-offence-facts = Фактілердің қысқаша баяндалуы
    .hint = Бірнеше сөйлеммен: не, қашан және қайда болды, әрбір күн мен уақытты өз уақыт белдеуімен көрсетіңіз. Қызмет көрсетушіге деректерді табу және олардың не үшін қажет екенін түсіну үшін қажетті мәліметтер ғана керек: күдіктінің немесе жәбірленушінің атын тек қажет болғанда ғана көрсетіңіз.

## 8 Data sought

provider-disclosure-data = Сұратылатын деректер (байланыстардың мазмұнынсыз)
provider-disclosure-data-identifiers = Тиісті есептік жазбалардың сәйкестендіргіштері
    .hint = Әрбір есептік жазба, пайдаланушы аты, пайдаланушы сәйкестендіргіші, электрондық пошта мекенжайы, телефон нөмірі, URL немесе IP мекенжайы дәл қызметте көрсетілгендей. Қате немесе толық емес сәйкестендіргіштер — бас тартудың басты себептерінің бірі. IP мекенжайы үшін көз портын және пайдаланудың нақты күні мен уақытын уақыт белдеуімен көрсетіңіз. Тек бір сәйкестендіргішке қатысты кезең оның жолында көрсетіледі.
provider-disclosure-data-period = Сұратылатын деректердің кезеңі
    .hint = Басы мен соңы уақыт белдеуімен, тергеу мүмкіндік беретіндей тар. Ұзақ кезеңдерге (90 күннен астам) арналған сұрау салулар тым кең деп жиі қабылданбайды.
provider-disclosure-data-categories = Сұратылатын деректердің санаттары
    .hint = Тек мазмұн туралы деректерден басқа деректер: қызмет көрсетушілер әдетте байланыстардың мазмұнын шетелдік органдарға тек өзара құқықтық көмек тәртібімен ашады. Тек тергеуге қажеттісін белгілеңіз.
provider-disclosure-data-categories-subscriber = Абонент туралы мәліметтер: көрсетілген аты, мекенжайы, электрондық пошта мекенжайы мен телефон нөмірі, сондай-ақ есептік жазбаның ашылған күні
provider-disclosure-data-categories-registration-ip = Есептік жазба ашылған IP мекенжайы, күнімен, уақытымен, уақыт белдеуімен және көз портымен
provider-disclosure-data-categories-login-ip = Жүйеге кірулердің IP мекенжайлары (жүйеге кіру жазбалары), күнімен, уақытымен, уақыт белдеуімен және көз портымен
provider-disclosure-data-categories-services = Пайдаланылған қызметтер және пайдалану кезеңі
provider-disclosure-data-categories-other = Мазмұн туралы деректерден басқа өзге деректер
provider-disclosure-data-categories-other-detail = Сұратылатын басқа деректер
provider-disclosure-data-relationship = Деректердің тергеу үшін маңызы
    .hint = Бұл есептік жазбалардың қылмысқа қалай байланысты екенін және деректер нені анықтайтынын көрсетіңіз, мысалы: есептік жазбадан 20.11.2026 сағат 14:03 UTC+04:00 уақытында қорқыту хабарламалары жіберілген; абонент туралы мәліметтер мен жүйеге кіру жазбалары оны пайдаланған адамды анықтауға мүмкіндік береді.

## 9 Urgency

provider-disclosure-urgency = Шұғылдық
provider-disclosure-urgency-reasons = Сұрау салудың шұғылдық себептері (шұғыл болса)
    .hint = Мысалы сот отырысының немесе қамауда ұстауды қайта қараудың күні. Адамның өміріне немесе қауіпсіздігіне қатер төнген жағдайда оның орнына төтенше жағдайда деректерді ашу туралы сұрау салуды пайдаланыңыз.
provider-disclosure-urgency-deadline = Деректер қажет болатын мерзім
    .hint = Мерзім болмаса, бос қалдырыңыз.

## 10 Confidentiality

provider-disclosure-confidentiality = Құпиялылық
provider-disclosure-confidentiality-conditions = Сұратылатын құпиялылық
    .hint = Кейбір қызмет көрсетушілер, егер олардан мұны жасамау сұралмаса, пайдаланушыларына сұрау салулар туралы хабарлайды және мұны өздері шешеді. Тергеуге қажеттісін белгілеп, себебін төменде көрсетіңіз.
provider-disclosure-confidentiality-conditions-no-notification = Осы сұрау салу туралы пайдаланушыға, есептік жазба иесіне немесе кез келген үшінші тұлғаға хабарламауыңызды сұраймыз
provider-disclosure-confidentiality-conditions-warn = Егер сіздің саясатыңыз пайдаланушыға хабарлауды талап етсе, бұл туралы сұрау салушы органға алдын ала хабарлауыңызды сұраймыз
provider-disclosure-confidentiality-details = Құпиялылықтың себептері

## 11 Reply

provider-disclosure-reply = Жауап
provider-disclosure-reply-format = Деректердің қалаулы пішімі
provider-disclosure-reply-format-electronic = Электрондық және машинамен оқылатын (мысалы электрондық кесте немесе CSV файлы)
provider-disclosure-reply-format-document = Электрондық құжат (PDF)
provider-disclosure-reply-format-usual = Сіз әдетте пайдаланатын пішім
provider-disclosure-reply-channel = Жауапты жіберуіңізді сұраймыз
provider-disclosure-reply-channel-email = Электрондық пошта арқылы, 5-бөлімде көрсетілген сұрау салушы органның ресми мекенжайына
provider-disclosure-reply-channel-portal = Құқық қорғау органдарына арналған порталыңыз арқылы
provider-disclosure-reply-channel-other = Басқа тәсілмен
provider-disclosure-reply-channel-other-detail = Жауап беру тәсілі
