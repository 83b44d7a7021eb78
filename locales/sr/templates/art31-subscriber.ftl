# Шаблон art31-subscriber: захтев за узајамну правну помоћ ради добијања података о претплатнику (Будимпештанска конвенција, члан 31).
# Одељци 1–11 прате нумерацију и текст T-CY(2018)10; каснији одељци прате члан 18. став 3. и члан 31. Конвенције.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Члан 31. Конвенције о високотехнолошком криминалу (ETS бр. 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Датум
art31-subscriber-reference = Референтни број / број предмета
art31-subscriber-status = Статус захтева
    .hint = Означите сва поља која се примењују. Ако је захтев у вези са ранијим захтевом, отварају се одељци 9 и 10 за податке о њему.
art31-subscriber-status-new = Нови захтев
art31-subscriber-status-follow-up-mla = Захтев у вези са претходним захтевом за узајамну правну помоћ (подаци у одељку 9)
art31-subscriber-status-follow-up-preservation = Захтев у вези са претходним захтевом за чување (подаци у одељку 10)
art31-subscriber-requested-authority = Замољени орган
art31-subscriber-requested-authority-country = Замољена држава
art31-subscriber-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Централни орган замољене државе за узајамну помоћ (члан 27. став 2) или орган који је он одредио за пријем таквих захтева.
           *[other] Централни орган замољене државе за узајамну помоћ или орган који је он одредио за пријем таквих захтева.
        }
art31-subscriber-requesting-authority = Орган молилац
art31-subscriber-requesting-authority-organisation = Организација
art31-subscriber-requesting-authority-person = Лице одговорно за захтев
art31-subscriber-requesting-authority-address = Адреса
art31-subscriber-requesting-authority-phone = Број телефона
art31-subscriber-requesting-authority-mobile = Број мобилног телефона
art31-subscriber-requesting-authority-email = Адреса електронске поште
art31-subscriber-requesting-authority-fax = Број факса
art31-subscriber-requesting-authority-office-hours = Радно време
art31-subscriber-requesting-authority-time-zone = Временска зона
    .hint = Временска зона ваше канцеларије, као одступање од UTC. Свако друго време у овом захтеву наводи се са сопственом временском зоном.
art31-subscriber-requesting-authority-response = Начин одговора
art31-subscriber-requesting-authority-response-expedited = Пожељан је одговор електронском поштом или другим хитним путем
art31-subscriber-requesting-authority-response-other = Пожељан је одговор другим путем
art31-subscriber-requesting-authority-response-other-detail = Пожељан је одговор путем
art31-subscriber-additional-contact = Ако буде потребна додатна потврда органа молиоца, молимо обратите се
art31-subscriber-additional-contact-contacts = Лице за контакт
art31-subscriber-additional-contact-contacts-name = Име и презиме
art31-subscriber-additional-contact-contacts-job-title = Радно место
art31-subscriber-additional-contact-contacts-function = Функција
art31-subscriber-additional-contact-contacts-phone = Број телефона
art31-subscriber-additional-contact-contacts-mobile = Број мобилног телефона
art31-subscriber-additional-contact-contacts-email = Адреса електронске поште
art31-subscriber-investigating-authority = Истражни / оперативни орган надлежан за предмет (ако није исти као орган молилац)
art31-subscriber-investigating-authority-organisation = Организација
art31-subscriber-investigating-authority-person = Лице одговорно за предмет
art31-subscriber-investigating-authority-address = Адреса
art31-subscriber-investigating-authority-phone = Број телефона
art31-subscriber-investigating-authority-mobile = Број мобилног телефона
art31-subscriber-investigating-authority-email = Адреса електронске поште
art31-subscriber-investigating-authority-fax = Број факса
art31-subscriber-prosecution-court = Надлежно тужилаштво или суд, ако је применљиво
art31-subscriber-prosecution-court-prosecution = Надлежно тужилаштво и број предмета
art31-subscriber-prosecution-court-court = Надлежни суд и број предмета
art31-subscriber-prosecution-court-decisions = Одлуке тужилаштва или суда у вези са овим захтевом
    .hint = За сваку одлуку: орган, њен датум и број, и шта се њоме налаже или одобрава. Приложите копију ако то замољена држава захтева.
art31-subscriber-previous-mla = Подаци о претходном захтеву за узајамну правну помоћ, ако је применљиво
art31-subscriber-previous-mla-date = Датум
art31-subscriber-previous-mla-reference = Деловодни / референтни број
art31-subscriber-previous-mla-requesting = Подаци за контакт органа који је поднео претходни захтев
art31-subscriber-previous-mla-executing = Подаци за контакт органа који је одговорио на претходни захтев (или га извршио)
art31-subscriber-previous-mla-channel = Начин комуникације коришћен за подношење претходног захтева (адреса електронске поште, број факса итд.)
art31-subscriber-previous-preservation = Подаци о претходном захтеву за чување, ако је применљиво
art31-subscriber-previous-preservation-date = Датум
art31-subscriber-previous-preservation-reference = Деловодни / референтни број
art31-subscriber-previous-preservation-requesting = Подаци за контакт органа који је затражио чување
art31-subscriber-previous-preservation-executing = Подаци за контакт органа који је одговорио на захтев за чување (или га извршио)
art31-subscriber-previous-preservation-channel = Канал комуникације
art31-subscriber-previous-preservation-channel-network-247 = Контакт тачка мреже 24/7
art31-subscriber-previous-preservation-channel-provider = Непосредно пружаоцу услуга
art31-subscriber-previous-preservation-channel-police = Канал полицијске сарадње
art31-subscriber-previous-preservation-channel-mla = Централни орган за узајамну помоћ
art31-subscriber-previous-preservation-channel-other = Друго
art31-subscriber-previous-preservation-channel-other-detail = Коришћени канал
art31-subscriber-previous-preservation-expiry = Подаци сачувани до
    .hint = Датум престанка чувања, како га је потврдила замољена држава или пружалац услуга, ако је познат.
art31-subscriber-legal-grounds = Правни основ захтева
art31-subscriber-legal-grounds-domestic = Правни основ захтева у домаћем праву, ако је применљиво
    .hint = Одредбе вашег права на основу којих се подноси овај захтев, нпр. чланови законика о кривичном поступку о захтевима за узајамну правну помоћ.
art31-subscriber-legal-grounds-instruments = Други применљиви уговори или аранжмани
art31-subscriber-legal-grounds-instruments-ets-30 = Европска конвенција о међусобном пружању правне помоћи у кривичним стварима (ETS бр. 30) и њени протоколи
art31-subscriber-legal-grounds-instruments-bilateral = Билатерални уговор
art31-subscriber-legal-grounds-instruments-bilateral-detail = Назив и датум уговора
art31-subscriber-legal-grounds-instruments-reciprocity = Узајамност
art31-subscriber-offences = Кривично дело (кривична дела)
art31-subscriber-offences-offences = Кривично дело
art31-subscriber-offences-offences-name = Кривично дело
art31-subscriber-offences-offences-provision = Законска одредба
art31-subscriber-offences-offences-penalty = Највећа запрећена казна
art31-subscriber-offences-damage = Проузрокована штета
    .hint = Износ губитка, у његовој валути, ако га има.
art31-subscriber-offences-damage-below-threshold = Штета је мања од противвредности 5.000 америчких долара
    .hint = Ваша провера, која се никада не штампа у захтеву. Сједињене Америчке Државе по правилу одбијају захтеве који се односе на штету мању од 5.000 америчких долара; упоредите штету у вашој валути са тим износом.
art31-subscriber-facts = Кратак опис чињеница
    .hint = Ко је шта учинио, када и где, и како је кривично дело извршено помоћу предметне услуге. Свако време наведите са временском зоном.
art31-subscriber-identifiers = Идентификатори и период тражених података
art31-subscriber-identifiers-identifiers = Идентификатори тражених података
    .hint = Сваки налог, адреса или број чији се претплатник тражи. За IP адресу наведите изворни порт и тачан датум и време са временском зоном: код дељених адреса пружалац без њих не може да идентификује претплатника.
art31-subscriber-identifiers-period = Тачан период за који се траже подаци
    .hint = Почетак и крај са временском зоном. Тражите само период који је потребан истрази: захтеви за дуге периоде (дуже од 90 дана) често се одбијају као прешироки.
art31-subscriber-categories = Тражени подаци о претплатнику
    .hint = { $basis ->
            [budapest] Означите само оно што је потребно истрази. Првих шест поља прати дефиницију података о претплатнику из члана 18. став 3. Конвенције.
           *[other] Означите само оно што је потребно истрази.
        }
art31-subscriber-categories-service = Врста коришћене комуникационе услуге, техничке мере предузете у вези са њом и период пружања услуге
art31-subscriber-categories-identity = Идентитет претплатника
art31-subscriber-categories-address = Поштанска или географска адреса
art31-subscriber-categories-access-number = Број телефона и други приступни бројеви
art31-subscriber-categories-billing = Подаци о обрачуну и плаћању
art31-subscriber-categories-installation = Место на коме је инсталирана комуникациона опрема
art31-subscriber-categories-email = Адресе електронске поште повезане са налогом
art31-subscriber-categories-registration-ip = IP адреса и датум и време регистрације
art31-subscriber-categories-login-ip-at = IP адреса пријаве извршене датума и у време наведених уз идентификатор (ради идентификације претплатника)
art31-subscriber-categories-other = Друго
art31-subscriber-categories-other-detail = Други тражени подаци
art31-subscriber-relevance = Веза података са истрагом
    .hint = Објасните како је сваки идентификатор повезан са кривичним делом и осумњиченим, и зашто се верује да пружалац услуга држи те податке.
art31-subscriber-service-provider = Пружалац услуга који држи податке
art31-subscriber-service-provider-name = Назив пружаоца услуга
    .hint = Правни назив пружаоца, како је наведен у његовим условима коришћења или смерницама за органе кривичног гоњења.
art31-subscriber-service-provider-address = Адреса или локација
art31-subscriber-urgency = Хитност
art31-subscriber-urgency-urgent = Тражи се хитно извршење
art31-subscriber-urgency-reasons = Разлози хитности
    .hint = { $basis ->
            [budapest] Нпр. осумњичени је у притвору, рок у поступку, или постоје разлози да се верује да су подаци посебно подложни губитку или измени (члан 31. став 3).
           *[other] Нпр. осумњичени је у притвору, рок у поступку, или постоје разлози да се верује да су подаци посебно подложни губитку или измени.
        }
art31-subscriber-urgency-deadline = Подаци су потребни до
art31-subscriber-confidentiality = Поверљивост
art31-subscriber-confidentiality-confidential = Молимо да чињеницу и предмет овог захтева чувате као поверљиве, осим у мери у којој је то неопходно за његово извршење
art31-subscriber-confidentiality-no-notification = Затражити од пружаоца услуга да не обавештава претплатника нити било које треће лице
    .hint = Питајте замољени орган да ли пракса или систем пружаоца може да упозори корисника.
art31-subscriber-confidentiality-reasons = Разлози за поверљивост
    .hint = Нпр. опасност да осумњичени уништи доказе, побегне или упозори саучеснике.
art31-subscriber-form = Облик података и овера
art31-subscriber-form-electronic = Електронска копија у читљивом формату
art31-subscriber-form-certified = Оверена копија
art31-subscriber-form-certificate = Потврда пружаоца услуга о аутентичности пословне евиденције
art31-subscriber-form-other = Друго
art31-subscriber-form-other-detail = Други захтев
