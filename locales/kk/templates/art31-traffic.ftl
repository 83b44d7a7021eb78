# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] Киберқылмыс туралы конвенцияның 31-бабы (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Күні
art31-traffic-reference = Шығыс нөмірі / іс нөмірі
art31-traffic-status = Сұрау салудың мәртебесі
    .hint = Қолданылатын әрбір белгіні қойыңыз. Жалғасы белгіленсе, алдыңғы сұрау салу туралы мәліметтерге арналған 9 және 10-бөлімдер ашылады.
art31-traffic-status-new = Жаңа сұрау салу
art31-traffic-status-follow-up-mla = Алдыңғы өзара құқықтық көмек туралы сұрау салудың жалғасы (мәліметтер 9-бөлімде)
art31-traffic-status-follow-up-preservation = Алдыңғы сақтау туралы сұрау салудың жалғасы (мәліметтер 10-бөлімде)
art31-traffic-requested-authority = Сұрау салынатын орган
art31-traffic-requested-authority-country = Сұрау салынатын мемлекет
art31-traffic-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Сұрау салынатын мемлекеттің өзара көмек жөніндегі орталық органы (27-баптың 2-тармағы) немесе ол осындай сұрау салуларды қабылдау үшін тағайындаған орган.
           *[other] Сұрау салынатын мемлекеттің өзара көмек жөніндегі орталық органы немесе ол осындай сұрау салуларды қабылдау үшін тағайындаған орган.
        }
art31-traffic-requesting-authority = Сұрау салушы орган
art31-traffic-requesting-authority-organisation = Ұйым
art31-traffic-requesting-authority-person = Сұрау салуға жауапты адам
art31-traffic-requesting-authority-address = Мекенжайы
art31-traffic-requesting-authority-phone = Телефон нөмірі
art31-traffic-requesting-authority-mobile = Ұялы телефон нөмірі
art31-traffic-requesting-authority-email = Электрондық пошта мекенжайы
art31-traffic-requesting-authority-fax = Факс нөмірі
art31-traffic-requesting-authority-office-hours = Жұмыс уақыты
art31-traffic-requesting-authority-time-zone = Уақыт белдеуі
    .hint = Кеңсеңіздің UTC бойынша ығысу түрінде көрсетілген уақыт белдеуі. Осы сұрау салудағы басқа әрбір уақыт өз уақыт белдеуімен көрсетіледі.
art31-traffic-requesting-authority-response = Жауап беру құралы
art31-traffic-requesting-authority-response-expedited = Жауапты электрондық пошта немесе басқа жедел құрал арқылы берген жөн
art31-traffic-requesting-authority-response-other = Жауапты басқа құрал арқылы берген жөн
art31-traffic-requesting-authority-response-other-detail = Жауапты мына құрал арқылы берген жөн
art31-traffic-additional-contact = Сұрау салушы органнан қосымша растау қажет болса, мына адамға хабарласыңыз
art31-traffic-additional-contact-contacts = Байланысатын адам
art31-traffic-additional-contact-contacts-name = Аты-жөні
art31-traffic-additional-contact-contacts-job-title = Лауазымы
art31-traffic-additional-contact-contacts-function = Атқаратын қызметі
art31-traffic-additional-contact-contacts-phone = Телефон нөмірі
art31-traffic-additional-contact-contacts-mobile = Ұялы телефон нөмірі
art31-traffic-additional-contact-contacts-email = Электрондық пошта мекенжайы
art31-traffic-investigating-authority = Іс бойынша жауапты тергеу / жедел орган (сұрау салушы органнан өзгеше болса)
art31-traffic-investigating-authority-organisation = Ұйым
art31-traffic-investigating-authority-person = Іске жауапты адам
art31-traffic-investigating-authority-address = Мекенжайы
art31-traffic-investigating-authority-phone = Телефон нөмірі
art31-traffic-investigating-authority-mobile = Ұялы телефон нөмірі
art31-traffic-investigating-authority-email = Электрондық пошта мекенжайы
art31-traffic-investigating-authority-fax = Факс нөмірі
art31-traffic-prosecution-court = Жауапты прокуратура немесе сот (бар болса)
art31-traffic-prosecution-court-prosecution = Жауапты прокуратура және іс нөмірі
art31-traffic-prosecution-court-court = Жауапты сот және іс нөмірі
art31-traffic-prosecution-court-decisions = Осы сұрау салуға қатысты прокуратураның немесе соттың шешімдері
    .hint = Әрбір шешім бойынша: органы, күні мен нөмірі және онда не міндеттелгені немесе не рұқсат етілгені. Сұрау салынатын мемлекет талап етсе, көшірмесін қоса беріңіз.
art31-traffic-previous-mla = Алдыңғы өзара құқықтық көмек туралы сұрау салу жөніндегі мәліметтер (бар болса)
art31-traffic-previous-mla-date = Күні
art31-traffic-previous-mla-reference = Тіркеу / шығыс нөмірі
art31-traffic-previous-mla-requesting = Алдыңғы сұрау салуды жіберген органның байланыс деректері
art31-traffic-previous-mla-executing = Алдыңғы сұрау салуға жауап берген (немесе оны орындаған) органның байланыс деректері
art31-traffic-previous-mla-channel = Алдыңғы сұрау салуды жіберу үшін пайдаланылған байланыс тәсілі (электрондық пошта мекенжайы, факс нөмірі және т.б.)
art31-traffic-previous-preservation = Алдыңғы сақтау туралы сұрау салу жөніндегі мәліметтер (бар болса)
art31-traffic-previous-preservation-date = Күні
art31-traffic-previous-preservation-reference = Тіркеу / шығыс нөмірі
art31-traffic-previous-preservation-requesting = Сақтауды сұратқан органның байланыс деректері
art31-traffic-previous-preservation-executing = Сақтау туралы сұрау салуға жауап берген (немесе оны орындаған) органның байланыс деректері
art31-traffic-previous-preservation-channel = Байланыс арнасы
art31-traffic-previous-preservation-channel-network-247 = 24/7 желісінің байланыс пункті
art31-traffic-previous-preservation-channel-provider = Тікелей қызмет көрсетушіге
art31-traffic-previous-preservation-channel-police = Полиция ынтымақтастығы арнасы
art31-traffic-previous-preservation-channel-mla = Өзара көмек жөніндегі орталық орган
art31-traffic-previous-preservation-channel-other = Басқа
art31-traffic-previous-preservation-channel-other-detail = Пайдаланылған арна
art31-traffic-previous-preservation-expiry = Деректер сақталатын соңғы күн
    .hint = Белгілі болса, сұрау салынатын мемлекет немесе қызмет көрсетуші растаған сақтау аяқталатын күн.
art31-traffic-legal-grounds = Сұрау салудың құқықтық негізі
art31-traffic-legal-grounds-domestic = Сұрау салудың ұлттық құқықтық негізі (бар болса)
    .hint = Осы сұрау салу жасалып отырған заңнамаңыздың ережелері, мысалы қылмыстық іс жүргізу кодексінің өзара құқықтық көмек туралы сұрау салулар жөніндегі баптары.
art31-traffic-legal-grounds-instruments = Қолданылатын басқа шарттар немесе келісімдер
art31-traffic-legal-grounds-instruments-ets-30 = Қылмыстық істер бойынша өзара көмек туралы Еуропалық конвенция (ETS № 30) және оның хаттамалары
art31-traffic-legal-grounds-instruments-bilateral = Екіжақты шарт
art31-traffic-legal-grounds-instruments-bilateral-detail = Шарттың атауы мен күні
art31-traffic-legal-grounds-instruments-reciprocity = Өзаралық
art31-traffic-offences = Қылмыс(тар)
art31-traffic-offences-offences = Қылмыс
art31-traffic-offences-offences-name = Қылмыс
art31-traffic-offences-offences-provision = Құқықтық норма
art31-traffic-offences-offences-penalty = Ең жоғары жаза
art31-traffic-offences-damage = Келтірілген залал
    .hint = Залал болса, оның сомасы тиісті валютада.
art31-traffic-offences-damage-below-threshold = Залал 5 000 АҚШ долларының баламасынан аз
    .hint = Сіздің жеке тексеруіңіз, сұрау салуда ешқашан басылмайды. Америка Құрама Штаттары әдетте залалы 5 000 АҚШ долларынан аз істер бойынша сұрау салуларды қабылдамайды; өз валютаңыздағы залалды осы сомамен салыстырыңыз.
art31-traffic-facts = Фактілердің қысқаша баяндалуы
    .hint = Кім не істеді, қашан және қайда, және қылмыс тиісті қызметтің көмегімен қалай жасалды. Әр уақытты уақыт белдеуімен көрсетіңіз.
art31-traffic-identifiers = Сұратылатын деректердің сәйкестендіргіштері мен кезеңі
art31-traffic-identifiers-identifiers = Сұратылатын деректердің сәйкестендіргіштері
    .hint = Деректері сұратылатын әрбір есептік жазба, мекенжай немесе нөмір. IP мекенжайы үшін бастапқы портты және нақты күн мен уақытты уақыт белдеуімен бірге көрсетіңіз: ортақ мекенжайлар жағдайында қызмет көрсетуші оларсыз абонентті анықтай алмайды.
art31-traffic-identifiers-period = Деректер сұратылатын нақты кезең
    .hint = Басы мен соңы уақыт белдеуімен. Тек тергеуге қажетті кезеңді сұратыңыз: ұзақ кезеңдерге (90 күннен астам) арналған сұрау салулар тым кең ретінде жиі қабылданбайды.
art31-traffic-data = Сұратылатын деректер
art31-traffic-data-traffic = Сұратылатын трафик туралы деректер
    .hint = { $basis ->
            [budapest] Алғашқы сегіз белгі Конвенцияның 1-бабының d тармақшасындағы трафик туралы деректердің анықтамасына сәйкес келеді: компьютерлік жүйе байланыс тізбегінің бөлігі ретінде жасаған деректер.
           *[other] Компьютерлік жүйе байланыс тізбегінің бөлігі ретінде жасаған деректер: тек тергеуге қажеттісін белгілеңіз.
        }
art31-traffic-data-traffic-origin = Байланыстың шығу көзі
art31-traffic-data-traffic-destination = Байланыстың баратын жері
art31-traffic-data-traffic-route = Бағыты
art31-traffic-data-traffic-time = Уақыты
art31-traffic-data-traffic-date = Күні
art31-traffic-data-traffic-size = Көлемі
art31-traffic-data-traffic-duration = Ұзақтығы
art31-traffic-data-traffic-service = Негізгі қызметтің түрі
art31-traffic-data-traffic-connection-log = IP қосылымдарының тарихы: IP мекенжайлары, бастапқы порттар, күндері мен уақыттары көрсетілген кірулер мен шығулар
art31-traffic-data-traffic-headers = Электрондық хаттардың тақырыптамалары, мазмұнсыз
art31-traffic-data-traffic-other = Басқа
art31-traffic-data-traffic-other-detail = Сұратылатын басқа трафик туралы деректер
art31-traffic-data-subscriber = Сұратылатын абонент туралы мәліметтер
    .hint = { $basis ->
            [budapest] Трафик туралы деректерге қосымша тек қажеттісін белгілеңіз. Алғашқы алты белгі Конвенцияның 18-бабының 3-тармағындағы абонент туралы мәліметтердің анықтамасына сәйкес келеді.
           *[other] Трафик туралы деректерге қосымша тек қажеттісін белгілеңіз.
        }
art31-traffic-data-subscriber-service = Пайдаланылған байланыс қызметінің түрі, осыған байланысты қабылданған техникалық шаралар және қызмет көрсету кезеңі
art31-traffic-data-subscriber-identity = Абоненттің жеке басы
art31-traffic-data-subscriber-address = Пошталық немесе географиялық мекенжайы
art31-traffic-data-subscriber-access-number = Телефон және басқа қол жеткізу нөмірлері
art31-traffic-data-subscriber-billing = Шот ұсыну мен төлем туралы ақпарат
art31-traffic-data-subscriber-installation = Байланыс жабдығы орнатылған жер
art31-traffic-data-subscriber-email = Есептік жазбаға байланысты электрондық пошта мекенжайлары
art31-traffic-data-subscriber-registration-ip = Тіркелу кезіндегі IP мекенжайы, күні мен уақыты
art31-traffic-data-subscriber-other = Басқа
art31-traffic-data-subscriber-other-detail = Сұратылатын басқа абонент туралы мәліметтер
art31-traffic-preservation = Деректерді сақтау
art31-traffic-preservation-sought = Деректерді сақтау бұрын сұратылды ма?
    .hint = { $basis ->
            [budapest] Деректер Конвенцияның 29-бабына сәйкес 24/7 желісі арқылы немесе тікелей қызмет көрсетушіде сақталды ма. Шығыс нөмірі сұрау салынатын органға және қызмет көрсетушіге сақталған деректерді табуға мүмкіндік береді. Егер бұл сұрау салу 10-бөлімде сипатталған сақтау туралы сұрау салудың жалғасы болса, сол күн мен нөмірді көрсетіңіз.
           *[other] Деректер 24/7 желісі немесе сұрау салынатын мемлекеттің басқа органы арқылы не тікелей қызмет көрсетушіде сақталды ма. Шығыс нөмірі сұрау салынатын органға және қызмет көрсетушіге сақталған деректерді табуға мүмкіндік береді. Егер бұл сұрау салу 10-бөлімде сипатталған сақтау туралы сұрау салудың жалғасы болса, сол күн мен нөмірді көрсетіңіз.
        }
art31-traffic-preservation-sought-yes = Иә
art31-traffic-preservation-sought-no = Жоқ
art31-traffic-preservation-date = Сақтау туралы сұрау салудың күні
art31-traffic-preservation-reference = Сақтау туралы сұрау салудың нөмірі
    .hint = Сұрау салынатын орган немесе қызмет көрсетуші берген нөмір; ондай нөмір берілмесе, өз шығыс нөміріңіз.
art31-traffic-relevance = Деректердің тергеуге қатысы
    .hint = Әрбір сәйкестендіргіштің және сұратылатын деректердің әр түрінің қылмыспен және күдіктімен қалай байланысты екенін және қызмет көрсетушіде бұл деректер бар деп неліктен есептелетінін түсіндіріңіз.
art31-traffic-service-provider = Деректерді ұстап отырған қызмет көрсетуші
art31-traffic-service-provider-name = Қызмет көрсетушінің атауы
    .hint = Қызмет көрсетушінің қызмет көрсету шарттарында немесе құқық қорғау органдарына арналған нұсқаулығында көрсетілген заңды атауы.
art31-traffic-service-provider-address = Мекенжайы немесе орналасқан жері
art31-traffic-urgency = Шұғылдық
art31-traffic-urgency-urgent = Шұғыл орындау сұралады
art31-traffic-urgency-reasons = Шұғылдықтың себептері
    .hint = { $basis ->
            [budapest] Мысалы, күдікті қамауда отыр, іс жүргізу мерзімі өтіп барады немесе деректердің жоғалу немесе өзгеру қаупі ерекше жоғары деп есептеуге негіз бар (31-баптың 3-тармағы).
           *[other] Мысалы, күдікті қамауда отыр, іс жүргізу мерзімі өтіп барады немесе деректердің жоғалу немесе өзгеру қаупі ерекше жоғары деп есептеуге негіз бар.
        }
art31-traffic-urgency-deadline = Деректер қажет болатын мерзім
art31-traffic-confidentiality = Құпиялылық
art31-traffic-confidentiality-confidential = Осы сұрау салудың фактісі мен нысанасының құпиялылығын, оны орындау үшін қажетті шаманы қоспағанда, қамтамасыз етуіңізді сұраймыз
art31-traffic-confidentiality-no-notification = Қызмет көрсетушіден абонентке немесе кез келген үшінші тұлғаға хабарламауды сұраңыз
    .hint = Сұрау салынатын органнан қызмет көрсетушінің тәжірибесі немесе жүйесі пайдаланушыға хабар беріп қоюы мүмкін бе екенін сұраңыз.
art31-traffic-confidentiality-reasons = Құпиялылықтың себептері
    .hint = Мысалы, күдіктінің дәлелдемелерді жою, жасырыну немесе сыбайластарына ескерту қаупі.
art31-traffic-form = Деректердің нысаны және түпнұсқалығын куәландыру
art31-traffic-form-electronic = Оқылатын пішімдегі электрондық көшірме
art31-traffic-form-certified = Куәландырылған көшірме
art31-traffic-form-certificate = Қызмет көрсетушінің іскерлік жазбаларының түпнұсқалығы туралы куәлігі
art31-traffic-form-other = Басқа
art31-traffic-form-other-detail = Басқа талап
