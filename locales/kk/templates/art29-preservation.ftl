# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Киберқылмыс туралы конвенцияның 29 және 30-баптары (ETS № 185)
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = Күні
art29-preservation-reference = Шығыс нөмірі / іс нөмірі
art29-preservation-status = Сұрау салудың мәртебесі
art29-preservation-status-new = Жаңа сұрау салу
art29-preservation-status-extension = Алдыңғы сұрау салуды ұзарту
art29-preservation-status-previous-reference = Алдыңғы сұрау салудың тіркеу немесе шығыс нөмірі
art29-preservation-previous-request-date = Алдыңғы сұрау салудың күні
art29-preservation-executed-date = Сұрау салынатын Тараптың сақтауды орындаған күні
    .hint = Сіздің жеке жазбаңыз, сұрау салуда ешқашан басылмайды: сұрау салынатын Тарап немесе қызмет көрсетуші растаған күн, белгілі болған кезде. Қолданбада және еске салғышта көрсетілетін сақтау мерзімі осы күннен бастап есептеледі.

## 4 Requested authority

art29-preservation-requested-authority = Сұрау салынатын орган
art29-preservation-requested-authority-type = Сұрау салу кімге жіберіледі
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] 24/7 байланыс пункті (35-бап)
       *[other] 24/7 байланыс пункті
    }
art29-preservation-requested-authority-type-competent-authority = Басқа құзыретті орган
art29-preservation-requested-authority-authority = Органның атауы
    .hint = { $basis ->
            [budapest] Сұрау салынатын мемлекеттің Еуропа Кеңесінің анықтамалығында немесе сол мемлекеттің мәлімдемелерінде аталған 24/7 байланыс пункті немесе құзыретті органы.
           *[other] Сұрау салынатын мемлекеттің таңдалған халықаралық шарт бойынша жасаған мәлімдемелерінде аталған 24/7 байланыс пункті немесе құзыретті органы.
        }
art29-preservation-requested-authority-country = Сұрау салынатын мемлекет
    .hint = Деректерді сақтау сұралатын Тарап: әдетте компьютерлік жүйе немесе қызмет көрсетуші орналасқан мемлекет.

## 5 Requesting authority

art29-preservation-requesting-authority = Сұрау салушы орган
art29-preservation-requesting-authority-organisation = Ұйым
art29-preservation-requesting-authority-person = Сұрау салуға жауапты адам
art29-preservation-requesting-authority-address = Мекенжайы
art29-preservation-requesting-authority-telephone = Телефон нөмірі
    .hint = Халықаралық форматта, + белгісі мен ел кодынан бастап. Шұғыл сұрақтар үшін жұмыс уақытынан тыс кезде де жауап беретін нөмірді көрсетіңіз.
art29-preservation-requesting-authority-cell-phone = Ұялы телефон нөмірі
art29-preservation-requesting-authority-email = Электрондық пошта
art29-preservation-requesting-authority-fax = Факс нөмірі
art29-preservation-requesting-authority-office-hours = Жұмыс уақыты
    .hint = Төменде көрсетілген уақыт белдеуі бойынша жұмыс күндеріңіз бен сағаттарыңыз, мысалы: дүйсенбі – жұма, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Уақыт белдеуі
    .hint = Кеңсеңіздің UTC бойынша ығысу түрінде көрсетілген уақыт белдеуі. Өзгеше көрсетілмесе, осы сұрау салудағы барлық уақыт осы белдеу бойынша оқылады.
art29-preservation-requesting-authority-response = Жауап берудің қалаулы тәсілі
art29-preservation-requesting-authority-response-expedited = Жауапты электрондық пошта немесе басқа жедел құрал арқылы берген жөн
art29-preservation-requesting-authority-response-means = Жауапты мына құрал арқылы берген жөн:
art29-preservation-requesting-authority-response-means-detail = Жауап беру құралы

## 6 Backup contact

art29-preservation-backup-contact = Сұрау салушы органнан қосымша растау қажет болса, мына адамға хабарласыңыз
art29-preservation-backup-contact-name = Аты-жөні
art29-preservation-backup-contact-job-title = Лауазымы
art29-preservation-backup-contact-function = Атқаратын қызметі
art29-preservation-backup-contact-telephone = Телефон нөмірі
art29-preservation-backup-contact-cell-phone = Ұялы телефон нөмірі
art29-preservation-backup-contact-email = Электрондық пошта

## 7 Investigative or operational authority

art29-preservation-investigative-authority = Іс бойынша жауапты тергеу немесе жедел орган
art29-preservation-investigative-authority-different = Тергеу немесе жедел орган сұрау салушы органнан өзгеше
art29-preservation-investigative-authority-organisation = Ұйым
art29-preservation-investigative-authority-person = Іске жауапты адам
art29-preservation-investigative-authority-address = Мекенжайы
art29-preservation-investigative-authority-telephone = Телефон нөмірі
art29-preservation-investigative-authority-cell-phone = Ұялы телефон нөмірі
art29-preservation-investigative-authority-email = Электрондық пошта
art29-preservation-investigative-authority-fax = Факс нөмірі

## 8 Prosecution office or court

art29-preservation-prosecution = Жауапты прокуратура немесе сот (бар болса)
art29-preservation-prosecution-office = Жауапты прокуратура
art29-preservation-prosecution-office-case = Прокуратурадағы іс нөмірі
art29-preservation-prosecution-court = Жауапты сот
art29-preservation-prosecution-court-case = Соттағы іс нөмірі

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = Сұрау салудың ұлттық құқықтық негізі (бар болса)
    .hint = Іс тергеліп жатқан және осы сақтау сұратылып отырған ұлттық заңнамаңыздың ережелері, мысалы қылмыстық іс жүргізу кодексінің баптары.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] Қылмыс және фактілердің қысқаша баяндалуы (29-баптың 2-тармағының b тармақшасы)
       *[other] Қылмыс және фактілердің қысқаша баяндалуы
    }
art29-preservation-offence-offences = Қылмыстық тергеудің немесе іс жүргізудің нысанасы болып табылатын қылмыстар
    .hint = Әр қылмысқа бір жол: оның атауы немесе қысқаша сипаттамасы, оны көздейтін қылмыстық заңыңыздың нормасы және ең жоғары жаза.
art29-preservation-offence-offences-offence = Қылмыс
art29-preservation-offence-offences-provision = Құқықтық норма
art29-preservation-offence-offences-penalty = Ең жоғары жаза
art29-preservation-offence-facts = Фактілердің қысқаша баяндалуы
    .hint = Бірнеше сөйлеммен: не болды, қашан және қайда; сұрау салынатын орган сұрау салуды түсінуі үшін жеткілікті, бірақ одан артық емес. Әр күн мен уақытты уақыт белдеуімен бірге көрсетіңіз. 24/7 байланыс пункттері бұл сұрау салуды жиі қызмет көрсетушіге жібереді: күдіктінің немесе жәбірленушінің атын сұрау салынатын органға деректерді табу үшін қажет болған жағдайда ғана көрсетіңіз.
art29-preservation-offence-convention-offence = Қылмыс Киберқылмыс туралы конвенцияның 2–11-баптарына сәйкес белгіленген қылмысқа сәйкес келеді
    .hint = Қос қылмыстылық сақтаудың шарты болып табылмайды (29-баптың 3-тармағы), сұрау салынатын Тарап 2–11-баптарда көзделгендерден басқа қылмыстар үшін оны талап ету құқығын өзіне қалдырған жағдайды қоспағанда (29-баптың 4-тармағы). Қылмыс солардың бірі болса, белгілеп, баптарды атаңыз. Белгіленген жағдайда ғана басылады.
art29-preservation-offence-convention-articles = Конвенцияның тиісті баптары
art29-preservation-offence-convention-articles-art2 = 2-бап: Заңсыз қол жеткізу
art29-preservation-offence-convention-articles-art3 = 3-бап: Заңсыз ұстап алу
art29-preservation-offence-convention-articles-art4 = 4-бап: Деректерге араласу
art29-preservation-offence-convention-articles-art5 = 5-бап: Жүйеге араласу
art29-preservation-offence-convention-articles-art6 = 6-бап: Құрылғыларды заңсыз пайдалану
art29-preservation-offence-convention-articles-art7 = 7-бап: Компьютерлік технологияларды пайдаланып қолдан жасау
art29-preservation-offence-convention-articles-art8 = 8-бап: Компьютерлік технологияларды пайдаланып алаяқтық жасау
art29-preservation-offence-convention-articles-art9 = 9-бап: Балалар порнографиясына байланысты қылмыстар
art29-preservation-offence-convention-articles-art10 = 10-бап: Авторлық құқықтың және сабақтас құқықтардың бұзылуына байланысты қылмыстар
art29-preservation-offence-convention-articles-art11 = 11-бап: Оқталу және көмектесу немесе айдап салу

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] Сақталуы тиіс сақтаулы компьютерлік деректер (29-баптың 2-тармағының c тармақшасы)
       *[other] Сақталуы тиіс сақтаулы компьютерлік деректер
    }
art29-preservation-data-identifiers = Сақталуы тиіс деректердің сәйкестендіргіштері
    .hint = Деректері сақталуы тиіс әрбір есептік жазба, пайдаланушы аты, электрондық пошта мекенжайы, телефон нөмірі, URL, домен, құрылғы немесе IP мекенжайы. IP мекенжайы үшін бастапқы портты және пайдаланудың нақты күні мен уақытын уақыт белдеуімен бірге көрсетіңіз: ортақ мекенжай жағдайында қызмет көрсетуші оларсыз пайдаланушыны таба алмайды. Тек бір сәйкестендіргішке қатысты кезең сол сәйкестендіргіштің жолында көрсетіледі.
art29-preservation-data-period = Сақталуы тиіс деректердің кезеңі
    .hint = Деректер қамтуы тиіс кезең, егер ол барлық сәйкестендіргіштер үшін бірдей болса. Екі шетін де уақыт белдеуімен көрсетіңіз. Тек тергеуге қажетті кезеңді сұратыңыз: ұзақ кезеңдерге (90 күннен астам) арналған сұрау салулар тым кең ретінде жиі қабылданбайды.
art29-preservation-data-categories = Сақталуы тиіс деректердің санаттары
    .hint = { $basis ->
            [budapest] Тек тергеуге қажеттісін белгілеңіз. Абонент туралы мәліметтер: абоненттің жеке басы, мекенжайы және пайдаланылған қызмет (18-баптың 3-тармағы). Трафик туралы деректер: байланыстың шығу көзі, баратын жері, бағыты, уақыты, күні, көлемі мен ұзақтығы немесе негізгі қызметтің түрі (1-баптың d тармақшасы). Мазмұн туралы деректер: байланыстың өзі.
           *[other] Тек тергеуге қажеттісін белгілеңіз. Абонент туралы мәліметтер: абоненттің жеке басы, мекенжайы және пайдаланылған қызмет. Трафик туралы деректер: байланыстың шығу көзі, баратын жері, бағыты, уақыты, күні, көлемі мен ұзақтығы немесе негізгі қызметтің түрі. Мазмұн туралы деректер: байланыстың өзі.
        }
art29-preservation-data-categories-subscriber = Абонент туралы мәліметтер
art29-preservation-data-categories-traffic = Трафик туралы деректер
art29-preservation-data-categories-content = Мазмұн туралы деректер
art29-preservation-data-categories-other = Басқа деректер
art29-preservation-data-categories-other-detail = Сақталуы тиіс басқа деректер
art29-preservation-data-relationship = Деректердің қылмысқа қатысы
    .hint = Бұл деректердің қылмысқа қалай байланысты екенін көрсетіңіз, мысалы: есептік жазбадан 20.11.2026 сағат 14:03 UTC+04:00 уақытында қорқыту хабарламалары жіберілген немесе IP мекенжайы жәбірленушінің серверіне кіру үшін пайдаланылған.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] Деректерді ұстаушы және компьютерлік жүйенің орналасқан жері (29-баптың 2-тармағының d тармақшасы)
       *[other] Деректерді ұстаушы және компьютерлік жүйенің орналасқан жері
    }
art29-preservation-custodian-provider = Қызмет көрсетуші немесе деректерді ұстаушы басқа тұлға
    .hint = Белгілі болғанша, деректерді ұстап отырған компанияның немесе адамның атауы. Белгісіз болса, соны көрсетіңіз.
art29-preservation-custodian-contact = Деректерді ұстаушының мекенжайы немесе веб-сайты
art29-preservation-custodian-location = Компьютерлік жүйенің орналасқан жері
    .hint = Деректерді ұстайтын компьютерлік жүйенің, белгілі болғанша, орналасқан жері: ел, қала, хостинг-провайдер немесе деректер орталығы.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] Сақтаудың қажеттілігі (29-баптың 2-тармағының e тармақшасы)
       *[other] Сақтаудың қажеттілігі
    }
art29-preservation-necessity-reasons = Жедел сақтаудың себептері
art29-preservation-necessity-reasons-deletion = Деректер жойылуы, өзгертілуі немесе жоғалуы мүмкін
art29-preservation-necessity-reasons-retention = Қызмет көрсетуші мұндай деректерді қысқа мерзім ғана ұстайды
art29-preservation-necessity-reasons-notice = Күдікті тергеу туралы біліп, деректерді жоюы мүмкін
art29-preservation-necessity-reasons-other = Басқа
art29-preservation-necessity-reasons-other-detail = Басқа себеп
art29-preservation-necessity-explanation = Түсіндірме
    .hint = Міндетті емес: шұғылдықты нақтылайтын мән-жай, мысалы қызмет көрсетушінің деректерді ұстаудың белгілі мерзімі немесе деректер жойылатын күн.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] Өзара көмек туралы кейінгі сұрау салу (29-баптың 2-тармағының f тармақшасы)
       *[other] Өзара көмек туралы кейінгі сұрау салу
    }
art29-preservation-mla-intent = Сұрау салушы Тарап сақтаулы компьютерлік деректерді тінту немесе оларға осыған ұқсас қол жеткізу, алу немесе осыған ұқсас қамтамасыз ету не ашу үшін өзара көмек туралы сұрау салу жіберуге ниетті.
art29-preservation-mla-expected-date = Өзара көмек туралы сұрау салудың күтілетін күні
    .hint = { $basis ->
            [budapest] Конвенцияның 29-бабының 7-тармағына сәйкес сақтау өзара көмек туралы сұрау салуды жіберуге мүмкіндік беру үшін кемінде алпыс күн мерзімге жүзеге асырылады; бұл сұрау салу алынғаннан кейін деректер ол бойынша шешім қабылданғанға дейін сақтала береді. Сұрау салынатын мемлекеттің іс жүзінде қанша уақыт сақтайтыны оның заңнамасы мен практикасына байланысты: сақтау панелін қараңыз және сұрау салуды мерзім ішінде алдын ала жіберіңіз немесе ұзартуды уақытында сұратыңыз.
           *[other] Сұрау салынатын мемлекеттің деректерді қанша уақыт сақтайтыны оның заңнамасы мен практикасына байланысты: сақтау панелін қараңыз және өзара көмек туралы сұрау салуды мерзім ішінде алдын ала жіберіңіз немесе ұзартуды уақытында сұратыңыз.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Сақталған трафик туралы деректерді жедел ашу (30-бап): егер белгілі бір байланысқа қатысты трафик туралы деректерді сақтау барысында оны беруге басқа мемлекеттегі қызмет көрсетуші қатысқаны анықталса, сол қызмет көрсетушіні және байланыс берілген жолды анықтау үшін жеткілікті көлемдегі трафик туралы деректерді жедел ашуыңызды сұраймыз.
       *[other] Сақталған трафик туралы деректерді жедел ашу: егер белгілі бір байланысқа қатысты трафик туралы деректерді сақтау барысында оны беруге басқа мемлекеттегі қызмет көрсетуші қатысқаны анықталса, сол қызмет көрсетушіні және байланыс берілген жолды анықтау үшін жеткілікті көлемдегі трафик туралы деректерді жедел ашуыңызды сұраймыз.
    }

## 16 Confidentiality

art29-preservation-confidentiality = Құпиялылық
art29-preservation-confidentiality-conditions = Сұратылатын құпиялылық
    .hint = Кейбір қызмет көрсетушілер пайдаланушыларына сұрау салулар туралы хабарлайды. Сұрау салынатын органнан бұлай болуы мүмкін бе екенін сұрап, тергеуге қажеттісін белгілеңіз.
art29-preservation-confidentiality-conditions-no-notification = Абонентке немесе есептік жазба иесіне осы сұрау салу туралы хабарламауыңызды сұраймыз
art29-preservation-confidentiality-conditions-warn = Пайдаланушыны сескендіруі мүмкін кез келген әрекет алдында сұрау салушы органға хабарлауыңызды сұраймыз
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Егер сақтау деректердің болашақта қолжетімді болуын қамтамасыз етпесе немесе тергеудің құпиялылығына қатер төндірсе не оған өзгедей нұқсан келтірсе, сұрау салу соған қарамастан орындалуы тиіс пе екенін шешуі үшін сұрау салушы органға дереу хабарлауыңызды сұраймыз (29-баптың 6-тармағы)
       *[other] Егер сақтау деректердің болашақта қолжетімді болуын қамтамасыз етпесе немесе тергеудің құпиялылығына қатер төндірсе не оған өзгедей нұқсан келтірсе, сұрау салу соған қарамастан орындалуы тиіс пе екенін шешуі үшін сұрау салушы органға дереу хабарлауыңызды сұраймыз
    }
art29-preservation-confidentiality-details = Құпиялылық туралы қосымша ескертпелер

## 17 Acknowledgement

art29-preservation-acknowledgement = Деректердің сақталғанын растауыңызды, осы сұрау салуға берілген тіркеу нөмірін және сақтау аяқталатын күнді көрсетуіңізді сұраймыз
