# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Киберкылмыштуулук жөнүндө конвенциянын 29 жана 30-беренелери (ETS № 185)
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = Күнү
art29-preservation-reference = Чыгыш номери / иштин номери
art29-preservation-status = Суроо-талаптын статусу
art29-preservation-status-new = Жаңы суроо-талап
art29-preservation-status-extension = Мурунку суроо-талапты узартуу
art29-preservation-status-previous-reference = Мурунку суроо-талаптын каттоо же чыгыш номери
art29-preservation-previous-request-date = Мурунку суроо-талаптын күнү
art29-preservation-executed-date = Суроо-талап жөнөтүлгөн Тарап сактоону аткарган күн
    .hint = Өзүңүздүн белгиңиз, суроо-талапта эч качан басылбайт: суроо-талап жөнөтүлгөн Тарап же кызмат көрсөтүүчү ырастаган күн, белгилүү болгондо. Программада жана эскертмеде көрсөтүлгөн сактоо мөөнөтү ушул күндөн тартып эсептелет.

## 4 Requested authority

art29-preservation-requested-authority = Суроо-талап жөнөтүлгөн орган
art29-preservation-requested-authority-type = Суроо-талап кимге жөнөтүлөт
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] 24/7 байланыш пункту (35-берене)
       *[other] 24/7 байланыш пункту
    }
art29-preservation-requested-authority-type-competent-authority = Башка ыйгарым укуктуу орган
art29-preservation-requested-authority-authority = Органдын аталышы
    .hint = { $basis ->
            [budapest] Суроо-талап жөнөтүлгөн мамлекеттин Европа Кеңешинин маалымдамасында же ошол мамлекеттин арыздарында аталган 24/7 байланыш пункту же ыйгарым укуктуу органы.
           *[other] Суроо-талап жөнөтүлгөн мамлекеттин тандалган документ боюнча арыздарында аталган 24/7 байланыш пункту же ыйгарым укуктуу органы.
        }
art29-preservation-requested-authority-country = Суроо-талап жөнөтүлгөн мамлекет
    .hint = Маалыматтарды сактоо суралган Тарап: адатта компьютердик система же кызмат көрсөтүүчү жайгашкан мамлекет.

## 5 Requesting authority

art29-preservation-requesting-authority = Суроо-талап жөнөтүүчү орган
art29-preservation-requesting-authority-organisation = Уюм
art29-preservation-requesting-authority-person = Суроо-талапка жооптуу адам
art29-preservation-requesting-authority-address = Дареги
art29-preservation-requesting-authority-telephone = Телефон номери
    .hint = Эл аралык форматта, + белгиси жана өлкөнүн кодунан баштап. Шашылыш суроолор үчүн иш убактысынан тышкары да жооп берилген номерди көрсөтүңүз.
art29-preservation-requesting-authority-cell-phone = Уюлдук телефон номери
art29-preservation-requesting-authority-email = Электрондук почта
art29-preservation-requesting-authority-fax = Факс номери
art29-preservation-requesting-authority-office-hours = Иш убактысы
    .hint = Төмөндө көрсөтүлгөн убакыт алкагы боюнча иш күндөрүңүз жана сааттарыңыз, мисалы: дүйшөмбү – жума, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Убакыт алкагы
    .hint = Кеңсеңиздин UTC боюнча жылыш түрүндө көрсөтүлгөн убакыт алкагы. Башкача көрсөтүлбөсө, бул суроо-талаптагы бардык убакыт ушул алкак боюнча окулат.
art29-preservation-requesting-authority-response = Жооп берүүнүн артыкчылыктуу жолу
art29-preservation-requesting-authority-response-expedited = Жоопту электрондук почта же башка ыкчам каражат аркылуу берүү артыкчылыктуу
art29-preservation-requesting-authority-response-means = Жоопту төмөнкү каражат аркылуу берүү артыкчылыктуу:
art29-preservation-requesting-authority-response-means-detail = Жооп берүү каражаты

## 6 Backup contact

art29-preservation-backup-contact = Суроо-талап жөнөтүүчү органдан кошумча ырастоо керек болсо, төмөнкү адамга кайрылыңыз
art29-preservation-backup-contact-name = Аты-жөнү
art29-preservation-backup-contact-job-title = Кызмат орду
art29-preservation-backup-contact-function = Аткарган милдети
art29-preservation-backup-contact-telephone = Телефон номери
art29-preservation-backup-contact-cell-phone = Уюлдук телефон номери
art29-preservation-backup-contact-email = Электрондук почта

## 7 Investigative or operational authority

art29-preservation-investigative-authority = Иш боюнча жооптуу тергөө же ыкчам орган
art29-preservation-investigative-authority-different = Тергөө же ыкчам орган суроо-талап жөнөтүүчү органдан башка
art29-preservation-investigative-authority-organisation = Уюм
art29-preservation-investigative-authority-person = Ишке жооптуу адам
art29-preservation-investigative-authority-address = Дареги
art29-preservation-investigative-authority-telephone = Телефон номери
art29-preservation-investigative-authority-cell-phone = Уюлдук телефон номери
art29-preservation-investigative-authority-email = Электрондук почта
art29-preservation-investigative-authority-fax = Факс номери

## 8 Prosecution office or court

art29-preservation-prosecution = Жооптуу прокуратура же сот (болсо)
art29-preservation-prosecution-office = Жооптуу прокуратура
art29-preservation-prosecution-office-case = Прокуратурадагы иштин номери
art29-preservation-prosecution-court = Жооптуу сот
art29-preservation-prosecution-court-case = Соттогу иштин номери

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = Суроо-талаптын улуттук укуктук негизи (болсо)
    .hint = Иш тергелип жаткан жана бул сактоо суралып жаткан улуттук мыйзамыңыздын ченемдери, мисалы кылмыш-жаза процесстик кодексинин беренелери.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] Кылмыш жана фактылардын кыскача баяндамасы (29-берененин 2-пунктунун b пунктчасы)
       *[other] Кылмыш жана фактылардын кыскача баяндамасы
    }
art29-preservation-offence-offences = Кылмыш иши боюнча тергөөнүн же өндүрүштүн предмети болгон кылмыштар
    .hint = Ар бир кылмышка бир сап: анын аталышы же кыскача сүрөттөлүшү, аны караган кылмыш-жаза мыйзамыңыздын ченеми жана жазанын жогорку чеги.
art29-preservation-offence-offences-offence = Кылмыш
art29-preservation-offence-offences-provision = Укуктук ченем
art29-preservation-offence-offences-penalty = Жазанын жогорку чеги
art29-preservation-offence-facts = Фактылардын кыскача баяндамасы
    .hint = Бир нече сүйлөм менен: эмне болду, качан жана кайда; суроо-талап жөнөтүлгөн орган суроо-талапты түшүнүшү үчүн жетиштүү, бирок андан ашык эмес. Ар бир күндү жана убакытты убакыт алкагы менен кошо көрсөтүңүз. 24/7 байланыш пункттары бул суроо-талапты көп учурда кызмат көрсөтүүчүгө жөнөтүшөт: шектүүнүн же жабырлануучунун атын суроо-талап жөнөтүлгөн органга маалыматтарды табуу үчүн керек болгондо гана көрсөтүңүз.
art29-preservation-offence-convention-offence = Кылмыш Киберкылмыштуулук жөнүндө конвенциянын 2–11-беренелерине ылайык белгиленген кылмышка туура келет
    .hint = Кош кылмыштуулук сактоонун шарты болуп саналбайт (29-берененин 3-пункту), суроо-талап жөнөтүлгөн Тарап 2–11-беренелерде каралгандардан башка кылмыштар үчүн аны талап кылуу укугун өзүнө калтырган учурду кошпогондо (29-берененин 4-пункту). Кылмыш алардын бири болсо, белгилеп, беренелерди атаңыз. Белгиленгенде гана басылат.
art29-preservation-offence-convention-articles = Конвенциянын тиешелүү беренелери
art29-preservation-offence-convention-articles-art2 = 2-берене: Мыйзамсыз кирүү
art29-preservation-offence-convention-articles-art3 = 3-берене: Мыйзамсыз кармап алуу
art29-preservation-offence-convention-articles-art4 = 4-берене: Маалыматтарга кийлигишүү
art29-preservation-offence-convention-articles-art5 = 5-берене: Системага кийлигишүү
art29-preservation-offence-convention-articles-art6 = 6-берене: Түзмөктөрдү мыйзамсыз колдонуу
art29-preservation-offence-convention-articles-art7 = 7-берене: Компьютердик технологияларды колдонуп жасалмалоо
art29-preservation-offence-convention-articles-art8 = 8-берене: Компьютердик технологияларды колдонуп алдамчылык кылуу
art29-preservation-offence-convention-articles-art9 = 9-берене: Балдар порнографиясына байланышкан кылмыштар
art29-preservation-offence-convention-articles-art10 = 10-берене: Автордук укукту жана ага чектеш укуктарды бузууга байланышкан кылмыштар
art29-preservation-offence-convention-articles-art11 = 11-берене: Кылмышка аракет кылуу жана көмөктөшүү же шыкактоо

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] Сакталууга тийиш болгон, сакталып турган компьютердик маалыматтар (29-берененин 2-пунктунун c пунктчасы)
       *[other] Сакталууга тийиш болгон, сакталып турган компьютердик маалыматтар
    }
art29-preservation-data-identifiers = Сакталууга тийиш маалыматтардын идентификаторлору
    .hint = Маалыматтары сакталууга тийиш ар бир эсептик жазуу, колдонуучунун аты, электрондук почтанын дареги, телефон номери, URL, домен, түзмөк же IP дарек. IP дарек үчүн булак портун жана колдонуунун так күнүн жана убактысын убакыт алкагы менен кошо көрсөтүңүз: жалпы дарек колдонулганда кызмат көрсөтүүчү аларсыз колдонуучуну таба албайт. Бир гана идентификаторго тиешелүү мезгил ошол идентификатордун сабында көрсөтүлөт.
art29-preservation-data-period = Сакталууга тийиш маалыматтардын мезгили
    .hint = Маалыматтар камтууга тийиш болгон мезгил, эгерде ал бардык идентификаторлор үчүн бирдей болсо. Эки четин тең убакыт алкагы менен көрсөтүңүз. Тергөөгө керектүү мезгилди гана сураңыз: узак мезгилдерге (90 күндөн ашык) арналган суроо-талаптар өтө кеңири деп көп учурда четке кагылат.
art29-preservation-data-categories = Сакталууга тийиш маалыматтардын категориялары
    .hint = { $basis ->
            [budapest] Тергөөгө керектүүсүн гана белгилеңиз. Абонент жөнүндө маалымат: абоненттин инсандыгы, дареги жана колдонулган кызмат (18-берененин 3-пункту). Трафик жөнүндө маалыматтар: байланыштын булагы, багыты, жолу, убактысы, күнү, көлөмү жана узактыгы же негизги кызматтын түрү (1-берененин d пунктчасы). Мазмун жөнүндө маалыматтар: байланыштын өзү.
           *[other] Тергөөгө керектүүсүн гана белгилеңиз. Абонент жөнүндө маалымат: абоненттин инсандыгы, дареги жана колдонулган кызмат. Трафик жөнүндө маалыматтар: байланыштын булагы, багыты, жолу, убактысы, күнү, көлөмү жана узактыгы же негизги кызматтын түрү. Мазмун жөнүндө маалыматтар: байланыштын өзү.
        }
art29-preservation-data-categories-subscriber = Абонент жөнүндө маалымат
art29-preservation-data-categories-traffic = Трафик жөнүндө маалыматтар
art29-preservation-data-categories-content = Мазмун жөнүндө маалыматтар
art29-preservation-data-categories-other = Башка маалыматтар
art29-preservation-data-categories-other-detail = Сакталууга тийиш башка маалыматтар
art29-preservation-data-relationship = Маалыматтардын кылмышка байланышы
    .hint = Бул маалыматтар кылмышка кандайча байланышкандыгын көрсөтүңүз, мисалы: эсептик жазуудан 20.11.2026 саат 14:03 UTC+04:00 убактысында коркутуу билдирүүлөрү жөнөтүлгөн же IP дарек жабырлануучунун серверине кирүү үчүн колдонулган.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] Маалыматтарды кармоочу жана компьютердик системанын жайгашкан жери (29-берененин 2-пунктунун d пунктчасы)
       *[other] Маалыматтарды кармоочу жана компьютердик системанын жайгашкан жери
    }
art29-preservation-custodian-provider = Кызмат көрсөтүүчү же маалыматтарды кармоочу башка жак
    .hint = Белгилүү болушунча, маалыматтарды кармап турган компаниянын же адамдын аталышы. Белгисиз болсо, ошону көрсөтүңүз.
art29-preservation-custodian-contact = Маалыматтарды кармоочунун дареги же веб-сайты
art29-preservation-custodian-location = Компьютердик системанын жайгашкан жери
    .hint = Маалыматтарды кармаган компьютердик системанын, белгилүү болушунча, жайгашкан жери: өлкө, шаар, хостинг-провайдер же маалымат борбору.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] Сактоонун зарылдыгы (29-берененин 2-пунктунун e пунктчасы)
       *[other] Сактоонун зарылдыгы
    }
art29-preservation-necessity-reasons = Ыкчам сактоонун себептери
art29-preservation-necessity-reasons-deletion = Маалыматтар өчүрүлүшү, өзгөртүлүшү же жоголушу мүмкүн
art29-preservation-necessity-reasons-retention = Кызмат көрсөтүүчү мындай маалыматтарды кыска мөөнөткө гана кармайт
art29-preservation-necessity-reasons-notice = Шектүү тергөө жөнүндө билип, маалыматтарды өчүрүп салышы мүмкүн
art29-preservation-necessity-reasons-other = Башка
art29-preservation-necessity-reasons-other-detail = Башка себеп
art29-preservation-necessity-explanation = Түшүндүрмө
    .hint = Милдеттүү эмес: шашылыштыкты тактаган жагдай, мисалы кызмат көрсөтүүчүнүн маалыматтарды кармоосунун белгилүү мөөнөтү же маалыматтар өчүрүлө турган күн.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] Өз ара жардам жөнүндө кийинки суроо-талап (29-берененин 2-пунктунун f пунктчасы)
       *[other] Өз ара жардам жөнүндө кийинки суроо-талап
    }
art29-preservation-mla-intent = Суроо-талап жөнөтүүчү Тарап сакталып турган компьютердик маалыматтарды тинтүү же аларга ушуга окшош жол менен жетүү, алып коюу же ушуга окшош жол менен камсыздоо, же ачып берүү үчүн өз ара жардам жөнүндө суроо-талап жөнөтүүнү көздөйт.
art29-preservation-mla-expected-date = Өз ара жардам жөнүндө суроо-талаптын күтүлгөн күнү
    .hint = { $basis ->
            [budapest] Конвенциянын 29-беренесинин 7-пунктуна ылайык сактоо өз ара жардам жөнүндө суроо-талапты жөнөтүүгө мүмкүнчүлүк берүү үчүн алтымыш күндөн кем эмес мөөнөткө жүргүзүлөт; ал суроо-талап алынгандан кийин маалыматтар ал боюнча чечим кабыл алынганга чейин сакталат. Суроо-талап жөнөтүлгөн мамлекет иш жүзүндө канча убакыт сактай турганы анын мыйзамдарына жана практикасына жараша болот: сактоо панелин караңыз жана суроо-талапты мөөнөттүн ичинде алдын ала жөнөтүңүз же узартууну өз убагында сураңыз.
           *[other] Суроо-талап жөнөтүлгөн мамлекет маалыматтарды канча убакыт сактай турганы анын мыйзамдарына жана практикасына жараша болот: сактоо панелин караңыз жана өз ара жардам жөнүндө суроо-талапты мөөнөттүн ичинде алдын ала жөнөтүңүз же узартууну өз убагында сураңыз.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Сакталган трафик жөнүндө маалыматтарды ыкчам ачып берүү (30-берене): эгерде белгилүү бир байланышка тиешелүү трафик жөнүндө маалыматтарды сактоонун жүрүшүндө аны берүүгө башка мамлекеттеги кызмат көрсөтүүчү катышканы аныкталса, ошол кызмат көрсөтүүчүнү жана байланыш берилген жолду аныктоо үчүн жетиштүү көлөмдөгү трафик жөнүндө маалыматтарды ыкчам ачып беришиңизди суранабыз.
       *[other] Сакталган трафик жөнүндө маалыматтарды ыкчам ачып берүү: эгерде белгилүү бир байланышка тиешелүү трафик жөнүндө маалыматтарды сактоонун жүрүшүндө аны берүүгө башка мамлекеттеги кызмат көрсөтүүчү катышканы аныкталса, ошол кызмат көрсөтүүчүнү жана байланыш берилген жолду аныктоо үчүн жетиштүү көлөмдөгү трафик жөнүндө маалыматтарды ыкчам ачып беришиңизди суранабыз.
    }

## 16 Confidentiality

art29-preservation-confidentiality = Купуялуулук
art29-preservation-confidentiality-conditions = Суралган купуялуулук
    .hint = Кээ бир кызмат көрсөтүүчүлөр колдонуучуларына суроо-талаптар жөнүндө билдиришет. Суроо-талап жөнөтүлгөн органдан мындай болушу мүмкүнбү деп сурап, тергөөгө керектүүсүн белгилеңиз.
art29-preservation-confidentiality-conditions-no-notification = Абонентке же эсептик жазуунун ээсине бул суроо-талап жөнүндө билдирбешиңизди суранабыз
art29-preservation-confidentiality-conditions-warn = Колдонуучуну сестендириши мүмкүн болгон ар кандай аракеттен мурда суроо-талап жөнөтүүчү органга билдиришиңизди суранабыз
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Эгерде сактоо маалыматтардын келечекте жеткиликтүү болушун камсыз кылбаса же тергөөнүн купуялуулугуна коркунуч туудурса же ага башкача зыян келтирсе, суроо-талап ошого карабастан аткарылышы керекпи деген чечимди кабыл алышы үчүн суроо-талап жөнөтүүчү органга дароо билдиришиңизди суранабыз (29-берененин 6-пункту)
       *[other] Эгерде сактоо маалыматтардын келечекте жеткиликтүү болушун камсыз кылбаса же тергөөнүн купуялуулугуна коркунуч туудурса же ага башкача зыян келтирсе, суроо-талап ошого карабастан аткарылышы керекпи деген чечимди кабыл алышы үчүн суроо-талап жөнөтүүчү органга дароо билдиришиңизди суранабыз
    }
art29-preservation-confidentiality-details = Купуялуулук жөнүндө кошумча эскертүүлөр

## 17 Acknowledgement

art29-preservation-acknowledgement = Маалыматтардын сакталганын ырастап, бул суроо-талапка берилген каттоо номерин жана сактоо аяктай турган күндү көрсөтүшүңүздү суранабыз
