# Шаблон art31-traffic: захтев за узајамну правну помоћ ради добијања ускладиштених података о саобраћају, уз податке о претплатнику ако су потребни (Будимпештанска конвенција, члан 31).
# Одељци 1–11 прате нумерацију и текст T-CY(2018)10, као у art31-subscriber; каснији одељци прате члан 1. тачка д, члан 18. став 3. и члан 31. Конвенције.

art31-traffic-legal-basis = { $basis ->
        [budapest] Члан 31. Конвенције о високотехнолошком криминалу (ETS бр. 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Датум
art31-traffic-reference = Референтни број / број предмета
art31-traffic-status = Статус захтева
    .hint = Означите сва поља која се примењују. Ако је захтев у вези са ранијим захтевом, отварају се одељци 9 и 10 за податке о њему.
art31-traffic-status-new = Нови захтев
art31-traffic-status-follow-up-mla = Захтев у вези са претходним захтевом за узајамну правну помоћ (подаци у одељку 9)
art31-traffic-status-follow-up-preservation = Захтев у вези са претходним захтевом за чување (подаци у одељку 10)
art31-traffic-requested-authority = Замољени орган
art31-traffic-requested-authority-country = Замољена држава
art31-traffic-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Централни орган замољене државе за узајамну помоћ (члан 27. став 2) или орган који је он одредио за пријем таквих захтева.
           *[other] Централни орган замољене државе за узајамну помоћ или орган који је он одредио за пријем таквих захтева.
        }
art31-traffic-requesting-authority = Орган молилац
art31-traffic-requesting-authority-organisation = Организација
art31-traffic-requesting-authority-person = Лице одговорно за захтев
art31-traffic-requesting-authority-address = Адреса
art31-traffic-requesting-authority-phone = Број телефона
art31-traffic-requesting-authority-mobile = Број мобилног телефона
art31-traffic-requesting-authority-email = Адреса електронске поште
art31-traffic-requesting-authority-fax = Број факса
art31-traffic-requesting-authority-office-hours = Радно време
art31-traffic-requesting-authority-time-zone = Временска зона
    .hint = Временска зона ваше канцеларије, као одступање од UTC. Свако друго време у овом захтеву наводи се са сопственом временском зоном.
art31-traffic-requesting-authority-response = Начин одговора
art31-traffic-requesting-authority-response-expedited = Пожељан је одговор електронском поштом или другим хитним путем
art31-traffic-requesting-authority-response-other = Пожељан је одговор другим путем
art31-traffic-requesting-authority-response-other-detail = Пожељан је одговор путем
art31-traffic-additional-contact = Ако буде потребна додатна потврда органа молиоца, молимо обратите се
art31-traffic-additional-contact-contacts = Лице за контакт
art31-traffic-additional-contact-contacts-name = Име и презиме
art31-traffic-additional-contact-contacts-job-title = Радно место
art31-traffic-additional-contact-contacts-function = Функција
art31-traffic-additional-contact-contacts-phone = Број телефона
art31-traffic-additional-contact-contacts-mobile = Број мобилног телефона
art31-traffic-additional-contact-contacts-email = Адреса електронске поште
art31-traffic-investigating-authority = Истражни / оперативни орган надлежан за предмет (ако није исти као орган молилац)
art31-traffic-investigating-authority-organisation = Организација
art31-traffic-investigating-authority-person = Лице одговорно за предмет
art31-traffic-investigating-authority-address = Адреса
art31-traffic-investigating-authority-phone = Број телефона
art31-traffic-investigating-authority-mobile = Број мобилног телефона
art31-traffic-investigating-authority-email = Адреса електронске поште
art31-traffic-investigating-authority-fax = Број факса
art31-traffic-prosecution-court = Надлежно тужилаштво или суд, ако је применљиво
art31-traffic-prosecution-court-prosecution = Надлежно тужилаштво и број предмета
art31-traffic-prosecution-court-court = Надлежни суд и број предмета
art31-traffic-prosecution-court-decisions = Одлуке тужилаштва или суда у вези са овим захтевом
    .hint = За сваку одлуку: орган, њен датум и број, и шта се њоме налаже или одобрава. Приложите копију ако то замољена држава захтева.
art31-traffic-previous-mla = Подаци о претходном захтеву за узајамну правну помоћ, ако је применљиво
art31-traffic-previous-mla-date = Датум
art31-traffic-previous-mla-reference = Деловодни / референтни број
art31-traffic-previous-mla-requesting = Подаци за контакт органа који је поднео претходни захтев
art31-traffic-previous-mla-executing = Подаци за контакт органа који је одговорио на претходни захтев (или га извршио)
art31-traffic-previous-mla-channel = Начин комуникације коришћен за подношење претходног захтева (адреса електронске поште, број факса итд.)
art31-traffic-previous-preservation = Подаци о претходном захтеву за чување, ако је применљиво
art31-traffic-previous-preservation-date = Датум
art31-traffic-previous-preservation-reference = Деловодни / референтни број
art31-traffic-previous-preservation-requesting = Подаци за контакт органа који је затражио чување
art31-traffic-previous-preservation-executing = Подаци за контакт органа који је одговорио на захтев за чување (или га извршио)
art31-traffic-previous-preservation-channel = Канал комуникације
art31-traffic-previous-preservation-channel-network-247 = Контакт тачка мреже 24/7
art31-traffic-previous-preservation-channel-provider = Непосредно пружаоцу услуга
art31-traffic-previous-preservation-channel-police = Канал полицијске сарадње
art31-traffic-previous-preservation-channel-mla = Централни орган за узајамну помоћ
art31-traffic-previous-preservation-channel-other = Друго
art31-traffic-previous-preservation-channel-other-detail = Коришћени канал
art31-traffic-previous-preservation-expiry = Подаци сачувани до
    .hint = Датум престанка чувања, како га је потврдила замољена држава или пружалац услуга, ако је познат.
art31-traffic-legal-grounds = Правни основ захтева
art31-traffic-legal-grounds-domestic = Правни основ захтева у домаћем праву, ако је применљиво
    .hint = Одредбе вашег права на основу којих се подноси овај захтев, нпр. чланови законика о кривичном поступку о захтевима за узајамну правну помоћ.
art31-traffic-legal-grounds-instruments = Други применљиви уговори или аранжмани
art31-traffic-legal-grounds-instruments-ets-30 = Европска конвенција о међусобном пружању правне помоћи у кривичним стварима (ETS бр. 30) и њени протоколи
art31-traffic-legal-grounds-instruments-bilateral = Билатерални уговор
art31-traffic-legal-grounds-instruments-bilateral-detail = Назив и датум уговора
art31-traffic-legal-grounds-instruments-reciprocity = Узајамност
art31-traffic-offences = Кривично дело (кривична дела)
art31-traffic-offences-offences = Кривично дело
art31-traffic-offences-offences-name = Кривично дело
art31-traffic-offences-offences-provision = Законска одредба
art31-traffic-offences-offences-penalty = Највећа запрећена казна
art31-traffic-offences-damage = Проузрокована штета
    .hint = Износ губитка, у његовој валути, ако га има.
art31-traffic-offences-damage-below-threshold = Штета је мања од противвредности 5.000 америчких долара
    .hint = Ваша провера, која се никада не штампа у захтеву. Сједињене Америчке Државе по правилу одбијају захтеве који се односе на штету мању од 5.000 америчких долара; упоредите штету у вашој валути са тим износом.
art31-traffic-facts = Кратак опис чињеница
    .hint = Ко је шта учинио, када и где, и како је кривично дело извршено помоћу предметне услуге. Свако време наведите са временском зоном.
art31-traffic-identifiers = Идентификатори и период тражених података
art31-traffic-identifiers-identifiers = Идентификатори тражених података
    .hint = Сваки налог, адреса или број чији се подаци траже. За IP адресу наведите изворни порт и тачан датум и време са временском зоном: код дељених адреса пружалац без њих не може да идентификује претплатника.
art31-traffic-identifiers-period = Тачан период за који се траже подаци
    .hint = Почетак и крај са временском зоном. Тражите само период који је потребан истрази: захтеви за дуге периоде (дуже од 90 дана) често се одбијају као прешироки.
art31-traffic-data = Тражени подаци
art31-traffic-data-traffic = Тражени подаци о саобраћају
    .hint = { $basis ->
            [budapest] Првих осам поља прати дефиницију података о саобраћају из члана 1. тачка д Конвенције: подаци које ствара рачунарски систем као део ланца комуникације.
           *[other] Подаци које ствара рачунарски систем као део ланца комуникације: означите само оно што је потребно истрази.
        }
art31-traffic-data-traffic-origin = Порекло комуникације
art31-traffic-data-traffic-destination = Одредиште комуникације
art31-traffic-data-traffic-route = Путања
art31-traffic-data-traffic-time = Време
art31-traffic-data-traffic-date = Датум
art31-traffic-data-traffic-size = Величина
art31-traffic-data-traffic-duration = Трајање
art31-traffic-data-traffic-service = Врста основне услуге
art31-traffic-data-traffic-connection-log = Историја IP конекција: пријављивања и одјављивања са IP адресама, изворним портовима, датумима и временима
art31-traffic-data-traffic-headers = Подаци из заглавља електронске поште, без садржаја
art31-traffic-data-traffic-other = Друго
art31-traffic-data-traffic-other-detail = Други тражени подаци о саобраћају
art31-traffic-data-subscriber = Тражени подаци о претплатнику
    .hint = { $basis ->
            [budapest] Означите само оно што је потребно поред података о саобраћају. Првих шест поља прати дефиницију података о претплатнику из члана 18. став 3. Конвенције.
           *[other] Означите само оно што је потребно поред података о саобраћају.
        }
art31-traffic-data-subscriber-service = Врста коришћене комуникационе услуге, техничке мере предузете у вези са њом и период пружања услуге
art31-traffic-data-subscriber-identity = Идентитет претплатника
art31-traffic-data-subscriber-address = Поштанска или географска адреса
art31-traffic-data-subscriber-access-number = Број телефона и други приступни бројеви
art31-traffic-data-subscriber-billing = Подаци о обрачуну и плаћању
art31-traffic-data-subscriber-installation = Место на коме је инсталирана комуникациона опрема
art31-traffic-data-subscriber-email = Адресе електронске поште повезане са налогом
art31-traffic-data-subscriber-registration-ip = IP адреса и датум и време регистрације
art31-traffic-data-subscriber-other = Друго
art31-traffic-data-subscriber-other-detail = Други тражени подаци о претплатнику
art31-traffic-preservation = Чување података
art31-traffic-preservation-sought = Да ли је чување података већ затражено?
    .hint = { $basis ->
            [budapest] Да ли су подаци сачувани на основу члана 29. Конвенције, преко мреже 24/7 или непосредно код пружаоца услуга. Референтни број омогућава замољеном органу и пружаоцу да пронађу сачуване податке. Ако је овај захтев у вези са захтевом за чување описаним у одељку 10, наведите исти датум и референтни број.
           *[other] Да ли су подаци сачувани, и то преко мреже 24/7, другог органа замољене државе или непосредно код пружаоца услуга. Референтни број омогућава замољеном органу и пружаоцу да пронађу сачуване податке. Ако је овај захтев у вези са захтевом за чување описаним у одељку 10, наведите исти датум и референтни број.
        }
art31-traffic-preservation-sought-yes = Да
art31-traffic-preservation-sought-no = Не
art31-traffic-preservation-date = Датум захтева за чување
art31-traffic-preservation-reference = Референтни број захтева за чување
    .hint = Референтни број који је доделио замољени орган или пружалац услуга; ако није додељен, ваш сопствени референтни број.
art31-traffic-relevance = Веза података са истрагом
    .hint = Објасните како је сваки идентификатор и свака врста тражених података повезана са кривичним делом и осумњиченим, и зашто се верује да пружалац услуга држи те податке.
art31-traffic-service-provider = Пружалац услуга који држи податке
art31-traffic-service-provider-name = Назив пружаоца услуга
    .hint = Правни назив пружаоца, како је наведен у његовим условима коришћења или смерницама за органе кривичног гоњења.
art31-traffic-service-provider-address = Адреса или локација
art31-traffic-urgency = Хитност
art31-traffic-urgency-urgent = Тражи се хитно извршење
art31-traffic-urgency-reasons = Разлози хитности
    .hint = { $basis ->
            [budapest] Нпр. осумњичени је у притвору, рок у поступку, или постоје разлози да се верује да су подаци посебно подложни губитку или измени (члан 31. став 3).
           *[other] Нпр. осумњичени је у притвору, рок у поступку, или постоје разлози да се верује да су подаци посебно подложни губитку или измени.
        }
art31-traffic-urgency-deadline = Подаци су потребни до
art31-traffic-confidentiality = Поверљивост
art31-traffic-confidentiality-confidential = Молимо да чињеницу и предмет овог захтева чувате као поверљиве, осим у мери у којој је то неопходно за његово извршење
art31-traffic-confidentiality-no-notification = Затражити од пружаоца услуга да не обавештава претплатника нити било које треће лице
    .hint = Питајте замољени орган да ли пракса или систем пружаоца може да упозори корисника.
art31-traffic-confidentiality-reasons = Разлози за поверљивост
    .hint = Нпр. опасност да осумњичени уништи доказе, побегне или упозори саучеснике.
art31-traffic-form = Облик података и овера
art31-traffic-form-electronic = Електронска копија у читљивом формату
art31-traffic-form-certified = Оверена копија
art31-traffic-form-certificate = Потврда пружаоца услуга о аутентичности пословне евиденције
art31-traffic-form-other = Друго
art31-traffic-form-other-detail = Други захтев
