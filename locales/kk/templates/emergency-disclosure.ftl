# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Киберқылмыс туралы конвенцияға Екінші қосымша хаттаманың (CETS № 224) 9-бабы, 24/7 желісі арқылы; Хаттама тек оның Тараптары болып табылатын мемлекеттер арасында қолданылады
        [protocol-art10] Киберқылмыс туралы конвенцияға Екінші қосымша хаттаманың (CETS № 224) 10-бабы; Хаттама тек оның Тараптары болып табылатын мемлекеттер арасында қолданылады
        [provider] Төтенше жағдайда деректерді ерікті түрде ашу туралы қызмет көрсетушіге сұрау салу
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Күні
emergency-disclosure-reference = Шығыс нөмірі / іс нөмірі

emergency-disclosure-channel = Арна және құқықтық негіз
emergency-disclosure-channel-basis = Осы сұрау салу үшін пайдаланылған арна
    .hint = { $match ->
        [general] Таңдалған халықаралық шартта төтенше жағдайдағы сұрау салулар туралы бап жоқ: сұрау салу оның сұрау салудың басында келтірілген шұғыл сұрау салулар мен өзара көмек туралы ережелеріне негізделеді.
        [user] Шартты және сұрау салу негізделетін баптарды көрсетіңіз: олар сұрау салудың басында басылады.
       *[other] Екінші қосымша хаттаманың 9-бабы: сұрау салынатын мемлекеттегі қызмет көрсетушіде бар деректер үшін 24/7 желісі арқылы. 10-бап: орталық немесе құзыретті орган арқылы төтенше жағдайдағы өзара көмек. Хаттама тек ол күшіне енген мемлекеттер арасында қолданылады: екеуінің бірін таңдамас бұрын оның екі мемлекет үшін де күшіне енгенін тексеріңіз. Екі мемлекетті де міндеттейтін басқа шарт: сұрау салу оның шұғыл сұрау салулар мен өзара көмек туралы ережелеріне негізделеді. Өзаралық: ешқандай шарт қолданылмайды. Қызмет көрсетушінің төтенше жағдайларға арналған арнасы: сұрау салу тікелей қызмет көрсетушіге жіберіледі, ол деректерді ашу-ашпауды өзі шешеді; ешқандай шартқа сілтеме жасалмайды.
    }
emergency-disclosure-channel-basis-protocol-art9 = Төтенше жағдайда 24/7 желісі арқылы жедел ашу (Екінші қосымша хаттаманың 9-бабы)
emergency-disclosure-channel-basis-protocol-art10 = Төтенше жағдайдағы өзара көмек (Екінші қосымша хаттаманың 10-бабы)
emergency-disclosure-channel-basis-provider = Қызмет көрсетушінің төтенше жағдайда ашуға арналған арнасы

emergency-disclosure-addressee = Сұрау салынатын мемлекет және адресат
emergency-disclosure-addressee-country = Сұрау салынатын мемлекет
    .hint = Тікелей қызмет көрсетушіге жіберілетін сұрау салу үшін: қызмет көрсетуші құрылған мемлекет.
emergency-disclosure-addressee-name = Адресат: орган немесе қызмет көрсетуші
    .hint = Осы сұрау салу жіберілетін 24/7 байланыс пункті, орталық немесе құзыретті орган не қызмет көрсетуші.
emergency-disclosure-addressee-address = Мекенжайы
emergency-disclosure-addressee-portal = Құқық қорғау органдарының сұрау салуларына арналған портал немесе веб-нысан
emergency-disclosure-addressee-email = Электрондық пошта
emergency-disclosure-addressee-provider = Деректерді ұстап отырған қызмет көрсетуші, егер ол адресат болмаса: атауы мен мекенжайы
    .hint = Хаттаманың 9-бабы бойынша сұрау салу үшін міндетті (9-баптың 3-тармағының c тармақшасы): сұрау салынатын мемлекеттегі деректерді ұстап отырған қызмет көрсетушінің атауы мен мекенжайы.

emergency-disclosure-requesting-authority = Сұрау салушы орган
emergency-disclosure-requesting-authority-authority = Құзыретті орган
emergency-disclosure-requesting-authority-officer = Сұрау салушы лауазымды адам
emergency-disclosure-requesting-authority-position = Лауазымы
emergency-disclosure-requesting-authority-address = Мекенжайы
emergency-disclosure-requesting-authority-phone = Телефон
    .hint = Халықаралық форматта: төтенше жағдай созылған бүкіл уақыт бойы кез келген сағатта жауап беретін нөмір.
emergency-disclosure-requesting-authority-mobile = Ұялы телефон
emergency-disclosure-requesting-authority-email = Электрондық пошта
    .hint = Органыңыздың ресми мекенжайы: қызмет көрсетушілер жеке мекенжайлардан келген сұрау салуларға жауап бермеуі мүмкін.
emergency-disclosure-requesting-authority-time-zone = Уақыт белдеуі
    .hint = Кеңсеңіздің UTC бойынша ығысу түрінде көрсетілген уақыт белдеуі. Өзгеше көрсетілмесе, осы сұрау салудағы барлық уақыт осы белдеу бойынша оқылады.
emergency-disclosure-requesting-authority-reachable = Төтенше жағдай созылған уақыт ішінде сұрау салушы лауазымды адаммен кез келген сағатта жоғарыдағы телефон нөмірлері арқылы байланысуға болады
    .hint = Төтенше сұрау салу кез келген сағатта жауап беретін адамды қажет етеді. Егер сіз мұны істей алмасаңыз, жоғарыда 24/7 байланыс пунктінің нөмірін көрсетіңіз.

emergency-disclosure-authoriser = Басшы немесе рұқсат берген лауазымды адам
emergency-disclosure-authoriser-name = Аты-жөні
    .hint = Осы төтенше сұрау салуға рұқсат берген және оны сұрау салынатын мемлекетке немесе қызмет көрсетушіге растай алатын лауазымды адам.
emergency-disclosure-authoriser-position = Лауазымы
emergency-disclosure-authoriser-phone = Телефон
emergency-disclosure-authoriser-email = Электрондық пошта

emergency-disclosure-offences = Қылмыс(тар)
emergency-disclosure-offences-offence = Тергеліп жатқан қылмыстар
    .hint = Әр қылмысқа бір жол, оның құқықтық нормасы және ең жоғары жазасымен.
emergency-disclosure-offences-offence-description = Қылмыс
emergency-disclosure-offences-offence-provision = Құқықтық норма
emergency-disclosure-offences-offence-penalty = Ең жоғары жаза
emergency-disclosure-mla = Ұлттық құқықтық негіз және сұратылатын өзара көмек
emergency-disclosure-mla-domestic-legal-basis = Ұлттық құқықтық негіз
    .hint = Іс тергеліп жатқан және осы сұрау салу жасалып отырған ұлттық заңнамаңыздың ережелері. Төтенше жағдайдағы өзара көмек үшін міндетті (Хаттаманың 10-бабы); барлық жолдар үшін ұсынылады, өйткені мұнсыз сұрау салулар жиі қабылданбайды.
emergency-disclosure-mla-prosecution = Жауапты прокуратура немесе сот және іс нөмірі
    .hint = Төтенше жағдайдағы өзара көмек үшін: істі жүргізетін сот органы, егер ол болса.
emergency-disclosure-mla-assistance = Сұратылатын көмек
    .hint = Төтенше жағдайдағы өзара көмек үшін: сұрау салынатын мемлекеттен не істеу сұралады, мысалы қызмет көрсетушіге 9-бөлімде сипатталған деректерді ашуды және оларды сұрау салушы органға беруді міндеттеу.
emergency-disclosure-mla-procedure = Орындау кезінде ұстанылуы тиіс рәсімдер
    .hint = Төтенше жағдайдағы өзара көмек үшін, заңыңыз талап еткен жағдайда: мысалы жазбалардың түпнұсқалығы туралы куәлік немесе деректер дәлелдеме ретінде жарамды болуы үшін оларды алу нысаны.

emergency-disclosure-emergency = Төтенше жағдай
emergency-disclosure-emergency-risk = Қатердің түрі
emergency-disclosure-emergency-risk-kidnapping = Адам ұрлау немесе кепілге алу
emergency-disclosure-emergency-risk-threat-to-kill = Өлтірумен қорқыту
emergency-disclosure-emergency-risk-suicide = Өз-өзіне қол жұмсау қаупі
emergency-disclosure-emergency-risk-child = Баланың өміріне немесе қауіпсіздігіне қатер
emergency-disclosure-emergency-risk-terrorism = Террористік қатер
emergency-disclosure-emergency-risk-bomb = Жарылыс жасау қатері
emergency-disclosure-emergency-risk-other = Өмірге немесе қауіпсіздікке төнген басқа қатер
emergency-disclosure-emergency-risk-other-detail = Қатердің түрі
emergency-disclosure-emergency-facts = Жеке тұлғаның өміріне немесе қауіпсіздігіне төнген елеулі әрі тікелей қатерді көрсететін фактілер
    .hint = { $basis ->
            [protocol2] Қатерде кім тұрғанын (аты-жөні немесе сипаттамасы), қауіптің не екенін, оның неліктен кез келген сәтте жүзеге асуы мүмкін екенін, сондай-ақ ақпарат қайдан және қашан алынғанын (уақыт белдеуімен) көрсетіңіз. Тек ықтимал немесе тікелей емес қатер Хаттама мағынасындағы төтенше жағдай болып табылмайды.
           *[other] Қатерде кім тұрғанын (аты-жөні немесе сипаттамасы), қауіптің не екенін, оның неліктен кез келген сәтте жүзеге асуы мүмкін екенін, сондай-ақ ақпарат қайдан және қашан алынғанын (уақыт белдеуімен) көрсетіңіз. Тек ықтимал немесе тікелей емес қатер төтенше жағдай болып табылмайды.
        }
emergency-disclosure-emergency-relation = Сұратылатын деректердің төтенше жағдайға қатысы
    .hint = Деректер қауіптің алдын алуға қалай көмектесетінін, мысалы қатерге ұшыраған адамның орналасқан жерін анықтау немесе қорқытушы адамды анықтау арқылы, және бұл қызмет көрсетушіде олар бар деп неліктен есептелетінін көрсетіңіз.
emergency-disclosure-emergency-urgency = Деректерді сақтау және өзара құқықтық көмек арқылы неліктен уақытында алу мүмкін емес
    .hint = Зиян қаншалықты тез келуі мүмкін екенін және неліктен сақтау туралы сұрау салу мен одан кейінгі өзара құқықтық көмек туралы сұрау салу не ұсыну туралы бұйрық деректерді уақытында ала алмайтынын көрсетіңіз.
emergency-disclosure-emergency-needed-by = Деректер қажет болатын мерзім
    .hint = Деректер әлі де көмектесе алатын ең соңғы уақыт, уақыт белдеуімен. Деректер дереу қажет болса, бос қалдырыңыз.

emergency-disclosure-data = Сұратылатын деректер
emergency-disclosure-data-identifiers = Сұратылатын деректердің сәйкестендіргіштері
    .hint = Әрбір есептік жазба, мекенжай немесе нөмір қызметте көрсетілгендей дәл. IP мекенжайы үшін бастапқы портты және нақты күн мен уақытты уақыт белдеуімен бірге көрсетіңіз: мекенжайлар ортақ пайдаланылған жағдайда қызмет көрсетуші оларсыз пайдаланушыны анықтай алмайды.
emergency-disclosure-data-period = Сұратылатын деректердің кезеңі
    .hint = Төтенше жағдай мүмкіндік беретіндей тар, әр шеті уақыт белдеуімен: төтенше жағдай бірнеше күннен артық кезеңді сирек негіздейді (7 күннен асатын кезең белгіленеді).
emergency-disclosure-data-categories = Сұратылатын деректердің санаттары
    .hint = Тек төтенше жағдай талап ететін деректерді сұратыңыз. Кейбір мемлекеттердегі, мысалы Америка Құрама Штаттарындағы, қызмет көрсетушілер шетелдік органдарға тікелей тек мазмұн туралы деректерден басқа деректерді аша алады.
emergency-disclosure-data-categories-subscriber = Абонент туралы мәліметтер
emergency-disclosure-data-categories-traffic = Трафик туралы деректер
emergency-disclosure-data-categories-content = Мазмұн туралы деректер
emergency-disclosure-data-categories-location = Орналасқан жер туралы деректер
emergency-disclosure-data-categories-other = Басқа деректер
emergency-disclosure-data-categories-other-detail = Сұратылатын басқа деректер

emergency-disclosure-instructions = Арнайы процестік нұсқаулар
emergency-disclosure-instructions-confidentiality = Құпиялылық: пайдаланушыға немесе кез келген үшінші тұлғаға осы сұрау салу туралы хабарламаңыз
    .hint = Кейбір қызмет көрсетушілер, егер олардан хабарламау сұралмаса, пайдаланушыларына сұрау салулар туралы хабарлайды. Пайдаланушы сұрау салу туралы білсе, қатердегі адам зардап шегуі мүмкін.
emergency-disclosure-instructions-format = Деректердің қалаулы пішімі
emergency-disclosure-instructions-format-electronic = Электрондық және машинамен оқылатын (мысалы электрондық кесте немесе CSV файлы)
emergency-disclosure-instructions-format-document = Электрондық құжат (PDF)
emergency-disclosure-instructions-format-usual = Қызмет көрсетуші әдетте пайдаланатын пішім
emergency-disclosure-instructions-format-other = Басқа пішім
emergency-disclosure-instructions-format-other-detail = Пішім
emergency-disclosure-instructions-other = Деректерді алуға көмектесуі мүмкін басқа нұсқаулар немесе ақпарат

emergency-disclosure-follow-up = Кейінгі құқықтық рәсім
emergency-disclosure-follow-up-process = Осы сұрау салудан кейінгі құқықтық рәсім
    .hint = Төтенше жағдайда ашылған деректер дәлелдеме ретінде пайдаланылуы үшін ресми құқықтық рәсім арқылы қайта сұратыла ма.
emergency-disclosure-follow-up-process-mla = Өзара құқықтық көмек туралы сұрау салу
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Екінші қосымша хаттаманың 7-бабына сәйкес қызмет көрсетушіге ұсыну туралы бұйрық
       *[other] Қызмет көрсетушіге ұсыну туралы бұйрық
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Сақтаулы компьютерлік деректерді жедел сақтау туралы сұрау салу (Конвенцияның 29-бабы)
        [protocol2] Сақтаулы компьютерлік деректерді жедел сақтау туралы сұрау салу (Конвенцияның 29-бабы)
       *[other] Сақтаулы компьютерлік деректерді жедел сақтау туралы сұрау салу
    }
emergency-disclosure-follow-up-process-none = Кейінгі құқықтық рәсім көзделмейді
emergency-disclosure-follow-up-process-other = Басқа құқықтық рәсім
emergency-disclosure-follow-up-process-other-detail = Құқықтық рәсім
emergency-disclosure-follow-up-expected-date = Жіберудің күтілетін күні
    .hint = Кейінгі құқықтық рәсім көзделмесе, бос қалдырыңыз.
emergency-disclosure-follow-up-details = Кейінгі рәсім туралы мәліметтер немесе оның неліктен көзделмейтіні
