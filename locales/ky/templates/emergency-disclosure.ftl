# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Киберкылмыштуулук жөнүндө конвенцияга Экинчи кошумча протоколдун (CETS № 224) 9-беренеси, 24/7 тармагы аркылуу; Протокол анын Тараптары болгон мамлекеттердин ортосунда гана колдонулат
        [protocol-art10] Киберкылмыштуулук жөнүндө конвенцияга Экинчи кошумча протоколдун (CETS № 224) 10-беренеси; Протокол анын Тараптары болгон мамлекеттердин ортосунда гана колдонулат
        [provider] Өзгөчө кырдаалда маалыматтарды ыктыярдуу түрдө ачып берүү жөнүндө кызмат көрсөтүүчүгө суроо-талап
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Күнү
emergency-disclosure-reference = Чыгыш номери / иштин номери

emergency-disclosure-channel = Канал жана укуктук негиз
emergency-disclosure-channel-basis = Бул суроо-талап үчүн колдонулган канал
    .hint = { $match ->
        [general] Тандалган документте өзгөчө кырдаалдагы суроо-талаптар жөнүндө берене жок: суроо-талап анын суроо-талаптын башында келтирилген шашылыш суроо-талаптар жана өз ара жардам жөнүндө жоболоруна негизделет.
        [user] Келишимдин аталышын жана суроо-талап негизделген беренелерди көрсөтүңүз: алар суроо-талаптын башында басылат.
       *[other] Экинчи кошумча протоколдун 9-беренеси: суроо-талап жөнөтүлгөн мамлекеттеги кызмат көрсөтүүчүдө турган маалыматтар үчүн 24/7 тармагы аркылуу. 10-берене: борбордук же ыйгарым укуктуу орган аркылуу өзгөчө кырдаалдагы өз ара жардам. Протокол ал күчүнө кирген мамлекеттердин ортосунда гана колдонулат: алардын бирин тандаардан мурда анын эки мамлекет үчүн тең күчүнө киргенин текшериңиз. Эки мамлекет үчүн тең милдеттүү болгон башка келишим: суроо-талап анын шашылыш суроо-талаптар жана өз ара жардам жөнүндө жоболоруна негизделет. Өз ара негиздүүлүк: эч кандай келишим колдонулбайт. Кызмат көрсөтүүчүнүн өзгөчө кырдаалдар үчүн каналы: суроо-талап түздөн-түз кызмат көрсөтүүчүгө жөнөтүлөт, ал маалыматтарды ачып берүү-бербөөнү өзү чечет; эч кандай келишимге шилтеме берилбейт.
    }
emergency-disclosure-channel-basis-protocol-art9 = Өзгөчө кырдаалда 24/7 тармагы аркылуу ыкчам ачып берүү (Экинчи кошумча протоколдун 9-беренеси)
emergency-disclosure-channel-basis-protocol-art10 = Өзгөчө кырдаалдагы өз ара жардам (Экинчи кошумча протоколдун 10-беренеси)
emergency-disclosure-channel-basis-provider = Кызмат көрсөтүүчүнүн өзгөчө кырдаалда ачып берүү каналы

emergency-disclosure-addressee = Суроо-талап жөнөтүлгөн мамлекет жана дарек ээси
emergency-disclosure-addressee-country = Суроо-талап жөнөтүлгөн мамлекет
    .hint = Түздөн-түз кызмат көрсөтүүчүгө жөнөтүлгөн суроо-талап үчүн: кызмат көрсөтүүчү түзүлгөн мамлекет.
emergency-disclosure-addressee-name = Дарек ээси: орган же кызмат көрсөтүүчү
    .hint = Бул суроо-талап жөнөтүлгөн 24/7 байланыш пункту, борбордук же ыйгарым укуктуу орган, же кызмат көрсөтүүчү.
emergency-disclosure-addressee-address = Дареги
emergency-disclosure-addressee-portal = Укук коргоо органдарынын суроо-талаптары үчүн портал же веб-форма
emergency-disclosure-addressee-email = Электрондук почта
emergency-disclosure-addressee-provider = Маалыматтарды кармап турган кызмат көрсөтүүчү, эгерде ал дарек ээси болбосо: аталышы жана дареги
    .hint = Протоколдун 9-беренеси боюнча суроо-талап үчүн милдеттүү (9-берененин 3-пунктунун c пунктчасы): суроо-талап жөнөтүлгөн мамлекеттеги маалыматтарды кармап турган кызмат көрсөтүүчүнүн аталышы жана дареги.

emergency-disclosure-requesting-authority = Суроо-талап жөнөтүүчү орган
emergency-disclosure-requesting-authority-authority = Ыйгарым укуктуу орган
emergency-disclosure-requesting-authority-officer = Суроо-талап жөнөтүүчү кызмат адамы
emergency-disclosure-requesting-authority-position = Кызмат орду
emergency-disclosure-requesting-authority-address = Дареги
emergency-disclosure-requesting-authority-phone = Телефон
    .hint = Эл аралык форматта: өзгөчө кырдаал уланган бүт убакыт бою каалаган саатта жооп берилген номер.
emergency-disclosure-requesting-authority-mobile = Уюлдук телефон
emergency-disclosure-requesting-authority-email = Электрондук почта
    .hint = Органыңыздын расмий дареги: кызмат көрсөтүүчүлөр жеке даректерден келген суроо-талаптарга жооп бербеши мүмкүн.
emergency-disclosure-requesting-authority-time-zone = Убакыт алкагы
    .hint = Кеңсеңиздин UTC боюнча жылыш түрүндө көрсөтүлгөн убакыт алкагы. Башкача көрсөтүлбөсө, бул суроо-талаптагы бардык убакыт ушул алкак боюнча окулат.
emergency-disclosure-requesting-authority-reachable = Өзгөчө кырдаал уланып жатканда суроо-талап жөнөтүүчү кызмат адамы менен каалаган саатта жогорудагы телефон номерлери аркылуу байланышууга болот
    .hint = Шашылыш суроо-талап каалаган саатта жооп берген адамды талап кылат. Эгерде сиз муну кыла албасаңыз, жогоруда 24/7 байланыш пунктунун номерин көрсөтүңүз.

emergency-disclosure-authoriser = Жетекчи же уруксат берген кызмат адамы
emergency-disclosure-authoriser-name = Аты-жөнү
    .hint = Бул шашылыш суроо-талапка уруксат берген жана аны суроо-талап жөнөтүлгөн мамлекетке же кызмат көрсөтүүчүгө ырастай алган кызмат адамы.
emergency-disclosure-authoriser-position = Кызмат орду
emergency-disclosure-authoriser-phone = Телефон
emergency-disclosure-authoriser-email = Электрондук почта

emergency-disclosure-offences = Кылмыш(тар)
emergency-disclosure-offences-offence = Тергелип жаткан кылмыштар
    .hint = Ар бир кылмышка бир сап, анын укуктук ченеми жана жазанын жогорку чеги менен.
emergency-disclosure-offences-offence-description = Кылмыш
emergency-disclosure-offences-offence-provision = Укуктук ченем
emergency-disclosure-offences-offence-penalty = Жазанын жогорку чеги
emergency-disclosure-mla = Улуттук укуктук негиз жана суралып жаткан өз ара жардам
emergency-disclosure-mla-domestic-legal-basis = Улуттук укуктук негиз
    .hint = Иш тергелип жаткан жана бул суроо-талап жасалып жаткан улуттук мыйзамыңыздын ченемдери. Өзгөчө кырдаалдагы өз ара жардам үчүн милдеттүү (Протоколдун 10-беренеси); бардык жолдор үчүн сунушталат, анткени мунусуз суроо-талаптар көп учурда четке кагылат.
emergency-disclosure-mla-prosecution = Жооптуу прокуратура же сот жана иштин номери
    .hint = Өзгөчө кырдаалдагы өз ара жардам үчүн: ишти жүргүзгөн сот органы, эгерде ал болсо.
emergency-disclosure-mla-assistance = Суралып жаткан жардам
    .hint = Өзгөчө кырдаалдагы өз ара жардам үчүн: суроо-талап жөнөтүлгөн мамлекеттен эмне кылуу суралат, мисалы кызмат көрсөтүүчүгө 9-бөлүмдө сүрөттөлгөн маалыматтарды ачып берүүнү жана аларды суроо-талап жөнөтүүчү органга өткөрүп берүүнү милдеттендирүү.
emergency-disclosure-mla-procedure = Аткаруу учурунда карманылууга тийиш болгон жол-жоболор
    .hint = Өзгөчө кырдаалдагы өз ара жардам үчүн, мыйзамыңыз талап кылса: мисалы жазуулардын аныктыгы жөнүндө күбөлүк же маалыматтар далил катары жарактуу болушу үчүн аларды алуунун формасы.

emergency-disclosure-emergency = Өзгөчө кырдаал
emergency-disclosure-emergency-risk = Коркунучтун түрү
emergency-disclosure-emergency-risk-kidnapping = Адам уурдоо же барымтага алуу
emergency-disclosure-emergency-risk-threat-to-kill = Өлтүрүү менен коркутуу
emergency-disclosure-emergency-risk-suicide = Өз өмүрүнө кол салуу коркунучу
emergency-disclosure-emergency-risk-child = Баланын өмүрүнө же коопсуздугуна коркунуч
emergency-disclosure-emergency-risk-terrorism = Террордук коркунуч
emergency-disclosure-emergency-risk-bomb = Жардыруу коркунучу
emergency-disclosure-emergency-risk-other = Өмүргө же коопсуздукка башка коркунуч
emergency-disclosure-emergency-risk-other-detail = Коркунучтун түрү
emergency-disclosure-emergency-facts = Жеке адамдын өмүрүнө же коопсуздугуна олуттуу жана түздөн-түз коркунуч бар экенин көрсөткөн фактылар
    .hint = { $basis ->
            [protocol2] Коркунучта ким турганын (аты-жөнү же сүрөттөлүшү), коркунуч эмнеде экенин, ал эмне үчүн каалаган учурда ишке ашышы мүмкүн экенин, ошондой эле маалымат кайдан жана качан алынганын (убакыт алкагы менен) көрсөтүңүз. Жөн гана мүмкүн болгон же түздөн-түз эмес коркунуч Протоколдун маанисиндеги өзгөчө кырдаал болуп саналбайт.
           *[other] Коркунучта ким турганын (аты-жөнү же сүрөттөлүшү), коркунуч эмнеде экенин, ал эмне үчүн каалаган учурда ишке ашышы мүмкүн экенин, ошондой эле маалымат кайдан жана качан алынганын (убакыт алкагы менен) көрсөтүңүз. Жөн гана мүмкүн болгон же түздөн-түз эмес коркунуч өзгөчө кырдаал болуп саналбайт.
        }
emergency-disclosure-emergency-relation = Суралып жаткан маалыматтардын өзгөчө кырдаалга байланышы
    .hint = Маалыматтар коркунучтун алдын алууга кандайча жардам берерин, мисалы коркунучта турган адамдын жайгашкан жерин аныктоо же коркуткан адамды аныктоо аркылуу, ошондой эле алар бул кызмат көрсөтүүчүдө бар деп эмне үчүн эсептелерин көрсөтүңүз.
emergency-disclosure-emergency-urgency = Маалыматтарды сактоо жана өз ара укуктук жардам аркылуу эмне үчүн өз убагында алуу мүмкүн эмес
    .hint = Зыян канчалык тез келиши мүмкүн экенин жана эмне үчүн сактоо жөнүндө суроо-талап жана андан кийинки өз ара укуктук жардам жөнүндө суроо-талап, же берүү жөнүндө буйрук маалыматтарды өз убагында ала албай турганын көрсөтүңүз.
emergency-disclosure-emergency-needed-by = Маалыматтар керек болгон мөөнөт
    .hint = Маалыматтар дагы эле жардам бере ала турган эң акыркы убакыт, убакыт алкагы менен. Маалыматтар дароо керек болсо, бош калтырыңыз.

emergency-disclosure-data = Суралып жаткан маалыматтар
emergency-disclosure-data-identifiers = Суралып жаткан маалыматтардын идентификаторлору
    .hint = Ар бир эсептик жазуу, дарек же номер кызматта көрсөтүлгөндөй так. IP дарек үчүн булак портун жана так күндү жана убакытты убакыт алкагы менен кошо көрсөтүңүз: даректер жалпы колдонулганда кызмат көрсөтүүчү аларсыз колдонуучуну аныктай албайт.
emergency-disclosure-data-period = Суралып жаткан маалыматтардын мезгили
    .hint = Өзгөчө кырдаал мүмкүндүк бергендей тар, ар бир чети убакыт алкагы менен: өзгөчө кырдаал бир нече күндөн ашык мезгилди сейрек негиздейт (7 күндөн ашык мезгил белгиленет).
emergency-disclosure-data-categories = Суралып жаткан маалыматтардын категориялары
    .hint = Өзгөчө кырдаал талап кылган маалыматтарды гана сураңыз. Айрым мамлекеттердеги, мисалы Америка Кошмо Штаттарындагы, кызмат көрсөтүүчүлөр чет өлкөлүк органдарга түздөн-түз мазмун жөнүндө маалыматтардан башка маалыматтарды гана ачып бере алышат.
emergency-disclosure-data-categories-subscriber = Абонент жөнүндө маалымат
emergency-disclosure-data-categories-traffic = Трафик жөнүндө маалыматтар
emergency-disclosure-data-categories-content = Мазмун жөнүндө маалыматтар
emergency-disclosure-data-categories-location = Жайгашкан жер жөнүндө маалыматтар
emergency-disclosure-data-categories-other = Башка маалыматтар
emergency-disclosure-data-categories-other-detail = Суралып жаткан башка маалыматтар

emergency-disclosure-instructions = Атайын процесстик көрсөтмөлөр
emergency-disclosure-instructions-confidentiality = Купуялуулук: колдонуучуга же ар кандай үчүнчү жакка бул суроо-талап жөнүндө билдирбеңиз
    .hint = Кээ бир кызмат көрсөтүүчүлөр, алардан билдирбөө суралбаса, колдонуучуларына суроо-талаптар жөнүндө билдиришет. Колдонуучу суроо-талап жөнүндө билип калса, коркунучта турган адам жабыр тартышы мүмкүн.
emergency-disclosure-instructions-format = Маалыматтардын артыкчылыктуу форматы
emergency-disclosure-instructions-format-electronic = Электрондук жана машина окуй турган (мисалы электрондук таблица же CSV файл)
emergency-disclosure-instructions-format-document = Электрондук документ (PDF)
emergency-disclosure-instructions-format-usual = Кызмат көрсөтүүчү адатта колдонгон формат
emergency-disclosure-instructions-format-other = Башка формат
emergency-disclosure-instructions-format-other-detail = Формат
emergency-disclosure-instructions-other = Маалыматтарды алууга жардам бериши мүмкүн болгон башка көрсөтмөлөр же маалымат

emergency-disclosure-follow-up = Кийинки укуктук жол-жобо
emergency-disclosure-follow-up-process = Бул суроо-талаптан кийинки укуктук жол-жобо
    .hint = Өзгөчө кырдаалда ачылып берилген маалыматтар далил катары колдонулушу үчүн расмий укуктук жол-жобо аркылуу кайра суралабы.
emergency-disclosure-follow-up-process-mla = Өз ара укуктук жардам жөнүндө суроо-талап
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Экинчи кошумча протоколдун 7-беренесине ылайык кызмат көрсөтүүчүгө берүү жөнүндө буйрук
       *[other] Кызмат көрсөтүүчүгө берүү жөнүндө буйрук
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Сакталып турган компьютердик маалыматтарды ыкчам сактоо жөнүндө суроо-талап (Конвенциянын 29-беренеси)
        [protocol2] Сакталып турган компьютердик маалыматтарды ыкчам сактоо жөнүндө суроо-талап (Конвенциянын 29-беренеси)
       *[other] Сакталып турган компьютердик маалыматтарды ыкчам сактоо жөнүндө суроо-талап
    }
emergency-disclosure-follow-up-process-none = Кийинки укуктук жол-жобо каралбайт
emergency-disclosure-follow-up-process-other = Башка укуктук жол-жобо
emergency-disclosure-follow-up-process-other-detail = Укуктук жол-жобо
emergency-disclosure-follow-up-expected-date = Жөнөтүүнүн күтүлгөн күнү
    .hint = Кийинки укуктук жол-жобо каралбаса, бош калтырыңыз.
emergency-disclosure-follow-up-details = Кийинки жол-жобо жөнүндө маалымат же ал эмне үчүн каралбай турганы
