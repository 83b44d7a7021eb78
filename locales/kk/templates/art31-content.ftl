# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] Киберқылмыс туралы конвенцияның 31-бабы (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Күні
art31-content-reference = Шығыс нөмірі / іс нөмірі
art31-content-status = Сұрау салудың мәртебесі
    .hint = Қолданылатын әрбір белгіні қойыңыз. Жалғасы белгіленсе, алдыңғы сұрау салу туралы мәліметтерге арналған 9 және 10-бөлімдер ашылады.
art31-content-status-new = Жаңа сұрау салу
art31-content-status-follow-up-mla = Алдыңғы өзара құқықтық көмек туралы сұрау салудың жалғасы (мәліметтер 9-бөлімде)
art31-content-status-follow-up-preservation = Алдыңғы сақтау туралы сұрау салудың жалғасы (мәліметтер 10-бөлімде)
art31-content-requested-authority = Сұрау салынатын орган
art31-content-requested-authority-country = Сұрау салынатын мемлекет
art31-content-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Сұрау салынатын мемлекеттің өзара көмек жөніндегі орталық органы (27-баптың 2-тармағы) немесе ол осындай сұрау салуларды қабылдау үшін тағайындаған орган.
           *[other] Сұрау салынатын мемлекеттің өзара көмек жөніндегі орталық органы немесе ол осындай сұрау салуларды қабылдау үшін тағайындаған орган.
        }
art31-content-requesting-authority = Сұрау салушы орган
art31-content-requesting-authority-organisation = Ұйым
art31-content-requesting-authority-person = Сұрау салуға жауапты адам
art31-content-requesting-authority-address = Мекенжайы
art31-content-requesting-authority-phone = Телефон нөмірі
art31-content-requesting-authority-mobile = Ұялы телефон нөмірі
art31-content-requesting-authority-email = Электрондық пошта мекенжайы
art31-content-requesting-authority-fax = Факс нөмірі
art31-content-requesting-authority-office-hours = Жұмыс уақыты
art31-content-requesting-authority-time-zone = Уақыт белдеуі
    .hint = Кеңсеңіздің UTC бойынша ығысу түрінде көрсетілген уақыт белдеуі. Осы сұрау салудағы басқа әрбір уақыт өз уақыт белдеуімен көрсетіледі.
art31-content-requesting-authority-response = Жауап беру құралы
art31-content-requesting-authority-response-expedited = Жауапты электрондық пошта немесе басқа жедел құрал арқылы берген жөн
art31-content-requesting-authority-response-other = Жауапты басқа құрал арқылы берген жөн
art31-content-requesting-authority-response-other-detail = Жауапты мына құрал арқылы берген жөн
art31-content-additional-contact = Сұрау салушы органнан қосымша растау қажет болса, мына адамға хабарласыңыз
art31-content-additional-contact-contacts = Байланысатын адам
art31-content-additional-contact-contacts-name = Аты-жөні
art31-content-additional-contact-contacts-job-title = Лауазымы
art31-content-additional-contact-contacts-function = Атқаратын қызметі
art31-content-additional-contact-contacts-phone = Телефон нөмірі
art31-content-additional-contact-contacts-mobile = Ұялы телефон нөмірі
art31-content-additional-contact-contacts-email = Электрондық пошта мекенжайы
art31-content-investigating-authority = Іс бойынша жауапты тергеу / жедел орган (сұрау салушы органнан өзгеше болса)
art31-content-investigating-authority-organisation = Ұйым
art31-content-investigating-authority-person = Іске жауапты адам
art31-content-investigating-authority-address = Мекенжайы
art31-content-investigating-authority-phone = Телефон нөмірі
art31-content-investigating-authority-mobile = Ұялы телефон нөмірі
art31-content-investigating-authority-email = Электрондық пошта мекенжайы
art31-content-investigating-authority-fax = Факс нөмірі
art31-content-prosecution-court = Жауапты прокуратура немесе сот (бар болса)
art31-content-prosecution-court-prosecution = Жауапты прокуратура және іс нөмірі
art31-content-prosecution-court-court = Жауапты сот және іс нөмірі
art31-content-prosecution-court-decisions = Осы сұрау салуға қатысты прокуратураның немесе соттың шешімдері
    .hint = Әрбір шешім бойынша: органы, күні мен нөмірі және онда не міндеттелгені немесе не рұқсат етілгені. Сұрау салынатын мемлекет талап етсе, көшірмесін қоса беріңіз.
art31-content-previous-mla = Алдыңғы өзара құқықтық көмек туралы сұрау салу жөніндегі мәліметтер (бар болса)
art31-content-previous-mla-date = Күні
art31-content-previous-mla-reference = Тіркеу / шығыс нөмірі
art31-content-previous-mla-requesting = Алдыңғы сұрау салуды жіберген органның байланыс деректері
art31-content-previous-mla-executing = Алдыңғы сұрау салуға жауап берген (немесе оны орындаған) органның байланыс деректері
art31-content-previous-mla-channel = Алдыңғы сұрау салуды жіберу үшін пайдаланылған байланыс тәсілі (электрондық пошта мекенжайы, факс нөмірі және т.б.)
art31-content-previous-preservation = Алдыңғы сақтау туралы сұрау салу жөніндегі мәліметтер (бар болса)
art31-content-previous-preservation-date = Күні
art31-content-previous-preservation-reference = Тіркеу / шығыс нөмірі
art31-content-previous-preservation-requesting = Сақтауды сұратқан органның байланыс деректері
art31-content-previous-preservation-executing = Сақтау туралы сұрау салуға жауап берген (немесе оны орындаған) органның байланыс деректері
art31-content-previous-preservation-channel = Байланыс арнасы
art31-content-previous-preservation-channel-network-247 = 24/7 желісінің байланыс пункті
art31-content-previous-preservation-channel-provider = Тікелей қызмет көрсетушіге
art31-content-previous-preservation-channel-police = Полиция ынтымақтастығы арнасы
art31-content-previous-preservation-channel-mla = Өзара көмек жөніндегі орталық орган
art31-content-previous-preservation-channel-other = Басқа
art31-content-previous-preservation-channel-other-detail = Пайдаланылған арна
art31-content-previous-preservation-expiry = Деректер сақталатын соңғы күн
    .hint = Белгілі болса, сұрау салынатын мемлекет немесе қызмет көрсетуші растаған сақтау аяқталатын күн.
art31-content-legal-grounds = Сұрау салудың құқықтық негізі
art31-content-legal-grounds-domestic = Сұрау салудың ұлттық құқықтық негізі (бар болса)
    .hint = Осы сұрау салу жасалып отырған заңнамаңыздың ережелері, мысалы қылмыстық іс жүргізу кодексінің өзара құқықтық көмек туралы сұрау салулар жөніндегі баптары.
art31-content-legal-grounds-instruments = Қолданылатын басқа шарттар немесе келісімдер
art31-content-legal-grounds-instruments-ets-30 = Қылмыстық істер бойынша өзара көмек туралы Еуропалық конвенция (ETS № 30) және оның хаттамалары
art31-content-legal-grounds-instruments-bilateral = Екіжақты шарт
art31-content-legal-grounds-instruments-bilateral-detail = Шарттың атауы мен күні
art31-content-legal-grounds-instruments-reciprocity = Өзаралық
art31-content-offences = Қылмыс(тар)
art31-content-offences-offences = Қылмыс
art31-content-offences-offences-name = Қылмыс
art31-content-offences-offences-provision = Құқықтық норма
art31-content-offences-offences-penalty = Ең жоғары жаза
art31-content-offences-damage = Келтірілген залал
    .hint = Залал болса, оның сомасы тиісті валютада.
art31-content-offences-damage-below-threshold = Залал 5 000 АҚШ долларының баламасынан аз
    .hint = Сіздің жеке тексеруіңіз, сұрау салуда ешқашан басылмайды. Америка Құрама Штаттары әдетте залалы 5 000 АҚШ долларынан аз істер бойынша сұрау салуларды қабылдамайды; өз валютаңыздағы залалды осы сомамен салыстырыңыз.
art31-content-facts = Фактілердің қысқаша баяндалуы
    .hint = Кім не істеді, қашан және қайда, және қылмыс тиісті қызметтің көмегімен қалай жасалды. Әр уақытты уақыт белдеуімен көрсетіңіз.
art31-content-identifiers = Сұратылатын деректердің сәйкестендіргіштері мен кезеңі
art31-content-identifiers-identifiers = Сұратылатын деректердің сәйкестендіргіштері
    .hint = Деректері сұратылатын әрбір есептік жазба, мекенжай немесе нөмір. IP мекенжайы үшін бастапқы портты және нақты күн мен уақытты уақыт белдеуімен бірге көрсетіңіз: ортақ мекенжайлар жағдайында қызмет көрсетуші оларсыз абонентті анықтай алмайды.
art31-content-identifiers-period = Деректер сұратылатын нақты кезең
    .hint = Басы мен соңы уақыт белдеуімен. Тек тергеуге қажетті кезеңді сұратыңыз: ұзақ кезеңдерге (90 күннен астам) арналған сұрау салулар тым кең ретінде жиі қабылданбайды.
art31-content-data = Сұратылатын деректер
art31-content-data-content = Сұратылатын мазмұн туралы деректер
    .hint = Фактілер негіздейтін мазмұнды ғана атаңыз; сұрау салынатын мемлекетке ол үшін сот шешімі қажет болуы мүмкін.
art31-content-data-content-messages = Сақтаулы хабарламалар, соның ішінде чаттағы және жеке хабарламалар
art31-content-data-content-emails = Тіркемелерімен бірге сақтаулы электрондық хаттар
art31-content-data-content-files = Сақтаулы файлдар мен құжаттар, соның ішінде бұлттық қоймадағылары
art31-content-data-content-media = Фотосуреттер мен бейнежазбалар
art31-content-data-content-posts = Жазбалар, пікірлер және басқа жарияланған мазмұн
art31-content-data-content-location = Орналасқан жер туралы сақтаулы ақпарат
art31-content-data-content-contacts = Контактілер тізімдері мен мекенжай кітапшалары
art31-content-data-content-other = Басқа
art31-content-data-content-other-detail = Сұратылатын басқа мазмұн туралы деректер
art31-content-data-traffic = Сұратылатын трафик туралы деректер
    .hint = { $basis ->
            [budapest] Мазмұнға қосымша тек қажеттісін белгілеңіз. Алғашқы сегіз белгі Конвенцияның 1-бабының d тармақшасындағы трафик туралы деректердің анықтамасына сәйкес келеді: компьютерлік жүйе байланыс тізбегінің бөлігі ретінде жасаған деректер.
           *[other] Мазмұнға қосымша тек қажеттісін белгілеңіз. Трафик туралы деректер — компьютерлік жүйе байланыс тізбегінің бөлігі ретінде жасаған деректер.
        }
art31-content-data-traffic-origin = Байланыстың шығу көзі
art31-content-data-traffic-destination = Байланыстың баратын жері
art31-content-data-traffic-route = Бағыты
art31-content-data-traffic-time = Уақыты
art31-content-data-traffic-date = Күні
art31-content-data-traffic-size = Көлемі
art31-content-data-traffic-duration = Ұзақтығы
art31-content-data-traffic-service = Негізгі қызметтің түрі
art31-content-data-traffic-connection-log = IP қосылымдарының тарихы: IP мекенжайлары, бастапқы порттар, күндері мен уақыттары көрсетілген кірулер мен шығулар
art31-content-data-traffic-headers = Электрондық хаттардың тақырыптамалары, мазмұнсыз
art31-content-data-traffic-other = Басқа
art31-content-data-traffic-other-detail = Сұратылатын басқа трафик туралы деректер
art31-content-data-subscriber = Сұратылатын абонент туралы мәліметтер
    .hint = { $basis ->
            [budapest] Мазмұнға қосымша тек қажеттісін белгілеңіз. Алғашқы алты белгі Конвенцияның 18-бабының 3-тармағындағы абонент туралы мәліметтердің анықтамасына сәйкес келеді.
           *[other] Мазмұнға қосымша тек қажеттісін белгілеңіз.
        }
art31-content-data-subscriber-service = Пайдаланылған байланыс қызметінің түрі, осыған байланысты қабылданған техникалық шаралар және қызмет көрсету кезеңі
art31-content-data-subscriber-identity = Абоненттің жеке басы
art31-content-data-subscriber-address = Пошталық немесе географиялық мекенжайы
art31-content-data-subscriber-access-number = Телефон және басқа қол жеткізу нөмірлері
art31-content-data-subscriber-billing = Шот ұсыну мен төлем туралы ақпарат
art31-content-data-subscriber-installation = Байланыс жабдығы орнатылған жер
art31-content-data-subscriber-email = Есептік жазбаға байланысты электрондық пошта мекенжайлары
art31-content-data-subscriber-registration-ip = Тіркелу кезіндегі IP мекенжайы, күні мен уақыты
art31-content-data-subscriber-other = Басқа
art31-content-data-subscriber-other-detail = Сұратылатын басқа абонент туралы мәліметтер
art31-content-measures = Сұратылатын шаралар
    .hint = { $basis ->
            [budapest] 31-баптың 1-тармағы: сұрау салынатын Тарап өз аумағында сақтаулы деректерді, соның ішінде 29-бапқа сәйкес сақталған деректерді тінтуі немесе оларға осыған ұқсас қол жеткізуі, алуы немесе осыған ұқсас қамтамасыз етуі және ашуы мүмкін.
           *[other] Сұрау салынатын мемлекеттен өз аумағында сақтаулы деректерге, соның ішінде бұрын сақталған деректерге қатысты не істеу сұралатыны: оларды тінту немесе оларға осыған ұқсас қол жеткізу, оларды алу немесе осыған ұқсас қамтамасыз ету және оларды ашу.
        }
art31-content-measures-search = Тінту немесе осыған ұқсас қол жеткізу
art31-content-measures-seizure = Алу немесе осыған ұқсас қамтамасыз ету
art31-content-measures-disclosure = Ашу
art31-content-preservation = Деректерді сақтау
art31-content-preservation-sought = Деректерді сақтау бұрын сұратылды ма?
    .hint = { $basis ->
            [budapest] Деректер Конвенцияның 29-бабына сәйкес 24/7 желісі арқылы немесе тікелей қызмет көрсетушіде сақталды ма. Шығыс нөмірі сұрау салынатын органға және қызмет көрсетушіге сақталған деректерді табуға мүмкіндік береді. Егер бұл сұрау салу 10-бөлімде сипатталған сақтау туралы сұрау салудың жалғасы болса, сол күн мен нөмірді көрсетіңіз.
           *[other] Деректер 24/7 желісі немесе сұрау салынатын мемлекеттің басқа органы арқылы не тікелей қызмет көрсетушіде сақталды ма. Шығыс нөмірі сұрау салынатын органға және қызмет көрсетушіге сақталған деректерді табуға мүмкіндік береді. Егер бұл сұрау салу 10-бөлімде сипатталған сақтау туралы сұрау салудың жалғасы болса, сол күн мен нөмірді көрсетіңіз.
        }
art31-content-preservation-sought-yes = Иә
art31-content-preservation-sought-no = Жоқ
art31-content-preservation-date = Сақтау туралы сұрау салудың күні
art31-content-preservation-reference = Сақтау туралы сұрау салудың нөмірі
    .hint = Сұрау салынатын орган немесе қызмет көрсетуші берген нөмір; ондай нөмір берілмесе, өз шығыс нөміріңіз.
art31-content-relevance = Деректердің тергеуге қатысы
    .hint = Әрбір сәйкестендіргіштің және сұратылатын деректердің әр түрінің қылмыспен және күдіктімен қалай байланысты екенін және қызмет көрсетушіде бұл деректер бар деп неліктен есептелетінін түсіндіріңіз.
art31-content-grounds = Мазмұн туралы деректерді тінтудің немесе ұсынуды талап етудің нақты негіздері
    .hint = Сұрау салынатын мемлекеттің мәжбүрлеу шараларына қоятын талаптарына жауап беретін нақты фактілер, мысалы Америка Құрама Штаттарындағы «probable cause» (негізді болжам): есептік жазбаның қылмысқа байланысты пайдаланылғанын және оның дәлелдемелері сұратылатын мазмұннан табылуы ықтимал екенін көрсететін фактілер, сондай-ақ бұл фактілердің қашан орын алғаны. Тек тұжырымдар немесе күдіктер жеткіліксіз.
art31-content-dual-criminality = Қос қылмыстылық
    .hint = { $basis ->
            [budapest] 13-бөлімде сипатталған әрекеттің сұрау салынатын мемлекеттің заңы бойынша да қылмыс болып табылатынын, белгілі болса тиісті норманы келтіре отырып түсіндіріңіз. Конвенцияның 25-бабының 5-тармағына сәйкес, егер қылмыстың негізінде жатқан әрекет онда қылмыс болып табылса, оның санатына немесе атауына қарамастан, бұл шарт орындалған болып саналады.
           *[other] 13-бөлімде сипатталған әрекеттің сұрау салынатын мемлекеттің заңы бойынша да қылмыс болып табылатынын, белгілі болса тиісті норманы келтіре отырып түсіндіріңіз.
        }
art31-content-use = Деректерді пайдалануды шектеу
art31-content-use-undertakings = Сұрау салушы органның міндеттемелері
    .hint = { $basis ->
            [budapest] 28-бап Тараптар арасында бірыңғай немесе өзара заңнама негізіндегі өзара көмек туралы шарт немесе келісім күшінде болмаған жағдайда қолданылады; әйтпесе сол шарттың немесе келісімнің құпиялылық пен пайдалану туралы ережелері қолданылады.
           *[other] Құпиялылық пен пайдалануды шектеу талаптарын таңдалған халықаралық шарт, ал шарт болмаған жағдайда сұрау салынатын мемлекет белгілейді.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Сұрау салушы орган сұрау салынатын Тарап Конвенцияның 28-бабының 2-тармағына сәйкес белгілеген құпиялылық және пайдалануды шектеу шарттарын орындайды
       *[other] Сұрау салушы орган сұрау салынатын мемлекет белгілеген құпиялылық және пайдалануды шектеу шарттарын орындайды
    }
art31-content-use-undertakings-speciality = Деректер, егер сұрау салынатын Тарап басқаша пайдалануға келісім бермесе, тек осы сұрау салуда көрсетілген тергеу мен іс жүргізу үшін ғана пайдаланылады (арнайылық қағидаты)
art31-content-use-explanation = Деректерді пайдаланудың көзделген мақсатын түсіндіру
    .hint = Мысалы, деректерді қорғау тарапына ашу немесе байланысты іс жүргізуде пайдалану қажет бола ма — сұрау салынатын Тарап өз шарттарын соған сәйкес белгілей алуы үшін.
art31-content-service-provider = Деректерді ұстап отырған қызмет көрсетуші
art31-content-service-provider-name = Қызмет көрсетушінің атауы
    .hint = Қызмет көрсетушінің қызмет көрсету шарттарында немесе құқық қорғау органдарына арналған нұсқаулығында көрсетілген заңды атауы.
art31-content-service-provider-address = Мекенжайы немесе орналасқан жері
art31-content-urgency = Шұғылдық
art31-content-urgency-urgent = Шұғыл орындау сұралады
art31-content-urgency-reasons = Шұғылдықтың себептері
    .hint = { $basis ->
            [budapest] Мысалы, күдікті қамауда отыр, іс жүргізу мерзімі өтіп барады немесе деректердің жоғалу немесе өзгеру қаупі ерекше жоғары деп есептеуге негіз бар (31-баптың 3-тармағы).
           *[other] Мысалы, күдікті қамауда отыр, іс жүргізу мерзімі өтіп барады немесе деректердің жоғалу немесе өзгеру қаупі ерекше жоғары деп есептеуге негіз бар.
        }
art31-content-urgency-deadline = Деректер қажет болатын мерзім
art31-content-confidentiality = Құпиялылық
art31-content-confidentiality-confidential = Осы сұрау салудың фактісі мен нысанасының құпиялылығын, оны орындау үшін қажетті шаманы қоспағанда, қамтамасыз етуіңізді сұраймыз
art31-content-confidentiality-no-notification = Қызмет көрсетушіден абонентке немесе кез келген үшінші тұлғаға хабарламауды сұраңыз
    .hint = Сұрау салынатын органнан қызмет көрсетушінің тәжірибесі немесе жүйесі пайдаланушыға хабар беріп қоюы мүмкін бе екенін сұраңыз.
art31-content-confidentiality-reasons = Құпиялылықтың себептері
    .hint = Мысалы, күдіктінің дәлелдемелерді жою, жасырыну немесе сыбайластарына ескерту қаупі.
art31-content-form = Деректердің нысаны, түпнұсқалығын куәландыру және дәлелдемелерді ұстау тізбегі
    .hint = Дәлелдеме ретінде қабылдануы үшін мазмұнның түпнұсқалығы әдетте куәландырылуы тиіс: соттарыңызға қажеттісін белгілеңіз, мысалы хэш-мәндері бар криминалистік көшірме және деректермен жұмыс істеген әрбір адамның тізілімі, немесе қызмет көрсетушінің іскерлік жазбаларының түпнұсқалығы туралы куәлігі.
art31-content-form-electronic = Оқылатын пішімдегі электрондық көшірме
art31-content-form-certified = Куәландырылған көшірме
art31-content-form-certificate = Қызмет көрсетушінің іскерлік жазбаларының түпнұсқалығы туралы куәлігі
art31-content-form-forensic = Хэш-мәндері бар криминалистік көшірме
art31-content-form-custody = Дәлелдемелерді ұстау тізбегінің тізілімі
art31-content-form-other = Басқа
art31-content-form-other-detail = Басқа талап
