# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] Киберкылмыштуулук жөнүндө конвенциянын 31-беренеси (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Күнү
art31-traffic-reference = Чыгыш номери / иштин номери
art31-traffic-status = Суроо-талаптын статусу
    .hint = Тиешелүү ар бир кутучаны белгилеңиз. Уландысы белгиленсе, мурунку суроо-талап жөнүндө маалыматтар үчүн 9 жана 10-бөлүмдөр ачылат.
art31-traffic-status-new = Жаңы суроо-талап
art31-traffic-status-follow-up-mla = Мурунку өз ара укуктук жардам жөнүндө суроо-талаптын уландысы (маалыматтар 9-бөлүмдө)
art31-traffic-status-follow-up-preservation = Мурунку сактоо жөнүндө суроо-талаптын уландысы (маалыматтар 10-бөлүмдө)
art31-traffic-requested-authority = Суроо-талап жөнөтүлгөн орган
art31-traffic-requested-authority-country = Суроо-талап жөнөтүлгөн мамлекет
art31-traffic-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Суроо-талап жөнөтүлгөн мамлекеттин өз ара жардам боюнча борбордук органы (27-берененин 2-пункту) же ал мындай суроо-талаптарды кабыл алуу үчүн дайындаган орган.
           *[other] Суроо-талап жөнөтүлгөн мамлекеттин өз ара жардам боюнча борбордук органы же ал мындай суроо-талаптарды кабыл алуу үчүн дайындаган орган.
        }
art31-traffic-requesting-authority = Суроо-талап жөнөтүүчү орган
art31-traffic-requesting-authority-organisation = Уюм
art31-traffic-requesting-authority-person = Суроо-талапка жооптуу адам
art31-traffic-requesting-authority-address = Дареги
art31-traffic-requesting-authority-phone = Телефон номери
art31-traffic-requesting-authority-mobile = Уюлдук телефон номери
art31-traffic-requesting-authority-email = Электрондук почтанын дареги
art31-traffic-requesting-authority-fax = Факс номери
art31-traffic-requesting-authority-office-hours = Иш убактысы
art31-traffic-requesting-authority-time-zone = Убакыт алкагы
    .hint = Кеңсеңиздин UTC боюнча жылыш түрүндө көрсөтүлгөн убакыт алкагы. Бул суроо-талаптагы башка ар бир убакыт өзүнүн убакыт алкагы менен көрсөтүлөт.
art31-traffic-requesting-authority-response = Жооп берүү каражаты
art31-traffic-requesting-authority-response-expedited = Жоопту электрондук почта же башка ыкчам каражат аркылуу берүү артыкчылыктуу
art31-traffic-requesting-authority-response-other = Жоопту башка каражат аркылуу берүү артыкчылыктуу
art31-traffic-requesting-authority-response-other-detail = Жоопту төмөнкү каражат аркылуу берүү артыкчылыктуу
art31-traffic-additional-contact = Суроо-талап жөнөтүүчү органдан кошумча ырастоо керек болсо, төмөнкү адамга кайрылыңыз
art31-traffic-additional-contact-contacts = Байланышуучу адам
art31-traffic-additional-contact-contacts-name = Аты-жөнү
art31-traffic-additional-contact-contacts-job-title = Кызмат орду
art31-traffic-additional-contact-contacts-function = Аткарган милдети
art31-traffic-additional-contact-contacts-phone = Телефон номери
art31-traffic-additional-contact-contacts-mobile = Уюлдук телефон номери
art31-traffic-additional-contact-contacts-email = Электрондук почтанын дареги
art31-traffic-investigating-authority = Иш боюнча жооптуу тергөө / ыкчам орган (суроо-талап жөнөтүүчү органдан башка болсо)
art31-traffic-investigating-authority-organisation = Уюм
art31-traffic-investigating-authority-person = Ишке жооптуу адам
art31-traffic-investigating-authority-address = Дареги
art31-traffic-investigating-authority-phone = Телефон номери
art31-traffic-investigating-authority-mobile = Уюлдук телефон номери
art31-traffic-investigating-authority-email = Электрондук почтанын дареги
art31-traffic-investigating-authority-fax = Факс номери
art31-traffic-prosecution-court = Жооптуу прокуратура же сот (болсо)
art31-traffic-prosecution-court-prosecution = Жооптуу прокуратура жана иштин номери
art31-traffic-prosecution-court-court = Жооптуу сот жана иштин номери
art31-traffic-prosecution-court-decisions = Бул суроо-талапка тиешелүү прокуратуранын же соттун чечимдери
    .hint = Ар бир чечим боюнча: органы, күнү жана номери, ошондой эле анда эмне милдеттендирилгени же эмнеге уруксат берилгени. Суроо-талап жөнөтүлгөн мамлекет талап кылса, көчүрмөсүн тиркеңиз.
art31-traffic-previous-mla = Мурунку өз ара укуктук жардам жөнүндө суроо-талап боюнча маалыматтар (болсо)
art31-traffic-previous-mla-date = Күнү
art31-traffic-previous-mla-reference = Каттоо / чыгыш номери
art31-traffic-previous-mla-requesting = Мурунку суроо-талапты жөнөткөн органдын байланыш маалыматтары
art31-traffic-previous-mla-executing = Мурунку суроо-талапка жооп берген (же аны аткарган) органдын байланыш маалыматтары
art31-traffic-previous-mla-channel = Мурунку суроо-талапты жөнөтүү үчүн колдонулган байланыш ыкмасы (электрондук почтанын дареги, факс номери ж.б.)
art31-traffic-previous-preservation = Мурунку сактоо жөнүндө суроо-талап боюнча маалыматтар (болсо)
art31-traffic-previous-preservation-date = Күнү
art31-traffic-previous-preservation-reference = Каттоо / чыгыш номери
art31-traffic-previous-preservation-requesting = Сактоону сураган органдын байланыш маалыматтары
art31-traffic-previous-preservation-executing = Сактоо жөнүндө суроо-талапка жооп берген (же аны аткарган) органдын байланыш маалыматтары
art31-traffic-previous-preservation-channel = Байланыш каналы
art31-traffic-previous-preservation-channel-network-247 = 24/7 тармагынын байланыш пункту
art31-traffic-previous-preservation-channel-provider = Түздөн-түз кызмат көрсөтүүчүгө
art31-traffic-previous-preservation-channel-police = Полициялык кызматташтык каналы
art31-traffic-previous-preservation-channel-mla = Өз ара жардам боюнча борбордук орган
art31-traffic-previous-preservation-channel-other = Башка
art31-traffic-previous-preservation-channel-other-detail = Колдонулган канал
art31-traffic-previous-preservation-expiry = Маалыматтар сактала турган акыркы күн
    .hint = Белгилүү болсо, суроо-талап жөнөтүлгөн мамлекет же кызмат көрсөтүүчү ырастаган сактоо аяктай турган күн.
art31-traffic-legal-grounds = Суроо-талаптын укуктук негизи
art31-traffic-legal-grounds-domestic = Суроо-талаптын улуттук укуктук негизи (болсо)
    .hint = Бул суроо-талап жасалып жаткан мыйзамыңыздын ченемдери, мисалы кылмыш-жаза процесстик кодексинин өз ара укуктук жардам жөнүндө суроо-талаптар боюнча беренелери.
art31-traffic-legal-grounds-instruments = Колдонулуучу башка келишимдер же макулдашуулар
art31-traffic-legal-grounds-instruments-ets-30 = Кылмыш иштери боюнча өз ара жардам жөнүндө Европа конвенциясы (ETS № 30) жана анын протоколдору
art31-traffic-legal-grounds-instruments-bilateral = Эки тараптуу келишим
art31-traffic-legal-grounds-instruments-bilateral-detail = Келишимдин аталышы жана күнү
art31-traffic-legal-grounds-instruments-reciprocity = Өз ара негиз
art31-traffic-offences = Кылмыш(тар)
art31-traffic-offences-offences = Кылмыш
art31-traffic-offences-offences-name = Кылмыш
art31-traffic-offences-offences-provision = Укуктук ченем
art31-traffic-offences-offences-penalty = Жазанын жогорку чеги
art31-traffic-offences-damage = Келтирилген зыян
    .hint = Зыян болсо, анын суммасы тиешелүү валютада.
art31-traffic-offences-damage-below-threshold = Зыян 5 000 АКШ долларынын эквивалентинен аз
    .hint = Өзүңүздүн текшерүүңүз, суроо-талапта эч качан басылбайт. Америка Кошмо Штаттары адатта зыяны 5 000 АКШ долларынан аз болгон иштер боюнча суроо-талаптарды аткаруудан баш тартат; өз валютаңыздагы зыянды ушул сумма менен салыштырыңыз.
art31-traffic-facts = Фактылардын кыскача баяндамасы
    .hint = Ким эмне кылды, качан жана кайда, ошондой эле кылмыш тиешелүү кызматтын жардамы менен кантип жасалды. Ар бир убакытты убакыт алкагы менен көрсөтүңүз.
art31-traffic-identifiers = Суралып жаткан маалыматтардын идентификаторлору жана мезгили
art31-traffic-identifiers-identifiers = Суралып жаткан маалыматтардын идентификаторлору
    .hint = Маалыматтары суралып жаткан ар бир эсептик жазуу, дарек же номер. IP дарек үчүн булак портун жана так күндү жана убакытты убакыт алкагы менен кошо көрсөтүңүз: жалпы даректер колдонулганда кызмат көрсөтүүчү аларсыз абонентти аныктай албайт.
art31-traffic-identifiers-period = Маалыматтар суралып жаткан так мезгил
    .hint = Башы жана аягы убакыт алкагы менен. Тергөөгө керектүү мезгилди гана сураңыз: узак мезгилдерге (90 күндөн ашык) арналган суроо-талаптар өтө кеңири деп көп учурда четке кагылат.
art31-traffic-data = Суралып жаткан маалыматтар
art31-traffic-data-traffic = Суралып жаткан трафик жөнүндө маалыматтар
    .hint = { $basis ->
            [budapest] Алгачкы сегиз кутуча Конвенциянын 1-беренесинин d пунктчасындагы трафик жөнүндө маалыматтардын аныктамасына ылайык келет: компьютердик система байланыш чынжырынын бир бөлүгү катары түзгөн маалыматтар.
           *[other] Компьютердик система байланыш чынжырынын бир бөлүгү катары түзгөн маалыматтар: тергөөгө керектүүсүн гана белгилеңиз.
        }
art31-traffic-data-traffic-origin = Байланыштын булагы
art31-traffic-data-traffic-destination = Байланыштын багыты
art31-traffic-data-traffic-route = Жолу
art31-traffic-data-traffic-time = Убактысы
art31-traffic-data-traffic-date = Күнү
art31-traffic-data-traffic-size = Көлөмү
art31-traffic-data-traffic-duration = Узактыгы
art31-traffic-data-traffic-service = Негизги кызматтын түрү
art31-traffic-data-traffic-connection-log = IP туташуулардын тарыхы: IP даректер, булак порттору, күндөрү жана убактысы көрсөтүлгөн кирүүлөр жана чыгуулар
art31-traffic-data-traffic-headers = Электрондук каттардын баш бөлүгүнүн маалыматы, мазмунусуз
art31-traffic-data-traffic-other = Башка
art31-traffic-data-traffic-other-detail = Суралып жаткан башка трафик жөнүндө маалыматтар
art31-traffic-data-subscriber = Суралып жаткан абонент жөнүндө маалымат
    .hint = { $basis ->
            [budapest] Трафик жөнүндө маалыматтарга кошумча керектүүсүн гана белгилеңиз. Алгачкы алты кутуча Конвенциянын 18-беренесинин 3-пунктундагы абонент жөнүндө маалыматтын аныктамасына ылайык келет.
           *[other] Трафик жөнүндө маалыматтарга кошумча керектүүсүн гана белгилеңиз.
        }
art31-traffic-data-subscriber-service = Колдонулган байланыш кызматынын түрү, ага байланыштуу көрүлгөн техникалык чаралар жана кызмат көрсөтүүнүн мезгили
art31-traffic-data-subscriber-identity = Абоненттин инсандыгы
art31-traffic-data-subscriber-address = Почталык же географиялык дареги
art31-traffic-data-subscriber-access-number = Телефон жана башка кирүү номерлери
art31-traffic-data-subscriber-billing = Эсеп-дүмүрчөк жана төлөм жөнүндө маалымат
art31-traffic-data-subscriber-installation = Байланыш жабдуусу орнотулган жер
art31-traffic-data-subscriber-email = Эсептик жазууга байланышкан электрондук почта даректери
art31-traffic-data-subscriber-registration-ip = Каттоо учурундагы IP дарек, күнү жана убактысы
art31-traffic-data-subscriber-other = Башка
art31-traffic-data-subscriber-other-detail = Суралып жаткан башка абонент жөнүндө маалымат
art31-traffic-preservation = Маалыматтарды сактоо
art31-traffic-preservation-sought = Маалыматтарды сактоо мурда суралганбы?
    .hint = { $basis ->
            [budapest] Маалыматтар Конвенциянын 29-беренесине ылайык 24/7 тармагы аркылуу же түздөн-түз кызмат көрсөтүүчүдө сакталганбы. Чыгыш номери суроо-талап жөнөтүлгөн органга жана кызмат көрсөтүүчүгө сакталган маалыматтарды табууга мүмкүндүк берет. Эгерде бул суроо-талап 10-бөлүмдө сүрөттөлгөн сактоо жөнүндө суроо-талаптын уландысы болсо, ошол эле күндү жана номерди көрсөтүңүз.
           *[other] Маалыматтар 24/7 тармагы, суроо-талап жөнөтүлгөн мамлекеттин башка органы аркылуу же түздөн-түз кызмат көрсөтүүчүдө сакталганбы. Чыгыш номери суроо-талап жөнөтүлгөн органга жана кызмат көрсөтүүчүгө сакталган маалыматтарды табууга мүмкүндүк берет. Эгерде бул суроо-талап 10-бөлүмдө сүрөттөлгөн сактоо жөнүндө суроо-талаптын уландысы болсо, ошол эле күндү жана номерди көрсөтүңүз.
        }
art31-traffic-preservation-sought-yes = Ооба
art31-traffic-preservation-sought-no = Жок
art31-traffic-preservation-date = Сактоо жөнүндө суроо-талаптын күнү
art31-traffic-preservation-reference = Сактоо жөнүндө суроо-талаптын номери
    .hint = Суроо-талап жөнөтүлгөн орган же кызмат көрсөтүүчү берген номер; андай номер берилбесе, өзүңүздүн чыгыш номериңиз.
art31-traffic-relevance = Маалыматтардын тергөөгө байланышы
    .hint = Ар бир идентификатор жана суралып жаткан маалыматтардын ар бир түрү кылмыш жана шектүү менен кандайча байланышкандыгын, ошондой эле бул маалыматтар кызмат көрсөтүүчүдө бар деп эмне үчүн эсептелерин түшүндүрүңүз.
art31-traffic-service-provider = Маалыматтарды кармап турган кызмат көрсөтүүчү
art31-traffic-service-provider-name = Кызмат көрсөтүүчүнүн аталышы
    .hint = Кызмат көрсөтүүчүнүн кызмат көрсөтүү шарттарында же укук коргоо органдары үчүн колдонмосунда көрсөтүлгөн юридикалык аталышы.
art31-traffic-service-provider-address = Дареги же жайгашкан жери
art31-traffic-urgency = Шашылыштык
art31-traffic-urgency-urgent = Шашылыш аткаруу суралат
art31-traffic-urgency-reasons = Шашылыштыктын себептери
    .hint = { $basis ->
            [budapest] Мисалы, шектүү камакта отурат, өндүрүштүн мөөнөтү бүтүп баратат, же маалыматтардын жоголуу же өзгөрүү коркунучу өзгөчө жогору деп эсептөөгө негиз бар (31-берененин 3-пункту).
           *[other] Мисалы, шектүү камакта отурат, өндүрүштүн мөөнөтү бүтүп баратат, же маалыматтардын жоголуу же өзгөрүү коркунучу өзгөчө жогору деп эсептөөгө негиз бар.
        }
art31-traffic-urgency-deadline = Маалыматтар керек болгон мөөнөт
art31-traffic-confidentiality = Купуялуулук
art31-traffic-confidentiality-confidential = Бул суроо-талаптын фактысынын жана предметинин купуялуулугун, аны аткаруу үчүн зарыл болгон өлчөмдү кошпогондо, камсыз кылышыңызды суранабыз
art31-traffic-confidentiality-no-notification = Кызмат көрсөтүүчүдөн абонентке же ар кандай үчүнчү жакка билдирбөөнү сураңыз
    .hint = Суроо-талап жөнөтүлгөн органдан кызмат көрсөтүүчүнүн практикасы же системасы колдонуучуга кабар берип коюшу мүмкүнбү деп сураңыз.
art31-traffic-confidentiality-reasons = Купуялуулуктун себептери
    .hint = Мисалы, шектүүнүн далилдерди жок кылуу, качып кетүү же шериктерин эскертүү коркунучу.
art31-traffic-form = Маалыматтардын формасы жана аныктыгын күбөлөндүрүү
art31-traffic-form-electronic = Окула турган форматтагы электрондук көчүрмө
art31-traffic-form-certified = Күбөлөндүрүлгөн көчүрмө
art31-traffic-form-certificate = Кызмат көрсөтүүчүнүн иштиктүү жазууларынын аныктыгы жөнүндө күбөлүгү
art31-traffic-form-other = Башка
art31-traffic-form-other-detail = Башка талап
