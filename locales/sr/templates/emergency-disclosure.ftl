# Шаблон emergency-disclosure: хитни захтев за откривање ускладиштених рачунарских података (члан 9. Другог
# додатног протокола преко мреже 24/7, члан 10. хитна узајамна помоћ, или канал за хитне случајеве пружаоца
# услуга). Текст прати Конвенцију и Протокол.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Члан 9. Другог додатног протокола уз Конвенцију о високотехнолошком криминалу (CETS бр. 224), преко мреже 24/7; Протокол се примењује само између држава које су његове Стране
        [protocol-art10] Члан 10. Другог додатног протокола уз Конвенцију о високотехнолошком криминалу (CETS бр. 224); Протокол се примењује само између држава које су његове Стране
        [provider] Захтев пружаоцу услуга за добровољно откривање података у ванредној ситуацији
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Датум
emergency-disclosure-reference = Референтни број / број предмета

emergency-disclosure-channel = Канал и правни основ
emergency-disclosure-channel-basis = Канал коришћен за овај захтев
    .hint = { $match ->
        [general] Изабрани инструмент не садржи члан о хитним захтевима: захтев се заснива на његовим одредбама о хитним захтевима и узајамној помоћи, наведеним на почетку захтева.
        [user] Наведите уговор и чланове на којима се захтев заснива: штампају се на почетку захтева.
       *[other] Члан 9. Другог додатног протокола: преко мреже 24/7, за податке које држи пружалац услуга у замољеној држави. Члан 10: хитна узајамна помоћ преко централног или надлежног органа. Протокол се примењује само између држава за које је ступио на снагу: пре него што изаберете било који од ова два канала, проверите да ли је ступио на снагу за обе државе. Други уговор који обавезује обе државе: захтев се заснива на његовим одредбама о хитним захтевима и узајамној помоћи. Узајамност: не примењује се никакав уговор. Канал пружаоца за хитне случајеве: захтев се упућује непосредно пружаоцу услуга, који сам одлучује да ли ће открити податке; не наводи се никакав међународни уговор.
    }
emergency-disclosure-channel-basis-protocol-art9 = Хитно откривање у ванредној ситуацији преко мреже 24/7 (члан 9. Другог додатног протокола)
emergency-disclosure-channel-basis-protocol-art10 = Хитна узајамна помоћ (члан 10. Другог додатног протокола)
emergency-disclosure-channel-basis-provider = Канал пружаоца услуга за хитно откривање података

emergency-disclosure-addressee = Замољена држава и прималац
emergency-disclosure-addressee-country = Замољена држава
    .hint = За захтев упућен непосредно пружаоцу услуга: држава у којој пружалац има седиште.
emergency-disclosure-addressee-name = Прималац: орган или пружалац услуга
    .hint = Контакт тачка 24/7, централни или надлежни орган, или пружалац услуга коме се овај захтев упућује.
emergency-disclosure-addressee-address = Адреса
emergency-disclosure-addressee-portal = Портал или веб-образац за захтеве органа кривичног гоњења
emergency-disclosure-addressee-email = Електронска пошта
emergency-disclosure-addressee-provider = Пружалац услуга који држи податке, ако није прималац: назив и адреса
    .hint = Обавезно за захтев на основу члана 9. Протокола (члан 9. став 3. тачка ц): назив и адреса пружаоца услуга у замољеној држави који држи податке.

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
emergency-disclosure-requesting-authority-reachable = Службено лице које подноси захтев доступно је на горе наведеним бројевима телефона у свако доба док траје ванредна ситуација
    .hint = За хитан захтев потребан је неко ко се јавља у свако доба. Ако то не можете да обезбедите, горе наведите број ваше контакт тачке 24/7.

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
emergency-disclosure-mla = Правни основ у домаћем праву и тражена узајамна помоћ
emergency-disclosure-mla-domestic-legal-basis = Правни основ у домаћем праву
    .hint = Одредбе вашег националног права на основу којих се води истрага и подноси овај захтев. Обавезно за хитну узајамну помоћ (члан 10. Протокола); препоручује се за сваки канал, јер се захтеви без тога често одбијају.
emergency-disclosure-mla-prosecution = Надлежно тужилаштво или суд и број предмета
    .hint = За хитну узајамну помоћ: правосудни орган надлежан за предмет, ако постоји.
emergency-disclosure-mla-assistance = Тражена помоћ
    .hint = За хитну узајамну помоћ: шта се од замољене државе тражи, на пример да наложи пружаоцу услуга да открије податке описане у одељку 9 и достави их органу молиоцу.
emergency-disclosure-mla-procedure = Поступак који треба следити при извршењу
    .hint = За хитну узајамну помоћ, када то ваше право захтева: на пример потврда о аутентичности евиденције, или облик у коме подаци морају бити прибављени да би били прихватљиви као доказ.

emergency-disclosure-emergency = Ванредна ситуација
emergency-disclosure-emergency-risk = Врста опасности
emergency-disclosure-emergency-risk-kidnapping = Отмица или узимање талаца
emergency-disclosure-emergency-risk-threat-to-kill = Претња убиством
emergency-disclosure-emergency-risk-suicide = Опасност од самоубиства
emergency-disclosure-emergency-risk-child = Опасност по живот или безбедност детета
emergency-disclosure-emergency-risk-terrorism = Терористичка претња
emergency-disclosure-emergency-risk-bomb = Претња бомбом
emergency-disclosure-emergency-risk-other = Друга опасност по живот или безбедност
emergency-disclosure-emergency-risk-other-detail = Врста опасности
emergency-disclosure-emergency-facts = Чињенице које указују на знатну и непосредну опасност по живот или безбедност физичког лица
    .hint = { $basis ->
            [protocol2] Наведите ко је у опасности (име или опис), у чему је опасност, зашто може наступити сваког тренутка, одакле потичу информације и када су примљене (са временском зоном). Опасност која је само могућа, или није непосредна, није ванредна ситуација у смислу Протокола.
           *[other] Наведите ко је у опасности (име или опис), у чему је опасност, зашто може наступити сваког тренутка, одакле потичу информације и када су примљене (са временском зоном). Опасност која је само могућа, или није непосредна, није ванредна ситуација.
        }
emergency-disclosure-emergency-relation = Како су тражени подаци повезани са ванредном ситуацијом
    .hint = Наведите како ће подаци помоћи да се опасност отклони, на пример утврђивањем где се налази угрожено лице или идентификовањем лица које прети, и зашто се верује да их овај пружалац услуга држи.
emergency-disclosure-emergency-urgency = Зашто се подаци не могу благовремено добити путем чувања и узајамне правне помоћи
    .hint = Наведите колико брзо може наступити штета и зашто захтев за чување праћен захтевом за узајамну правну помоћ, или налог за достављање, не би омогућио да се подаци благовремено добију.
emergency-disclosure-emergency-needed-by = Подаци су потребни до
    .hint = Најкасније време у коме подаци још могу да помогну, са временском зоном. Оставите празно ако су подаци потребни одмах.

emergency-disclosure-data = Тражени подаци
emergency-disclosure-data-identifiers = Идентификатори тражених података
    .hint = Сваки налог, адреса или број тачно онако како их услуга приказује. За IP адресу наведите изворни порт и тачан датум и време са временском зоном: код дељених адреса пружалац без њих не може да идентификује корисника.
emergency-disclosure-data-period = Период тражених података
    .hint = Онолико узак колико ванредна ситуација дозвољава, почетак и крај са временском зоном: ванредна ситуација ретко оправдава период дужи од неколико дана (период дужи од 7 дана означава се упозорењем).
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
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Налог за достављање упућен пружаоцу услуга на основу члана 7. Другог додатног протокола
       *[other] Налог за достављање упућен пружаоцу услуга
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Захтев за хитно чување ускладиштених рачунарских података (члан 29. Конвенције)
        [protocol2] Захтев за хитно чување ускладиштених рачунарских података (члан 29. Конвенције)
       *[other] Захтев за хитно чување ускладиштених рачунарских података
    }
emergency-disclosure-follow-up-process-none = Не очекује се накнадни правни поступак
emergency-disclosure-follow-up-process-other = Други правни поступак
emergency-disclosure-follow-up-process-other-detail = Правни поступак
emergency-disclosure-follow-up-expected-date = Очекивани датум слања
    .hint = Оставите празно ако се не очекује накнадни правни поступак.
emergency-disclosure-follow-up-details = Појединости о накнадном поступку, или зашто се он не очекује
