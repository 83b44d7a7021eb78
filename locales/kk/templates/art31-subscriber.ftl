# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Киберқылмыс туралы конвенцияның 31-бабы (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Күні
art31-subscriber-reference = Шығыс нөмірі / іс нөмірі
art31-subscriber-status = Сұрау салудың мәртебесі
    .hint = Қолданылатын әрбір белгіні қойыңыз. Жалғасы белгіленсе, алдыңғы сұрау салу туралы мәліметтерге арналған 9 және 10-бөлімдер ашылады.
art31-subscriber-status-new = Жаңа сұрау салу
art31-subscriber-status-follow-up-mla = Алдыңғы өзара құқықтық көмек туралы сұрау салудың жалғасы (мәліметтер 9-бөлімде)
art31-subscriber-status-follow-up-preservation = Алдыңғы сақтау туралы сұрау салудың жалғасы (мәліметтер 10-бөлімде)
art31-subscriber-requested-authority = Сұрау салынатын орган
art31-subscriber-requested-authority-country = Сұрау салынатын мемлекет
art31-subscriber-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Сұрау салынатын мемлекеттің өзара көмек жөніндегі орталық органы (27-баптың 2-тармағы) немесе ол осындай сұрау салуларды қабылдау үшін тағайындаған орган.
           *[other] Сұрау салынатын мемлекеттің өзара көмек жөніндегі орталық органы немесе ол осындай сұрау салуларды қабылдау үшін тағайындаған орган.
        }
art31-subscriber-requesting-authority = Сұрау салушы орган
art31-subscriber-requesting-authority-organisation = Ұйым
art31-subscriber-requesting-authority-person = Сұрау салуға жауапты адам
art31-subscriber-requesting-authority-address = Мекенжайы
art31-subscriber-requesting-authority-phone = Телефон нөмірі
art31-subscriber-requesting-authority-mobile = Ұялы телефон нөмірі
art31-subscriber-requesting-authority-email = Электрондық пошта мекенжайы
art31-subscriber-requesting-authority-fax = Факс нөмірі
art31-subscriber-requesting-authority-office-hours = Жұмыс уақыты
art31-subscriber-requesting-authority-time-zone = Уақыт белдеуі
    .hint = Кеңсеңіздің UTC бойынша ығысу түрінде көрсетілген уақыт белдеуі. Осы сұрау салудағы басқа әрбір уақыт өз уақыт белдеуімен көрсетіледі.
art31-subscriber-requesting-authority-response = Жауап беру құралы
art31-subscriber-requesting-authority-response-expedited = Жауапты электрондық пошта немесе басқа жедел құрал арқылы берген жөн
art31-subscriber-requesting-authority-response-other = Жауапты басқа құрал арқылы берген жөн
art31-subscriber-requesting-authority-response-other-detail = Жауапты мына құрал арқылы берген жөн
art31-subscriber-additional-contact = Сұрау салушы органнан қосымша растау қажет болса, мына адамға хабарласыңыз
art31-subscriber-additional-contact-contacts = Байланысатын адам
art31-subscriber-additional-contact-contacts-name = Аты-жөні
art31-subscriber-additional-contact-contacts-job-title = Лауазымы
art31-subscriber-additional-contact-contacts-function = Атқаратын қызметі
art31-subscriber-additional-contact-contacts-phone = Телефон нөмірі
art31-subscriber-additional-contact-contacts-mobile = Ұялы телефон нөмірі
art31-subscriber-additional-contact-contacts-email = Электрондық пошта мекенжайы
art31-subscriber-investigating-authority = Іс бойынша жауапты тергеу / жедел орган (сұрау салушы органнан өзгеше болса)
art31-subscriber-investigating-authority-organisation = Ұйым
art31-subscriber-investigating-authority-person = Іске жауапты адам
art31-subscriber-investigating-authority-address = Мекенжайы
art31-subscriber-investigating-authority-phone = Телефон нөмірі
art31-subscriber-investigating-authority-mobile = Ұялы телефон нөмірі
art31-subscriber-investigating-authority-email = Электрондық пошта мекенжайы
art31-subscriber-investigating-authority-fax = Факс нөмірі
art31-subscriber-prosecution-court = Жауапты прокуратура немесе сот (бар болса)
art31-subscriber-prosecution-court-prosecution = Жауапты прокуратура және іс нөмірі
art31-subscriber-prosecution-court-court = Жауапты сот және іс нөмірі
art31-subscriber-prosecution-court-decisions = Осы сұрау салуға қатысты прокуратураның немесе соттың шешімдері
    .hint = Әрбір шешім бойынша: органы, күні мен нөмірі және онда не міндеттелгені немесе не рұқсат етілгені. Сұрау салынатын мемлекет талап етсе, көшірмесін қоса беріңіз.
art31-subscriber-previous-mla = Алдыңғы өзара құқықтық көмек туралы сұрау салу жөніндегі мәліметтер (бар болса)
art31-subscriber-previous-mla-date = Күні
art31-subscriber-previous-mla-reference = Тіркеу / шығыс нөмірі
art31-subscriber-previous-mla-requesting = Алдыңғы сұрау салуды жіберген органның байланыс деректері
art31-subscriber-previous-mla-executing = Алдыңғы сұрау салуға жауап берген (немесе оны орындаған) органның байланыс деректері
art31-subscriber-previous-mla-channel = Алдыңғы сұрау салуды жіберу үшін пайдаланылған байланыс тәсілі (электрондық пошта мекенжайы, факс нөмірі және т.б.)
art31-subscriber-previous-preservation = Алдыңғы сақтау туралы сұрау салу жөніндегі мәліметтер (бар болса)
art31-subscriber-previous-preservation-date = Күні
art31-subscriber-previous-preservation-reference = Тіркеу / шығыс нөмірі
art31-subscriber-previous-preservation-requesting = Сақтауды сұратқан органның байланыс деректері
art31-subscriber-previous-preservation-executing = Сақтау туралы сұрау салуға жауап берген (немесе оны орындаған) органның байланыс деректері
art31-subscriber-previous-preservation-channel = Байланыс арнасы
art31-subscriber-previous-preservation-channel-network-247 = 24/7 желісінің байланыс пункті
art31-subscriber-previous-preservation-channel-provider = Тікелей қызмет көрсетушіге
art31-subscriber-previous-preservation-channel-police = Полиция ынтымақтастығы арнасы
art31-subscriber-previous-preservation-channel-mla = Өзара көмек жөніндегі орталық орган
art31-subscriber-previous-preservation-channel-other = Басқа
art31-subscriber-previous-preservation-channel-other-detail = Пайдаланылған арна
art31-subscriber-previous-preservation-expiry = Деректер сақталатын соңғы күн
    .hint = Белгілі болса, сұрау салынатын мемлекет немесе қызмет көрсетуші растаған сақтау аяқталатын күн.
art31-subscriber-legal-grounds = Сұрау салудың құқықтық негізі
art31-subscriber-legal-grounds-domestic = Сұрау салудың ұлттық құқықтық негізі (бар болса)
    .hint = Осы сұрау салу жасалып отырған заңнамаңыздың ережелері, мысалы қылмыстық іс жүргізу кодексінің өзара құқықтық көмек туралы сұрау салулар жөніндегі баптары.
art31-subscriber-legal-grounds-instruments = Қолданылатын басқа шарттар немесе келісімдер
art31-subscriber-legal-grounds-instruments-ets-30 = Қылмыстық істер бойынша өзара көмек туралы Еуропалық конвенция (ETS № 30) және оның хаттамалары
art31-subscriber-legal-grounds-instruments-bilateral = Екіжақты шарт
art31-subscriber-legal-grounds-instruments-bilateral-detail = Шарттың атауы мен күні
art31-subscriber-legal-grounds-instruments-reciprocity = Өзаралық
art31-subscriber-offences = Қылмыс(тар)
art31-subscriber-offences-offences = Қылмыс
art31-subscriber-offences-offences-name = Қылмыс
art31-subscriber-offences-offences-provision = Құқықтық норма
art31-subscriber-offences-offences-penalty = Ең жоғары жаза
art31-subscriber-offences-damage = Келтірілген залал
    .hint = Залал болса, оның сомасы тиісті валютада.
art31-subscriber-offences-damage-below-threshold = Залал 5 000 АҚШ долларының баламасынан аз
    .hint = Сіздің жеке тексеруіңіз, сұрау салуда ешқашан басылмайды. Америка Құрама Штаттары әдетте залалы 5 000 АҚШ долларынан аз істер бойынша сұрау салуларды қабылдамайды; өз валютаңыздағы залалды осы сомамен салыстырыңыз.
art31-subscriber-facts = Фактілердің қысқаша баяндалуы
    .hint = Кім не істеді, қашан және қайда, және қылмыс тиісті қызметтің көмегімен қалай жасалды. Әр уақытты уақыт белдеуімен көрсетіңіз.
art31-subscriber-identifiers = Сұратылатын деректердің сәйкестендіргіштері мен кезеңі
art31-subscriber-identifiers-identifiers = Сұратылатын деректердің сәйкестендіргіштері
    .hint = Абоненті анықталуы тиіс әрбір есептік жазба, мекенжай немесе нөмір. IP мекенжайы үшін бастапқы портты және нақты күн мен уақытты уақыт белдеуімен бірге көрсетіңіз: ортақ мекенжайлар жағдайында қызмет көрсетуші оларсыз абонентті анықтай алмайды.
art31-subscriber-identifiers-period = Деректер сұратылатын нақты кезең
    .hint = Басы мен соңы уақыт белдеуімен. Тек тергеуге қажетті кезеңді сұратыңыз: ұзақ кезеңдерге (90 күннен астам) арналған сұрау салулар тым кең ретінде жиі қабылданбайды.
art31-subscriber-categories = Сұратылатын абонент туралы мәліметтер
    .hint = { $basis ->
            [budapest] Тек тергеуге қажеттісін белгілеңіз. Алғашқы алты белгі Конвенцияның 18-бабының 3-тармағындағы абонент туралы мәліметтердің анықтамасына сәйкес келеді.
           *[other] Тек тергеуге қажеттісін белгілеңіз.
        }
art31-subscriber-categories-service = Пайдаланылған байланыс қызметінің түрі, осыған байланысты қабылданған техникалық шаралар және қызмет көрсету кезеңі
art31-subscriber-categories-identity = Абоненттің жеке басы
art31-subscriber-categories-address = Пошталық немесе географиялық мекенжайы
art31-subscriber-categories-access-number = Телефон және басқа қол жеткізу нөмірлері
art31-subscriber-categories-billing = Шот ұсыну мен төлем туралы ақпарат
art31-subscriber-categories-installation = Байланыс жабдығы орнатылған жер
art31-subscriber-categories-email = Есептік жазбаға байланысты электрондық пошта мекенжайлары
art31-subscriber-categories-registration-ip = Тіркелу кезіндегі IP мекенжайы, күні мен уақыты
art31-subscriber-categories-login-ip-at = Сәйкестендіргішпен бірге көрсетілген күн мен уақыттағы кірудің IP мекенжайы (абонентті анықтау үшін)
art31-subscriber-categories-other = Басқа
art31-subscriber-categories-other-detail = Сұратылатын басқа мәліметтер
art31-subscriber-relevance = Деректердің тергеуге қатысы
    .hint = Әрбір сәйкестендіргіштің қылмыспен және күдіктімен қалай байланысты екенін және қызмет көрсетушіде бұл деректер бар деп неліктен есептелетінін түсіндіріңіз.
art31-subscriber-service-provider = Деректерді ұстап отырған қызмет көрсетуші
art31-subscriber-service-provider-name = Қызмет көрсетушінің атауы
    .hint = Қызмет көрсетушінің қызмет көрсету шарттарында немесе құқық қорғау органдарына арналған нұсқаулығында көрсетілген заңды атауы.
art31-subscriber-service-provider-address = Мекенжайы немесе орналасқан жері
art31-subscriber-urgency = Шұғылдық
art31-subscriber-urgency-urgent = Шұғыл орындау сұралады
art31-subscriber-urgency-reasons = Шұғылдықтың себептері
    .hint = { $basis ->
            [budapest] Мысалы, күдікті қамауда отыр, іс жүргізу мерзімі өтіп барады немесе деректердің жоғалу немесе өзгеру қаупі ерекше жоғары деп есептеуге негіз бар (31-баптың 3-тармағы).
           *[other] Мысалы, күдікті қамауда отыр, іс жүргізу мерзімі өтіп барады немесе деректердің жоғалу немесе өзгеру қаупі ерекше жоғары деп есептеуге негіз бар.
        }
art31-subscriber-urgency-deadline = Деректер қажет болатын мерзім
art31-subscriber-confidentiality = Құпиялылық
art31-subscriber-confidentiality-confidential = Осы сұрау салудың фактісі мен нысанасының құпиялылығын, оны орындау үшін қажетті шаманы қоспағанда, қамтамасыз етуіңізді сұраймыз
art31-subscriber-confidentiality-no-notification = Қызмет көрсетушіден абонентке немесе кез келген үшінші тұлғаға хабарламауды сұраңыз
    .hint = Сұрау салынатын органнан қызмет көрсетушінің тәжірибесі немесе жүйесі пайдаланушыға хабар беріп қоюы мүмкін бе екенін сұраңыз.
art31-subscriber-confidentiality-reasons = Құпиялылықтың себептері
    .hint = Мысалы, күдіктінің дәлелдемелерді жою, жасырыну немесе сыбайластарына ескерту қаупі.
art31-subscriber-form = Деректердің нысаны және түпнұсқалығын куәландыру
art31-subscriber-form-electronic = Оқылатын пішімдегі электрондық көшірме
art31-subscriber-form-certified = Куәландырылған көшірме
art31-subscriber-form-certificate = Қызмет көрсетушінің іскерлік жазбаларының түпнұсқалығы туралы куәлігі
art31-subscriber-form-other = Басқа
art31-subscriber-form-other-detail = Басқа талап
