# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Киберкылмыштуулук жөнүндө конвенциянын 31-беренеси (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Күнү
art31-subscriber-reference = Чыгыш номери / иштин номери
art31-subscriber-status = Суроо-талаптын статусу
    .hint = Тиешелүү ар бир кутучаны белгилеңиз. Уландысы белгиленсе, мурунку суроо-талап жөнүндө маалыматтар үчүн 9 жана 10-бөлүмдөр ачылат.
art31-subscriber-status-new = Жаңы суроо-талап
art31-subscriber-status-follow-up-mla = Мурунку өз ара укуктук жардам жөнүндө суроо-талаптын уландысы (маалыматтар 9-бөлүмдө)
art31-subscriber-status-follow-up-preservation = Мурунку сактоо жөнүндө суроо-талаптын уландысы (маалыматтар 10-бөлүмдө)
art31-subscriber-requested-authority = Суроо-талап жөнөтүлгөн орган
art31-subscriber-requested-authority-country = Суроо-талап жөнөтүлгөн мамлекет
art31-subscriber-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Суроо-талап жөнөтүлгөн мамлекеттин өз ара жардам боюнча борбордук органы (27-берененин 2-пункту) же ал мындай суроо-талаптарды кабыл алуу үчүн дайындаган орган.
           *[other] Суроо-талап жөнөтүлгөн мамлекеттин өз ара жардам боюнча борбордук органы же ал мындай суроо-талаптарды кабыл алуу үчүн дайындаган орган.
        }
art31-subscriber-requesting-authority = Суроо-талап жөнөтүүчү орган
art31-subscriber-requesting-authority-organisation = Уюм
art31-subscriber-requesting-authority-person = Суроо-талапка жооптуу адам
art31-subscriber-requesting-authority-address = Дареги
art31-subscriber-requesting-authority-phone = Телефон номери
art31-subscriber-requesting-authority-mobile = Уюлдук телефон номери
art31-subscriber-requesting-authority-email = Электрондук почтанын дареги
art31-subscriber-requesting-authority-fax = Факс номери
art31-subscriber-requesting-authority-office-hours = Иш убактысы
art31-subscriber-requesting-authority-time-zone = Убакыт алкагы
    .hint = Кеңсеңиздин UTC боюнча жылыш түрүндө көрсөтүлгөн убакыт алкагы. Бул суроо-талаптагы башка ар бир убакыт өзүнүн убакыт алкагы менен көрсөтүлөт.
art31-subscriber-requesting-authority-response = Жооп берүү каражаты
art31-subscriber-requesting-authority-response-expedited = Жоопту электрондук почта же башка ыкчам каражат аркылуу берүү артыкчылыктуу
art31-subscriber-requesting-authority-response-other = Жоопту башка каражат аркылуу берүү артыкчылыктуу
art31-subscriber-requesting-authority-response-other-detail = Жоопту төмөнкү каражат аркылуу берүү артыкчылыктуу
art31-subscriber-additional-contact = Суроо-талап жөнөтүүчү органдан кошумча ырастоо керек болсо, төмөнкү адамга кайрылыңыз
art31-subscriber-additional-contact-contacts = Байланышуучу адам
art31-subscriber-additional-contact-contacts-name = Аты-жөнү
art31-subscriber-additional-contact-contacts-job-title = Кызмат орду
art31-subscriber-additional-contact-contacts-function = Аткарган милдети
art31-subscriber-additional-contact-contacts-phone = Телефон номери
art31-subscriber-additional-contact-contacts-mobile = Уюлдук телефон номери
art31-subscriber-additional-contact-contacts-email = Электрондук почтанын дареги
art31-subscriber-investigating-authority = Иш боюнча жооптуу тергөө / ыкчам орган (суроо-талап жөнөтүүчү органдан башка болсо)
art31-subscriber-investigating-authority-organisation = Уюм
art31-subscriber-investigating-authority-person = Ишке жооптуу адам
art31-subscriber-investigating-authority-address = Дареги
art31-subscriber-investigating-authority-phone = Телефон номери
art31-subscriber-investigating-authority-mobile = Уюлдук телефон номери
art31-subscriber-investigating-authority-email = Электрондук почтанын дареги
art31-subscriber-investigating-authority-fax = Факс номери
art31-subscriber-prosecution-court = Жооптуу прокуратура же сот (болсо)
art31-subscriber-prosecution-court-prosecution = Жооптуу прокуратура жана иштин номери
art31-subscriber-prosecution-court-court = Жооптуу сот жана иштин номери
art31-subscriber-prosecution-court-decisions = Бул суроо-талапка тиешелүү прокуратуранын же соттун чечимдери
    .hint = Ар бир чечим боюнча: органы, күнү жана номери, ошондой эле анда эмне милдеттендирилгени же эмнеге уруксат берилгени. Суроо-талап жөнөтүлгөн мамлекет талап кылса, көчүрмөсүн тиркеңиз.
art31-subscriber-previous-mla = Мурунку өз ара укуктук жардам жөнүндө суроо-талап боюнча маалыматтар (болсо)
art31-subscriber-previous-mla-date = Күнү
art31-subscriber-previous-mla-reference = Каттоо / чыгыш номери
art31-subscriber-previous-mla-requesting = Мурунку суроо-талапты жөнөткөн органдын байланыш маалыматтары
art31-subscriber-previous-mla-executing = Мурунку суроо-талапка жооп берген (же аны аткарган) органдын байланыш маалыматтары
art31-subscriber-previous-mla-channel = Мурунку суроо-талапты жөнөтүү үчүн колдонулган байланыш ыкмасы (электрондук почтанын дареги, факс номери ж.б.)
art31-subscriber-previous-preservation = Мурунку сактоо жөнүндө суроо-талап боюнча маалыматтар (болсо)
art31-subscriber-previous-preservation-date = Күнү
art31-subscriber-previous-preservation-reference = Каттоо / чыгыш номери
art31-subscriber-previous-preservation-requesting = Сактоону сураган органдын байланыш маалыматтары
art31-subscriber-previous-preservation-executing = Сактоо жөнүндө суроо-талапка жооп берген (же аны аткарган) органдын байланыш маалыматтары
art31-subscriber-previous-preservation-channel = Байланыш каналы
art31-subscriber-previous-preservation-channel-network-247 = 24/7 тармагынын байланыш пункту
art31-subscriber-previous-preservation-channel-provider = Түздөн-түз кызмат көрсөтүүчүгө
art31-subscriber-previous-preservation-channel-police = Полициялык кызматташтык каналы
art31-subscriber-previous-preservation-channel-mla = Өз ара жардам боюнча борбордук орган
art31-subscriber-previous-preservation-channel-other = Башка
art31-subscriber-previous-preservation-channel-other-detail = Колдонулган канал
art31-subscriber-previous-preservation-expiry = Маалыматтар сактала турган акыркы күн
    .hint = Белгилүү болсо, суроо-талап жөнөтүлгөн мамлекет же кызмат көрсөтүүчү ырастаган сактоо аяктай турган күн.
art31-subscriber-legal-grounds = Суроо-талаптын укуктук негизи
art31-subscriber-legal-grounds-domestic = Суроо-талаптын улуттук укуктук негизи (болсо)
    .hint = Бул суроо-талап жасалып жаткан мыйзамыңыздын ченемдери, мисалы кылмыш-жаза процесстик кодексинин өз ара укуктук жардам жөнүндө суроо-талаптар боюнча беренелери.
art31-subscriber-legal-grounds-instruments = Колдонулуучу башка келишимдер же макулдашуулар
art31-subscriber-legal-grounds-instruments-ets-30 = Кылмыш иштери боюнча өз ара жардам жөнүндө Европа конвенциясы (ETS № 30) жана анын протоколдору
art31-subscriber-legal-grounds-instruments-bilateral = Эки тараптуу келишим
art31-subscriber-legal-grounds-instruments-bilateral-detail = Келишимдин аталышы жана күнү
art31-subscriber-legal-grounds-instruments-reciprocity = Өз ара негиз
art31-subscriber-offences = Кылмыш(тар)
art31-subscriber-offences-offences = Кылмыш
art31-subscriber-offences-offences-name = Кылмыш
art31-subscriber-offences-offences-provision = Укуктук ченем
art31-subscriber-offences-offences-penalty = Жазанын жогорку чеги
art31-subscriber-offences-damage = Келтирилген зыян
    .hint = Зыян болсо, анын суммасы тиешелүү валютада.
art31-subscriber-offences-damage-below-threshold = Зыян 5 000 АКШ долларынын эквивалентинен аз
    .hint = Өзүңүздүн текшерүүңүз, суроо-талапта эч качан басылбайт. Америка Кошмо Штаттары адатта зыяны 5 000 АКШ долларынан аз болгон иштер боюнча суроо-талаптарды аткаруудан баш тартат; өз валютаңыздагы зыянды ушул сумма менен салыштырыңыз.
art31-subscriber-facts = Фактылардын кыскача баяндамасы
    .hint = Ким эмне кылды, качан жана кайда, ошондой эле кылмыш тиешелүү кызматтын жардамы менен кантип жасалды. Ар бир убакытты убакыт алкагы менен көрсөтүңүз.
art31-subscriber-identifiers = Суралып жаткан маалыматтардын идентификаторлору жана мезгили
art31-subscriber-identifiers-identifiers = Суралып жаткан маалыматтардын идентификаторлору
    .hint = Абоненти аныкталышы керек болгон ар бир эсептик жазуу, дарек же номер. IP дарек үчүн булак портун жана так күндү жана убакытты убакыт алкагы менен кошо көрсөтүңүз: жалпы даректер колдонулганда кызмат көрсөтүүчү аларсыз абонентти аныктай албайт.
art31-subscriber-identifiers-period = Маалыматтар суралып жаткан так мезгил
    .hint = Башы жана аягы убакыт алкагы менен. Тергөөгө керектүү мезгилди гана сураңыз: узак мезгилдерге (90 күндөн ашык) арналган суроо-талаптар өтө кеңири деп көп учурда четке кагылат.
art31-subscriber-categories = Суралып жаткан абонент жөнүндө маалымат
    .hint = { $basis ->
            [budapest] Тергөөгө керектүүсүн гана белгилеңиз. Алгачкы алты кутуча Конвенциянын 18-беренесинин 3-пунктундагы абонент жөнүндө маалыматтын аныктамасына ылайык келет.
           *[other] Тергөөгө керектүүсүн гана белгилеңиз.
        }
art31-subscriber-categories-service = Колдонулган байланыш кызматынын түрү, ага байланыштуу көрүлгөн техникалык чаралар жана кызмат көрсөтүүнүн мезгили
art31-subscriber-categories-identity = Абоненттин инсандыгы
art31-subscriber-categories-address = Почталык же географиялык дареги
art31-subscriber-categories-access-number = Телефон жана башка кирүү номерлери
art31-subscriber-categories-billing = Эсеп-дүмүрчөк жана төлөм жөнүндө маалымат
art31-subscriber-categories-installation = Байланыш жабдуусу орнотулган жер
art31-subscriber-categories-email = Эсептик жазууга байланышкан электрондук почта даректери
art31-subscriber-categories-registration-ip = Каттоо учурундагы IP дарек, күнү жана убактысы
art31-subscriber-categories-login-ip-at = Идентификатор менен кошо көрсөтүлгөн күндөгү жана убакыттагы кирүүнүн IP дареги (абонентти аныктоо үчүн)
art31-subscriber-categories-other = Башка
art31-subscriber-categories-other-detail = Суралып жаткан башка маалымат
art31-subscriber-relevance = Маалыматтардын тергөөгө байланышы
    .hint = Ар бир идентификатор кылмыш жана шектүү менен кандайча байланышкандыгын, ошондой эле бул маалыматтар кызмат көрсөтүүчүдө бар деп эмне үчүн эсептелерин түшүндүрүңүз.
art31-subscriber-service-provider = Маалыматтарды кармап турган кызмат көрсөтүүчү
art31-subscriber-service-provider-name = Кызмат көрсөтүүчүнүн аталышы
    .hint = Кызмат көрсөтүүчүнүн кызмат көрсөтүү шарттарында же укук коргоо органдары үчүн колдонмосунда көрсөтүлгөн юридикалык аталышы.
art31-subscriber-service-provider-address = Дареги же жайгашкан жери
art31-subscriber-urgency = Шашылыштык
art31-subscriber-urgency-urgent = Шашылыш аткаруу суралат
art31-subscriber-urgency-reasons = Шашылыштыктын себептери
    .hint = { $basis ->
            [budapest] Мисалы, шектүү камакта отурат, өндүрүштүн мөөнөтү бүтүп баратат, же маалыматтардын жоголуу же өзгөрүү коркунучу өзгөчө жогору деп эсептөөгө негиз бар (31-берененин 3-пункту).
           *[other] Мисалы, шектүү камакта отурат, өндүрүштүн мөөнөтү бүтүп баратат, же маалыматтардын жоголуу же өзгөрүү коркунучу өзгөчө жогору деп эсептөөгө негиз бар.
        }
art31-subscriber-urgency-deadline = Маалыматтар керек болгон мөөнөт
art31-subscriber-confidentiality = Купуялуулук
art31-subscriber-confidentiality-confidential = Бул суроо-талаптын фактысынын жана предметинин купуялуулугун, аны аткаруу үчүн зарыл болгон өлчөмдү кошпогондо, камсыз кылышыңызды суранабыз
art31-subscriber-confidentiality-no-notification = Кызмат көрсөтүүчүдөн абонентке же ар кандай үчүнчү жакка билдирбөөнү сураңыз
    .hint = Суроо-талап жөнөтүлгөн органдан кызмат көрсөтүүчүнүн практикасы же системасы колдонуучуга кабар берип коюшу мүмкүнбү деп сураңыз.
art31-subscriber-confidentiality-reasons = Купуялуулуктун себептери
    .hint = Мисалы, шектүүнүн далилдерди жок кылуу, качып кетүү же шериктерин эскертүү коркунучу.
art31-subscriber-form = Маалыматтардын формасы жана аныктыгын күбөлөндүрүү
art31-subscriber-form-electronic = Окула турган форматтагы электрондук көчүрмө
art31-subscriber-form-certified = Күбөлөндүрүлгөн көчүрмө
art31-subscriber-form-certificate = Кызмат көрсөтүүчүнүн иштиктүү жазууларынын аныктыгы жөнүндө күбөлүгү
art31-subscriber-form-other = Башка
art31-subscriber-form-other-detail = Башка талап
