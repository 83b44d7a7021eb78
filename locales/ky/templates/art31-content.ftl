# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] Киберкылмыштуулук жөнүндө конвенциянын 31-беренеси (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Күнү
art31-content-reference = Чыгыш номери / иштин номери
art31-content-status = Суроо-талаптын статусу
    .hint = Тиешелүү ар бир кутучаны белгилеңиз. Уландысы белгиленсе, мурунку суроо-талап жөнүндө маалыматтар үчүн 9 жана 10-бөлүмдөр ачылат.
art31-content-status-new = Жаңы суроо-талап
art31-content-status-follow-up-mla = Мурунку өз ара укуктук жардам жөнүндө суроо-талаптын уландысы (маалыматтар 9-бөлүмдө)
art31-content-status-follow-up-preservation = Мурунку сактоо жөнүндө суроо-талаптын уландысы (маалыматтар 10-бөлүмдө)
art31-content-requested-authority = Суроо-талап жөнөтүлгөн орган
art31-content-requested-authority-country = Суроо-талап жөнөтүлгөн мамлекет
art31-content-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Суроо-талап жөнөтүлгөн мамлекеттин өз ара жардам боюнча борбордук органы (27-берененин 2-пункту) же ал мындай суроо-талаптарды кабыл алуу үчүн дайындаган орган.
           *[other] Суроо-талап жөнөтүлгөн мамлекеттин өз ара жардам боюнча борбордук органы же ал мындай суроо-талаптарды кабыл алуу үчүн дайындаган орган.
        }
art31-content-requesting-authority = Суроо-талап жөнөтүүчү орган
art31-content-requesting-authority-organisation = Уюм
art31-content-requesting-authority-person = Суроо-талапка жооптуу адам
art31-content-requesting-authority-address = Дареги
art31-content-requesting-authority-phone = Телефон номери
art31-content-requesting-authority-mobile = Уюлдук телефон номери
art31-content-requesting-authority-email = Электрондук почтанын дареги
art31-content-requesting-authority-fax = Факс номери
art31-content-requesting-authority-office-hours = Иш убактысы
art31-content-requesting-authority-time-zone = Убакыт алкагы
    .hint = Кеңсеңиздин UTC боюнча жылыш түрүндө көрсөтүлгөн убакыт алкагы. Бул суроо-талаптагы башка ар бир убакыт өзүнүн убакыт алкагы менен көрсөтүлөт.
art31-content-requesting-authority-response = Жооп берүү каражаты
art31-content-requesting-authority-response-expedited = Жоопту электрондук почта же башка ыкчам каражат аркылуу берүү артыкчылыктуу
art31-content-requesting-authority-response-other = Жоопту башка каражат аркылуу берүү артыкчылыктуу
art31-content-requesting-authority-response-other-detail = Жоопту төмөнкү каражат аркылуу берүү артыкчылыктуу
art31-content-additional-contact = Суроо-талап жөнөтүүчү органдан кошумча ырастоо керек болсо, төмөнкү адамга кайрылыңыз
art31-content-additional-contact-contacts = Байланышуучу адам
art31-content-additional-contact-contacts-name = Аты-жөнү
art31-content-additional-contact-contacts-job-title = Кызмат орду
art31-content-additional-contact-contacts-function = Аткарган милдети
art31-content-additional-contact-contacts-phone = Телефон номери
art31-content-additional-contact-contacts-mobile = Уюлдук телефон номери
art31-content-additional-contact-contacts-email = Электрондук почтанын дареги
art31-content-investigating-authority = Иш боюнча жооптуу тергөө / ыкчам орган (суроо-талап жөнөтүүчү органдан башка болсо)
art31-content-investigating-authority-organisation = Уюм
art31-content-investigating-authority-person = Ишке жооптуу адам
art31-content-investigating-authority-address = Дареги
art31-content-investigating-authority-phone = Телефон номери
art31-content-investigating-authority-mobile = Уюлдук телефон номери
art31-content-investigating-authority-email = Электрондук почтанын дареги
art31-content-investigating-authority-fax = Факс номери
art31-content-prosecution-court = Жооптуу прокуратура же сот (болсо)
art31-content-prosecution-court-prosecution = Жооптуу прокуратура жана иштин номери
art31-content-prosecution-court-court = Жооптуу сот жана иштин номери
art31-content-prosecution-court-decisions = Бул суроо-талапка тиешелүү прокуратуранын же соттун чечимдери
    .hint = Ар бир чечим боюнча: органы, күнү жана номери, ошондой эле анда эмне милдеттендирилгени же эмнеге уруксат берилгени. Суроо-талап жөнөтүлгөн мамлекет талап кылса, көчүрмөсүн тиркеңиз.
art31-content-previous-mla = Мурунку өз ара укуктук жардам жөнүндө суроо-талап боюнча маалыматтар (болсо)
art31-content-previous-mla-date = Күнү
art31-content-previous-mla-reference = Каттоо / чыгыш номери
art31-content-previous-mla-requesting = Мурунку суроо-талапты жөнөткөн органдын байланыш маалыматтары
art31-content-previous-mla-executing = Мурунку суроо-талапка жооп берген (же аны аткарган) органдын байланыш маалыматтары
art31-content-previous-mla-channel = Мурунку суроо-талапты жөнөтүү үчүн колдонулган байланыш ыкмасы (электрондук почтанын дареги, факс номери ж.б.)
art31-content-previous-preservation = Мурунку сактоо жөнүндө суроо-талап боюнча маалыматтар (болсо)
art31-content-previous-preservation-date = Күнү
art31-content-previous-preservation-reference = Каттоо / чыгыш номери
art31-content-previous-preservation-requesting = Сактоону сураган органдын байланыш маалыматтары
art31-content-previous-preservation-executing = Сактоо жөнүндө суроо-талапка жооп берген (же аны аткарган) органдын байланыш маалыматтары
art31-content-previous-preservation-channel = Байланыш каналы
art31-content-previous-preservation-channel-network-247 = 24/7 тармагынын байланыш пункту
art31-content-previous-preservation-channel-provider = Түздөн-түз кызмат көрсөтүүчүгө
art31-content-previous-preservation-channel-police = Полициялык кызматташтык каналы
art31-content-previous-preservation-channel-mla = Өз ара жардам боюнча борбордук орган
art31-content-previous-preservation-channel-other = Башка
art31-content-previous-preservation-channel-other-detail = Колдонулган канал
art31-content-previous-preservation-expiry = Маалыматтар сактала турган акыркы күн
    .hint = Белгилүү болсо, суроо-талап жөнөтүлгөн мамлекет же кызмат көрсөтүүчү ырастаган сактоо аяктай турган күн.
art31-content-legal-grounds = Суроо-талаптын укуктук негизи
art31-content-legal-grounds-domestic = Суроо-талаптын улуттук укуктук негизи (болсо)
    .hint = Бул суроо-талап жасалып жаткан мыйзамыңыздын ченемдери, мисалы кылмыш-жаза процесстик кодексинин өз ара укуктук жардам жөнүндө суроо-талаптар боюнча беренелери.
art31-content-legal-grounds-instruments = Колдонулуучу башка келишимдер же макулдашуулар
art31-content-legal-grounds-instruments-ets-30 = Кылмыш иштери боюнча өз ара жардам жөнүндө Европа конвенциясы (ETS № 30) жана анын протоколдору
art31-content-legal-grounds-instruments-bilateral = Эки тараптуу келишим
art31-content-legal-grounds-instruments-bilateral-detail = Келишимдин аталышы жана күнү
art31-content-legal-grounds-instruments-reciprocity = Өз ара негиз
art31-content-offences = Кылмыш(тар)
art31-content-offences-offences = Кылмыш
art31-content-offences-offences-name = Кылмыш
art31-content-offences-offences-provision = Укуктук ченем
art31-content-offences-offences-penalty = Жазанын жогорку чеги
art31-content-offences-damage = Келтирилген зыян
    .hint = Зыян болсо, анын суммасы тиешелүү валютада.
art31-content-offences-damage-below-threshold = Зыян 5 000 АКШ долларынын эквивалентинен аз
    .hint = Өзүңүздүн текшерүүңүз, суроо-талапта эч качан басылбайт. Америка Кошмо Штаттары адатта зыяны 5 000 АКШ долларынан аз болгон иштер боюнча суроо-талаптарды аткаруудан баш тартат; өз валютаңыздагы зыянды ушул сумма менен салыштырыңыз.
art31-content-facts = Фактылардын кыскача баяндамасы
    .hint = Ким эмне кылды, качан жана кайда, ошондой эле кылмыш тиешелүү кызматтын жардамы менен кантип жасалды. Ар бир убакытты убакыт алкагы менен көрсөтүңүз.
art31-content-identifiers = Суралып жаткан маалыматтардын идентификаторлору жана мезгили
art31-content-identifiers-identifiers = Суралып жаткан маалыматтардын идентификаторлору
    .hint = Маалыматтары суралып жаткан ар бир эсептик жазуу, дарек же номер. IP дарек үчүн булак портун жана так күндү жана убакытты убакыт алкагы менен кошо көрсөтүңүз: жалпы даректер колдонулганда кызмат көрсөтүүчү аларсыз абонентти аныктай албайт.
art31-content-identifiers-period = Маалыматтар суралып жаткан так мезгил
    .hint = Башы жана аягы убакыт алкагы менен. Тергөөгө керектүү мезгилди гана сураңыз: узак мезгилдерге (90 күндөн ашык) арналган суроо-талаптар өтө кеңири деп көп учурда четке кагылат.
art31-content-data = Суралып жаткан маалыматтар
art31-content-data-content = Суралып жаткан мазмун жөнүндө маалыматтар
    .hint = Фактылар негиздеген мазмунду гана атаңыз; суроо-талап жөнөтүлгөн мамлекетке ал үчүн соттун чечими керек болушу мүмкүн.
art31-content-data-content-messages = Сакталып турган билдирүүлөр, анын ичинде чаттагы жана жеке билдирүүлөр
art31-content-data-content-emails = Тиркемелери менен сакталып турган электрондук каттар
art31-content-data-content-files = Сакталып турган файлдар жана документтер, анын ичинде булуттагы сактагычтагылар
art31-content-data-content-media = Сүрөттөр жана видеолор
art31-content-data-content-posts = Жарыялоолор, комментарийлер жана башка жарыяланган мазмун
art31-content-data-content-location = Жайгашкан жер жөнүндө сакталып турган маалымат
art31-content-data-content-contacts = Байланыштардын тизмелери жана дарек китепчелери
art31-content-data-content-other = Башка
art31-content-data-content-other-detail = Суралып жаткан башка мазмун жөнүндө маалыматтар
art31-content-data-traffic = Суралып жаткан трафик жөнүндө маалыматтар
    .hint = { $basis ->
            [budapest] Мазмунга кошумча керектүүсүн гана белгилеңиз. Алгачкы сегиз кутуча Конвенциянын 1-беренесинин d пунктчасындагы трафик жөнүндө маалыматтардын аныктамасына ылайык келет: компьютердик система байланыш чынжырынын бир бөлүгү катары түзгөн маалыматтар.
           *[other] Мазмунга кошумча керектүүсүн гана белгилеңиз. Трафик жөнүндө маалыматтар — компьютердик система байланыш чынжырынын бир бөлүгү катары түзгөн маалыматтар.
        }
art31-content-data-traffic-origin = Байланыштын булагы
art31-content-data-traffic-destination = Байланыштын багыты
art31-content-data-traffic-route = Жолу
art31-content-data-traffic-time = Убактысы
art31-content-data-traffic-date = Күнү
art31-content-data-traffic-size = Көлөмү
art31-content-data-traffic-duration = Узактыгы
art31-content-data-traffic-service = Негизги кызматтын түрү
art31-content-data-traffic-connection-log = IP туташуулардын тарыхы: IP даректер, булак порттору, күндөрү жана убактысы көрсөтүлгөн кирүүлөр жана чыгуулар
art31-content-data-traffic-headers = Электрондук каттардын баш бөлүгүнүн маалыматы, мазмунусуз
art31-content-data-traffic-other = Башка
art31-content-data-traffic-other-detail = Суралып жаткан башка трафик жөнүндө маалыматтар
art31-content-data-subscriber = Суралып жаткан абонент жөнүндө маалымат
    .hint = { $basis ->
            [budapest] Мазмунга кошумча керектүүсүн гана белгилеңиз. Алгачкы алты кутуча Конвенциянын 18-беренесинин 3-пунктундагы абонент жөнүндө маалыматтын аныктамасына ылайык келет.
           *[other] Мазмунга кошумча керектүүсүн гана белгилеңиз.
        }
art31-content-data-subscriber-service = Колдонулган байланыш кызматынын түрү, ага байланыштуу көрүлгөн техникалык чаралар жана кызмат көрсөтүүнүн мезгили
art31-content-data-subscriber-identity = Абоненттин инсандыгы
art31-content-data-subscriber-address = Почталык же географиялык дареги
art31-content-data-subscriber-access-number = Телефон жана башка кирүү номерлери
art31-content-data-subscriber-billing = Эсеп-дүмүрчөк жана төлөм жөнүндө маалымат
art31-content-data-subscriber-installation = Байланыш жабдуусу орнотулган жер
art31-content-data-subscriber-email = Эсептик жазууга байланышкан электрондук почта даректери
art31-content-data-subscriber-registration-ip = Каттоо учурундагы IP дарек, күнү жана убактысы
art31-content-data-subscriber-other = Башка
art31-content-data-subscriber-other-detail = Суралып жаткан башка абонент жөнүндө маалымат
art31-content-measures = Суралып жаткан чаралар
    .hint = { $basis ->
            [budapest] 31-берененин 1-пункту: суроо-талап жөнөтүлгөн Тарап өз аймагында сакталып турган маалыматтарды, анын ичинде 29-беренеге ылайык сакталган маалыматтарды тинтип же аларга ушуга окшош жол менен жетип, алып коюп же ушуга окшош жол менен камсыздап, ачып бере алат.
           *[other] Суроо-талап жөнөтүлгөн мамлекеттен өз аймагында сакталып турган маалыматтар, анын ичинде мурда сакталган маалыматтар менен эмне кылуу суралат: аларды тинтүү же аларга ушуга окшош жол менен жетүү, аларды алып коюу же ушуга окшош жол менен камсыздоо жана аларды ачып берүү.
        }
art31-content-measures-search = Тинтүү же ушуга окшош жол менен жетүү
art31-content-measures-seizure = Алып коюу же ушуга окшош жол менен камсыздоо
art31-content-measures-disclosure = Ачып берүү
art31-content-preservation = Маалыматтарды сактоо
art31-content-preservation-sought = Маалыматтарды сактоо мурда суралганбы?
    .hint = { $basis ->
            [budapest] Маалыматтар Конвенциянын 29-беренесине ылайык 24/7 тармагы аркылуу же түздөн-түз кызмат көрсөтүүчүдө сакталганбы. Чыгыш номери суроо-талап жөнөтүлгөн органга жана кызмат көрсөтүүчүгө сакталган маалыматтарды табууга мүмкүндүк берет. Эгерде бул суроо-талап 10-бөлүмдө сүрөттөлгөн сактоо жөнүндө суроо-талаптын уландысы болсо, ошол эле күндү жана номерди көрсөтүңүз.
           *[other] Маалыматтар 24/7 тармагы, суроо-талап жөнөтүлгөн мамлекеттин башка органы аркылуу же түздөн-түз кызмат көрсөтүүчүдө сакталганбы. Чыгыш номери суроо-талап жөнөтүлгөн органга жана кызмат көрсөтүүчүгө сакталган маалыматтарды табууга мүмкүндүк берет. Эгерде бул суроо-талап 10-бөлүмдө сүрөттөлгөн сактоо жөнүндө суроо-талаптын уландысы болсо, ошол эле күндү жана номерди көрсөтүңүз.
        }
art31-content-preservation-sought-yes = Ооба
art31-content-preservation-sought-no = Жок
art31-content-preservation-date = Сактоо жөнүндө суроо-талаптын күнү
art31-content-preservation-reference = Сактоо жөнүндө суроо-талаптын номери
    .hint = Суроо-талап жөнөтүлгөн орган же кызмат көрсөтүүчү берген номер; андай номер берилбесе, өзүңүздүн чыгыш номериңиз.
art31-content-relevance = Маалыматтардын тергөөгө байланышы
    .hint = Ар бир идентификатор жана суралып жаткан маалыматтардын ар бир түрү кылмыш жана шектүү менен кандайча байланышкандыгын, ошондой эле бул маалыматтар кызмат көрсөтүүчүдө бар деп эмне үчүн эсептелерин түшүндүрүңүз.
art31-content-grounds = Мазмун жөнүндө маалыматтарды тинтүүнүн же берүүнү талап кылуунун фактылык негиздери
    .hint = Суроо-талап жөнөтүлгөн мамлекеттин мажбурлоо чараларына коюлган талаптарына жооп берген конкреттүү фактылар, мисалы Америка Кошмо Штаттарындагы «probable cause» (негиздүү божомол): эсептик жазуу кылмышка байланыштуу колдонулганын жана анын далилдери суралып жаткан мазмундан табылышы ыктымал экенин көрсөткөн фактылар, ошондой эле бул фактылар качан болгону. Тыянактар же шектенүүлөр гана жетишсиз.
art31-content-dual-criminality = Кош кылмыштуулук
    .hint = { $basis ->
            [budapest] 13-бөлүмдө сүрөттөлгөн аракет суроо-талап жөнөтүлгөн мамлекеттин мыйзамы боюнча да кылмыш болуп саналарын, белгилүү болсо тиешелүү ченемди келтирип түшүндүрүңүз. Конвенциянын 25-беренесинин 5-пунктуна ылайык, эгерде кылмыштын негизинде жаткан аракет ал жакта кылмыш болуп саналса, анын категориясына же аталышына карабастан, бул шарт аткарылды деп эсептелет.
           *[other] 13-бөлүмдө сүрөттөлгөн аракет суроо-талап жөнөтүлгөн мамлекеттин мыйзамы боюнча да кылмыш болуп саналарын, белгилүү болсо тиешелүү ченемди келтирип түшүндүрүңүз.
        }
art31-content-use = Маалыматтарды колдонууну чектөө
art31-content-use-undertakings = Суроо-талап жөнөтүүчү органдын милдеттенмелери
    .hint = { $basis ->
            [budapest] 28-берене Тараптардын ортосунда бирдиктүү же өз ара мыйзамдардын негизиндеги өз ара жардам жөнүндө келишим же макулдашуу күчүндө болбогон учурда колдонулат; антпесе ошол келишимдин же макулдашуунун купуялуулук жана колдонуу боюнча эрежелери колдонулат.
           *[other] Купуялуулук жана колдонууну чектөө шарттары тандалган документтин шарттары же, келишим жок болсо, суроо-талап жөнөтүлгөн мамлекет белгилеген шарттар болуп саналат.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Суроо-талап жөнөтүүчү орган суроо-талап жөнөтүлгөн Тарап Конвенциянын 28-беренесинин 2-пунктуна ылайык белгилеген купуялуулук жана колдонууну чектөө шарттарын аткарат
       *[other] Суроо-талап жөнөтүүчү орган суроо-талап жөнөтүлгөн мамлекет белгилеген купуялуулук жана колдонууну чектөө шарттарын аткарат
    }
art31-content-use-undertakings-speciality = Маалыматтар, эгерде суроо-талап жөнөтүлгөн Тарап башкача колдонууга макулдук бербесе, ушул суроо-талапта көрсөтүлгөн тергөө жана өндүрүш үчүн гана колдонулат (атайындык принциби)
art31-content-use-explanation = Маалыматтарды колдонуунун көздөлгөн максатын түшүндүрүү
    .hint = Мисалы, маалыматтарды коргоо тарабына ачып берүү же байланышкан өндүрүштө колдонуу керек болобу — суроо-талап жөнөтүлгөн Тарап өз шарттарын ага жараша белгилей алышы үчүн.
art31-content-service-provider = Маалыматтарды кармап турган кызмат көрсөтүүчү
art31-content-service-provider-name = Кызмат көрсөтүүчүнүн аталышы
    .hint = Кызмат көрсөтүүчүнүн кызмат көрсөтүү шарттарында же укук коргоо органдары үчүн колдонмосунда көрсөтүлгөн юридикалык аталышы.
art31-content-service-provider-address = Дареги же жайгашкан жери
art31-content-urgency = Шашылыштык
art31-content-urgency-urgent = Шашылыш аткаруу суралат
art31-content-urgency-reasons = Шашылыштыктын себептери
    .hint = { $basis ->
            [budapest] Мисалы, шектүү камакта отурат, өндүрүштүн мөөнөтү бүтүп баратат, же маалыматтардын жоголуу же өзгөрүү коркунучу өзгөчө жогору деп эсептөөгө негиз бар (31-берененин 3-пункту).
           *[other] Мисалы, шектүү камакта отурат, өндүрүштүн мөөнөтү бүтүп баратат, же маалыматтардын жоголуу же өзгөрүү коркунучу өзгөчө жогору деп эсептөөгө негиз бар.
        }
art31-content-urgency-deadline = Маалыматтар керек болгон мөөнөт
art31-content-confidentiality = Купуялуулук
art31-content-confidentiality-confidential = Бул суроо-талаптын фактысынын жана предметинин купуялуулугун, аны аткаруу үчүн зарыл болгон өлчөмдү кошпогондо, камсыз кылышыңызды суранабыз
art31-content-confidentiality-no-notification = Кызмат көрсөтүүчүдөн абонентке же ар кандай үчүнчү жакка билдирбөөнү сураңыз
    .hint = Суроо-талап жөнөтүлгөн органдан кызмат көрсөтүүчүнүн практикасы же системасы колдонуучуга кабар берип коюшу мүмкүнбү деп сураңыз.
art31-content-confidentiality-reasons = Купуялуулуктун себептери
    .hint = Мисалы, шектүүнүн далилдерди жок кылуу, качып кетүү же шериктерин эскертүү коркунучу.
art31-content-form = Маалыматтардын формасы, аныктыгын күбөлөндүрүү жана далилдерди кармоо чынжыры
    .hint = Далил катары кабыл алынышы үчүн мазмундун аныктыгы адатта күбөлөндүрүлүшү керек: сотторуңузга керектүүсүн белгилеңиз, мисалы хэш-маанилери бар криминалистикалык көчүрмө жана маалыматтар менен иштеген ар бир адамдын реестри, же кызмат көрсөтүүчүнүн иштиктүү жазууларынын аныктыгы жөнүндө күбөлүгү.
art31-content-form-electronic = Окула турган форматтагы электрондук көчүрмө
art31-content-form-certified = Күбөлөндүрүлгөн көчүрмө
art31-content-form-certificate = Кызмат көрсөтүүчүнүн иштиктүү жазууларынын аныктыгы жөнүндө күбөлүгү
art31-content-form-forensic = Хэш-маанилери бар криминалистикалык көчүрмө
art31-content-form-custody = Далилдерди кармоо чынжырынын реестри
art31-content-form-other = Башка
art31-content-form-other-detail = Башка талап
