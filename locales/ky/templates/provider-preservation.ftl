# provider-preservation үлгүсү: маалыматтарды сактоо жөнүндө түздөн-түз кызмат көрсөтүүчүгө жөнөтүлгөн суроо-талап.
# Эч кандай келишимге шилтеме берилбейт: кызмат көрсөтүүчү өз саясатына жана мыйзамына ылайык чечет; суроо-талапта
# суроо-талап жөнөтүүчү орган кайсы улуттук мыйзамдын негизинде иш алып барары көрсөтүлөт.

provider-preservation-legal-basis = Суроо-талап жөнөтүүчү орган өзүнүн улуттук мыйзамынын негизинде (6-бөлүм) түздөн-түз кызмат көрсөтүүчүгө жөнөткөн суроо-талап

## 1–3: күнү, номери, статусу

provider-preservation-date = Күнү
provider-preservation-reference = Чыгыш номери / иштин номери
provider-preservation-status = Суроо-талаптын статусу
provider-preservation-status-new = Жаңы суроо-талап
provider-preservation-status-extension = Сактоо жөнүндө мурунку суроо-талапты узартуу
provider-preservation-status-previous-reference = Мурунку суроо-талаптын каттоо номери (эгерде кызмат көрсөтүүчү номер берген болсо, анын номери)
provider-preservation-previous-request-date = Мурунку суроо-талаптын күнү

## 4 Суроо-талап жөнөтүлгөн кызмат көрсөтүүчү

provider-preservation-addressee = Суроо-талап жөнөтүлгөн кызмат көрсөтүүчү
provider-preservation-addressee-name = Суроо-талап жөнөтүлгөн юридикалык жак
    .hint = Кызмат жана тиешелүү колдонуучулар үчүн жооп берген компания. Туура эмес юридикалык жакка жөнөтүлгөн суроо-талаптар көп учурда четке кагылат: жогорудан кызмат көрсөтүүчүнү тандаңыз же анын укук коргоо органдары үчүн колдонмосунда аталган юридикалык жакты жазыңыз.
provider-preservation-addressee-service = Тиешелүү кызмат
    .hint = Маалыматтары сакталууга тийиш кызмат, аны колдонуучулар кандай билсе ошондой (мисалы социалдык тармак, электрондук почта же билдирүү алмашуу кызматы).
provider-preservation-addressee-country = Юридикалык жак түзүлгөн мамлекет
provider-preservation-addressee-address = Юридикалык документтерди тапшыруу дареги
provider-preservation-addressee-portal = Укук коргоо органдарынын суроо-талаптары үчүн портал же веб-форма
provider-preservation-addressee-email = Укук коргоо органдарынын суроо-талаптары үчүн электрондук почта

## 5 Суроо-талап жөнөтүүчү орган

provider-preservation-requesting-authority = Суроо-талап жөнөтүүчү орган
provider-preservation-requesting-authority-organisation = Орган
provider-preservation-requesting-authority-person = Суроо-талапка жооптуу кызмат адамы
provider-preservation-requesting-authority-position = Кызмат орду же наамы
provider-preservation-requesting-authority-address = Дареги
provider-preservation-requesting-authority-telephone = Телефон номери
    .hint = Эл аралык форматта, + белгиси жана өлкөнүн кодунан баштап, кызмат көрсөтүүчү кайра чалып, суроо-талаптын чыныгы экенин текшере алышы үчүн.
provider-preservation-requesting-authority-cell-phone = Уюлдук телефон номери
provider-preservation-requesting-authority-email = Расмий электрондук почта дареги
    .hint = Органыңыздын расмий доменидеги дарек: кызмат көрсөтүүчүлөр жеке же акысыз электрондук почта даректеринен жөнөтүлгөн суроо-талаптарды четке кагышы мүмкүн.
provider-preservation-requesting-authority-time-zone = Убакыт алкагы
    .hint = Кеңсеңиздин UTC боюнча жылыш түрүндө көрсөтүлгөн убакыт алкагы. Башкача көрсөтүлбөсө, бул суроо-талаптагы бардык убакыт ушул алкак боюнча окулат.

## 6 Улуттук укуктук негиз

provider-preservation-domestic-legal-basis = Суроо-талаптын суроо-талап жөнөтүүчү органдын мыйзамындагы укуктук негизи
provider-preservation-domestic-legal-basis-domestic-legal-basis = Суроо-талап жөнөтүүчү орган иш алып барган улуттук мыйзамдын ченемдери
    .hint = Органыңызга ишти тергөөгө жана бул суроо-талапты жөнөтүүгө ыйгарым укук берген улуттук мыйзамыңыздын беренелери (мисалы кылмыш-жаза процесстик кодексинин). Эч кандай келишимге шилтеме бербеңиз жана кызмат көрсөтүүчүгө анын өз мыйзамын түшүндүрбөңүз: ал суроо-талапты аткаруу-аткарбоону өз саясатына жана мыйзамына ылайык чечет.
provider-preservation-domestic-legal-basis-decision = Суроо-талапка уруксат берген чечим же буйрук (болсо)
    .hint = Мыйзамыңыз талап кылса, суроо-талап жөнөтүлгөн чечимдин, буйруктун же ордердин органы, күнү жана номери.

## 7 Кылмыш жана фактылар

provider-preservation-offence = Кылмыш жана фактылардын кыскача баяндамасы
provider-preservation-offence-offences = Тергелип жаткан кылмыштар
    .hint = Ар бир кылмышка бир сап: анын аталышы же кыскача сүрөттөлүшү, аны караган кылмыш-жаза мыйзамыңыздын ченеми жана жазанын жогорку чеги.
provider-preservation-offence-offences-offence = Кылмыш
provider-preservation-offence-offences-provision = Мыйзам ченеми
provider-preservation-offence-offences-penalty = Жазанын жогорку чеги
provider-preservation-offence-facts = Фактылардын кыскача баяндамасы
    .hint = Бир нече сүйлөм менен: эмне болду, качан жана кайда, ар бир күн жана убакыт убакыт алкагы менен. Кызмат көрсөтүүчүгө маалыматтарды табуу үчүн керектүүдөн ашыкча маалымат керек эмес: шектүүнү же жабырлануучуну зарыл болгондо гана атаңыз.

## 8 Сакталууга тийиш маалыматтар

provider-preservation-data = Сакталууга тийиш маалыматтар
provider-preservation-data-identifiers = Сакталууга тийиш эсептик жазуулардын же маалыматтардын идентификаторлору
    .hint = Ар бир эсептик жазуу, колдонуучунун аты, колдонуучунун идентификатору, электрондук почтанын дареги, телефон номери, URL же IP дарек кызматта көрсөтүлгөндөй так. Туура эмес же толук эмес идентификаторлор четке кагуунун негизги себептеринин бири. IP дарек үчүн булак портун жана колдонуунун так күнүн жана убактысын убакыт алкагы менен кошо көрсөтүңүз. Бир гана идентификаторго тиешелүү мезгил ошол идентификатордун сабында көрсөтүлөт.
provider-preservation-data-period = Сакталууга тийиш маалыматтардын мезгили
    .hint = Маалыматтар камтууга тийиш болгон мезгил, эгерде ал бардык идентификаторлор үчүн бирдей болсо, ар бир чети убакыт алкагы менен. Узак мезгилдерге (90 күндөн ашык) арналган суроо-талаптар өтө кеңири деп көп учурда четке кагылат.
provider-preservation-data-categories = Сакталууга тийиш маалыматтардын категориялары
    .hint = Тергөөгө керектүүсүн гана белгилеңиз. Сактоо маалыматтарды болгон абалында сактайт, бирок аларды ачып бербейт: алар 9-бөлүмдө көрсөтүлгөн укуктук жол-жобо аркылуу суралат.
provider-preservation-data-categories-subscriber = Абонент жөнүндө маалымат
provider-preservation-data-categories-traffic = Трафик жөнүндө маалыматтар, анын ичинде IP даректер жана кирүү жазуулары
provider-preservation-data-categories-content = Мазмун жөнүндө маалыматтар
provider-preservation-data-categories-other = Башка маалыматтар
provider-preservation-data-categories-other-detail = Сакталууга тийиш башка маалыматтар
provider-preservation-data-relationship = Маалыматтардын тергөөгө байланышы
    .hint = Бул эсептик жазуулар же маалыматтар кылмышка кандайча байланышкандыгын көрсөтүңүз, мисалы: эсептик жазуудан 20.11.2026 саат 14:03 UTC+04:00 убактысында коркутуу билдирүүлөрү жөнөтүлгөн.

## 9 Кийинки укуктук жол-жобо

provider-preservation-follow-up = Сакталган маалыматтарды ачып берүү
provider-preservation-follow-up-process = Суроо-талап жөнөтүүчү орган сакталган маалыматтарды ачып берүүнү төмөнкү аркылуу сурайт
    .hint = Эмне жөнөтө турганыңызды белгилеңиз. Сактоо маалыматтарды сактайт гана; аларды алуу үчүн ачып берүү жөнүндө суроо-талапты сактоо аяктаганга чейин алдын ала жөнөтүңүз же узартууну өз убагында сураңыз.
provider-preservation-follow-up-process-mla = Кызмат көрсөтүүчү түзүлгөн мамлекетке өз ара укуктук жардам жөнүндө суроо-талап
provider-preservation-follow-up-process-provider = Ыктыярдуу түрдө ачып берүү жөнүндө кызмат көрсөтүүчүгө суроо-талап
provider-preservation-follow-up-process-other = Башка укуктук жол-жобо
provider-preservation-follow-up-process-other-detail = Укуктук жол-жобо
provider-preservation-follow-up-expected-date = Ачып берүү жөнүндө суроо-талаптын күтүлгөн күнү
    .hint = Кызмат көрсөтүүчү маалыматтарды канча убакыт сактаары анын саясатына жараша болот: жогорудагы анын профилин караңыз жана ачып берүү жөнүндө суроо-талапты ошол мөөнөттүн ичинде жөнөтүңүз.

## 10 Купуялуулук

provider-preservation-confidentiality = Купуялуулук
provider-preservation-confidentiality-conditions = Суралган купуялуулук
    .hint = Кээ бир кызмат көрсөтүүчүлөр, алардан билдирбөө суралбаса, колдонуучуларына суроо-талаптар жөнүндө билдиришет жана муну өздөрү чечишет. Тергөөгө керектүүсүн белгилеп, себептерин төмөндө көрсөтүңүз.
provider-preservation-confidentiality-conditions-no-notification = Колдонуучуга же эсептик жазуунун ээсине, ошондой эле ар кандай үчүнчү жакка бул суроо-талап жөнүндө билдирбешиңизди суранабыз
provider-preservation-confidentiality-conditions-warn = Эгерде саясатыңыз колдонуучуга билдирүүнү талап кылса, андан мурда суроо-талап жөнөтүүчү органга билдиришиңизди суранабыз
provider-preservation-confidentiality-details = Купуялуулуктун себептери

## 11 Жооп

provider-preservation-reply = Жооп
provider-preservation-reply-acknowledgement = Маалыматтардын сакталганын ырастап, бул суроо-талапка берилген каттоо номерин жана сактоо аяктай турган күндү көрсөтүшүңүздү суранабыз
provider-preservation-reply-channel = Жоопту төмөнкүдөй жөнөтүшүңүздү суранабыз
provider-preservation-reply-channel-email = 5-бөлүмдө көрсөтүлгөн суроо-талап жөнөтүүчү органдын расмий дарегине электрондук почта аркылуу
provider-preservation-reply-channel-portal = Укук коргоо органдары үчүн порталыңыз аркылуу
provider-preservation-reply-channel-other = Башка жол менен
provider-preservation-reply-channel-other-detail = Жооп берүү жолу

## 12 Колу

provider-preservation-signature = Колу
provider-preservation-signature-name = Аты-жөнү
provider-preservation-signature-position = Кызмат орду же наамы
provider-preservation-signature-date = Күнү
