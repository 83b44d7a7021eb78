# Шаблон emergency-disclosure: хитни захтев за откривање ускладиштених рачунарских података (члан 9. Другог
# додатног протокола преко мреже 24/7, члан 10. хитна узајамна помоћ, или канал за хитне случајеве пружаоца
# услуга). Текст прати Конвенцију и Протокол.

emergency-disclosure-legal-basis = Чланови 9. и 10. Другог додатног протокола уз Конвенцију о високотехнолошком криминалу (CETS бр. 224); члан 35. Конвенције о високотехнолошком криминалу (ETS бр. 185)
emergency-disclosure-date = Датум
emergency-disclosure-reference = Референтни број

emergency-disclosure-channel = Канал и правни основ
emergency-disclosure-channel-basis = Канал коришћен за овај захтев
    .hint = Члан 9: преко мреже 24/7, за податке које држи пружалац услуга у замољеној држави. Члан 10: хитна узајамна помоћ преко централног или надлежног органа. Канал пружаоца за хитне случајеве: захтев се упућује непосредно пружаоцу услуга, који сам одлучује да ли ће открити податке.
emergency-disclosure-channel-basis-protocol-art9 = Хитно откривање у ванредној ситуацији преко мреже 24/7 (члан 9. Другог додатног протокола)
emergency-disclosure-channel-basis-protocol-art10 = Хитна узајамна помоћ (члан 10. Другог додатног протокола)
emergency-disclosure-channel-basis-provider = Канал пружаоца услуга за хитно откривање података
emergency-disclosure-channel-basis-other = Други канал или правни основ
emergency-disclosure-channel-basis-other-detail = Канал или правни основ (уговор, споразум или закон)
emergency-disclosure-channel-protocol-statement = Овај захтев се подноси на основу Другог додатног протокола уз Конвенцију о високотехнолошком криминалу
    .hint = Означите када се захтев подноси на основу члана 9. или 10. и обе државе су стране Протокола.

emergency-disclosure-addressee = Замољена држава и прималац
emergency-disclosure-addressee-country = Замољена држава
    .hint = За захтев упућен непосредно пружаоцу услуга: држава у којој пружалац има седиште.
emergency-disclosure-addressee-name = Прималац: орган или пружалац услуга
    .hint = Контакт тачка 24/7, централни или надлежни орган, или пружалац услуга коме се овај захтев упућује.
emergency-disclosure-addressee-address = Адреса
emergency-disclosure-addressee-portal = Портал или веб-образац за захтеве органа кривичног гоњења
emergency-disclosure-addressee-email = Електронска пошта
emergency-disclosure-addressee-provider = Пружалац услуга који држи податке, ако није прималац: назив и адреса
    .hint = Обавезно за захтев на основу члана 9. Протокола: пружалац услуга у замољеној држави који држи податке.

emergency-disclosure-requesting-authority = Орган молилац
emergency-disclosure-requesting-authority-authority = Надлежни орган
emergency-disclosure-requesting-authority-officer = Службено лице које подноси захтев
emergency-disclosure-requesting-authority-position = Положај
emergency-disclosure-requesting-authority-address = Адреса
emergency-disclosure-requesting-authority-phone = Телефон
    .hint = У међународном облику: број на који се одговара у свако доба док траје ванредна ситуација.
emergency-disclosure-requesting-authority-mobile = Мобилни телефон
emergency-disclosure-requesting-authority-email = Електронска пошта
    .hint = Службена адреса вашег органа: пружаоци услуга можда неће одговорити на захтеве са приватних адреса.
emergency-disclosure-requesting-authority-time-zone = Временска зона
    .hint = Временска зона ваше канцеларије, као одступање од UTC. Сва времена у овом захтеву исказана су у њој, осим ако није другачије наведено.
emergency-disclosure-requesting-authority-availability = Доступност
emergency-disclosure-requesting-authority-availability-around-the-clock = Доступан 24 сата дневно, 7 дана у недељи
emergency-disclosure-requesting-authority-availability-office-hours = Доступан само у радно време
emergency-disclosure-requesting-authority-availability-office-hours-detail = Радно време

emergency-disclosure-authoriser = Надређени или службено лице које је одобрило захтев
emergency-disclosure-authoriser-name = Име и презиме
    .hint = Службено лице које је одобрило овај хитни захтев и може да га потврди замољеној држави или пружаоцу услуга.
emergency-disclosure-authoriser-position = Положај
emergency-disclosure-authoriser-phone = Телефон
emergency-disclosure-authoriser-email = Електронска пошта

emergency-disclosure-offences = Кривично дело (кривична дела)
emergency-disclosure-offences-offence = Кривична дела која су предмет истраге
    .hint = По један ред за свако кривично дело, са законском одредбом и највећом запрећеном казном.
emergency-disclosure-offences-offence-description = Кривично дело
emergency-disclosure-offences-offence-provision = Законска одредба
emergency-disclosure-offences-offence-penalty = Највећа запрећена казна

emergency-disclosure-emergency = Ванредна ситуација
emergency-disclosure-emergency-risk = Врста опасности
emergency-disclosure-emergency-risk-kidnapping = Отмица или узимање талаца
emergency-disclosure-emergency-risk-threat-to-kill = Претња убиством
emergency-disclosure-emergency-risk-suicide = Опасност од самоубиства
emergency-disclosure-emergency-risk-child = Дете у опасности
emergency-disclosure-emergency-risk-terrorism = Терористичка претња
emergency-disclosure-emergency-risk-bomb = Претња бомбом
emergency-disclosure-emergency-risk-other = Друга опасност по живот или безбедност
emergency-disclosure-emergency-risk-other-detail = Врста опасности
emergency-disclosure-emergency-facts = Чињенице које указују на знатну и непосредну опасност по живот или безбедност физичког лица
    .hint = Наведите ко је у опасности (име или опис), у чему је опасност, зашто може наступити сваког тренутка, одакле потичу информације и када су примљене (са временском зоном). Опасност која је само могућа, или није непосредна, није ванредна ситуација у смислу Протокола.
emergency-disclosure-emergency-relation = Како су тражени подаци повезани са ванредном ситуацијом
    .hint = Наведите како ће подаци помоћи да се опасност отклони, на пример утврђивањем где се налази угрожено лице или идентификовањем лица које прети, и зашто се верује да их овај пружалац услуга држи.
emergency-disclosure-emergency-urgency = Зашто би редовни поступак био преспор
    .hint = Наведите колико брзо може наступити штета и зашто захтев за чување праћен захтевом за узајамну правну помоћ, или налог за достављање, не би омогућио да се подаци благовремено добију.
emergency-disclosure-emergency-needed-by = Подаци су потребни до
    .hint = Најкасније време у коме подаци још могу да помогну, са временском зоном. Оставите празно ако су подаци потребни одмах.

emergency-disclosure-data = Тражени подаци
emergency-disclosure-data-identifiers = Идентификатори тражених података
    .hint = Сваки налог, адреса или број тачно онако како их услуга приказује. За IP адресу наведите изворни порт и тачан датум и време са временском зоном: код дељених адреса пружалац без њих не може да идентификује корисника.
emergency-disclosure-data-period = Период тражених података
    .hint = Онолико узак колико ванредна ситуација дозвољава; почетак и крај са временском зоном.
emergency-disclosure-data-categories = Категорије тражених података
    .hint = Тражите само податке које ванредна ситуација захтева. Пружаоци услуга у неким државама, као што су Сједињене Америчке Државе, могу непосредно страним органима открити само податке који нису подаци о садржају.
emergency-disclosure-data-categories-subscriber = Подаци о претплатнику
emergency-disclosure-data-categories-traffic = Подаци о саобраћају
emergency-disclosure-data-categories-content = Подаци о садржају
emergency-disclosure-data-categories-location = Подаци о локацији
emergency-disclosure-data-categories-other = Други подаци
emergency-disclosure-data-categories-other-detail = Други тражени подаци

emergency-disclosure-instructions = Посебна процесна упутства
emergency-disclosure-instructions-confidentiality = Поверљивост: не обавештавати корисника нити било које треће лице о овом захтеву
    .hint = Неки пружаоци услуга обавештавају кориснике о захтевима, осим ако се од њих не затражи да то не чине. Ако корисник сазна за захтев, угрожено лице може претрпети штету.
emergency-disclosure-instructions-format = Жељени формат података
emergency-disclosure-instructions-format-electronic = Електронски и машински читљив (на пример табела или CSV датотека)
emergency-disclosure-instructions-format-document = Електронски документ (PDF)
emergency-disclosure-instructions-format-usual = Формат који пружалац услуга уобичајено користи
emergency-disclosure-instructions-format-other = Други формат
emergency-disclosure-instructions-format-other-detail = Формат
emergency-disclosure-instructions-other = Друга упутства или информације које могу помоћи да се подаци добију

emergency-disclosure-follow-up = Накнадни правни поступак
emergency-disclosure-follow-up-process = Правни поступак који ће уследити након овог захтева
    .hint = Да ли ће подаци откривени у ванредној ситуацији бити поново затражени у формалном правном поступку, како би могли да се користе као доказ.
emergency-disclosure-follow-up-process-mla = Захтев за узајамну правну помоћ
emergency-disclosure-follow-up-process-production-order = Налог за достављање упућен пружаоцу услуга на основу члана 7. Другог додатног протокола
emergency-disclosure-follow-up-process-preservation = Захтев за хитно чување ускладиштених рачунарских података (члан 29. Конвенције)
emergency-disclosure-follow-up-process-none = Не очекује се накнадни правни поступак
emergency-disclosure-follow-up-process-other = Други правни поступак
emergency-disclosure-follow-up-process-other-detail = Правни поступак
emergency-disclosure-follow-up-expected-date = Очекивани датум слања
    .hint = Оставите празно ако се не очекује накнадни правни поступак.
emergency-disclosure-follow-up-details = Појединости о накнадном поступку, или зашто се он не очекује

emergency-disclosure-signature = Потпис
emergency-disclosure-signature-name = Име и презиме
emergency-disclosure-signature-position = Положај
emergency-disclosure-signature-date = Датум
