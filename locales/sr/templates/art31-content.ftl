# Шаблон art31-content: захтев за узајамну правну помоћ ради добијања ускладиштених података о садржају, уз податке о саобраћају и податке о претплатнику ако су потребни (Будимпештанска конвенција, члан 31).
# Одељци 1–11 прате нумерацију и текст T-CY(2018)10, као у art31-subscriber; каснији одељци прате члан 1. тачка д, члан 18. став 3, члан 25. став 5. и чланове 28. и 31. Конвенције.

art31-content-legal-basis = { $basis ->
        [budapest] Члан 31. Конвенције о високотехнолошком криминалу (ETS бр. 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Датум
art31-content-reference = Референтни број / број предмета
art31-content-status = Статус захтева
    .hint = Означите сва поља која се примењују. Ако је захтев у вези са ранијим захтевом, отварају се одељци 9 и 10 за податке о њему.
art31-content-status-new = Нови захтев
art31-content-status-follow-up-mla = Захтев у вези са претходним захтевом за узајамну правну помоћ (подаци у одељку 9)
art31-content-status-follow-up-preservation = Захтев у вези са претходним захтевом за чување (подаци у одељку 10)
art31-content-requested-authority = Замољени орган
art31-content-requested-authority-country = Замољена држава
art31-content-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Централни орган замољене државе за узајамну помоћ (члан 27. став 2) или орган који је он одредио за пријем таквих захтева.
           *[other] Централни орган замољене државе за узајамну помоћ или орган који је он одредио за пријем таквих захтева.
        }
art31-content-requesting-authority = Орган молилац
art31-content-requesting-authority-organisation = Организација
art31-content-requesting-authority-person = Лице одговорно за захтев
art31-content-requesting-authority-address = Адреса
art31-content-requesting-authority-phone = Број телефона
art31-content-requesting-authority-mobile = Број мобилног телефона
art31-content-requesting-authority-email = Адреса електронске поште
art31-content-requesting-authority-fax = Број факса
art31-content-requesting-authority-office-hours = Радно време
art31-content-requesting-authority-time-zone = Временска зона
    .hint = Временска зона ваше канцеларије, као одступање од UTC. Свако друго време у овом захтеву наводи се са сопственом временском зоном.
art31-content-requesting-authority-response = Начин одговора
art31-content-requesting-authority-response-expedited = Пожељан је одговор електронском поштом или другим хитним путем
art31-content-requesting-authority-response-other = Пожељан је одговор другим путем
art31-content-requesting-authority-response-other-detail = Пожељан је одговор путем
art31-content-additional-contact = Ако буде потребна додатна потврда органа молиоца, молимо обратите се
art31-content-additional-contact-contacts = Лице за контакт
art31-content-additional-contact-contacts-name = Име и презиме
art31-content-additional-contact-contacts-job-title = Радно место
art31-content-additional-contact-contacts-function = Функција
art31-content-additional-contact-contacts-phone = Број телефона
art31-content-additional-contact-contacts-mobile = Број мобилног телефона
art31-content-additional-contact-contacts-email = Адреса електронске поште
art31-content-investigating-authority = Истражни / оперативни орган надлежан за предмет (ако није исти као орган молилац)
art31-content-investigating-authority-organisation = Организација
art31-content-investigating-authority-person = Лице одговорно за предмет
art31-content-investigating-authority-address = Адреса
art31-content-investigating-authority-phone = Број телефона
art31-content-investigating-authority-mobile = Број мобилног телефона
art31-content-investigating-authority-email = Адреса електронске поште
art31-content-investigating-authority-fax = Број факса
art31-content-prosecution-court = Надлежно тужилаштво или суд, ако је применљиво
art31-content-prosecution-court-prosecution = Надлежно тужилаштво и број предмета
art31-content-prosecution-court-court = Надлежни суд и број предмета
art31-content-prosecution-court-decisions = Одлуке тужилаштва или суда у вези са овим захтевом
    .hint = За сваку одлуку: орган, њен датум и број, и шта се њоме налаже или одобрава. Приложите копију ако то замољена држава захтева.
art31-content-previous-mla = Подаци о претходном захтеву за узајамну правну помоћ, ако је применљиво
art31-content-previous-mla-date = Датум
art31-content-previous-mla-reference = Деловодни / референтни број
art31-content-previous-mla-requesting = Подаци за контакт органа који је поднео претходни захтев
art31-content-previous-mla-executing = Подаци за контакт органа који је одговорио на претходни захтев (или га извршио)
art31-content-previous-mla-channel = Начин комуникације коришћен за подношење претходног захтева (адреса електронске поште, број факса итд.)
art31-content-previous-preservation = Подаци о претходном захтеву за чување, ако је применљиво
art31-content-previous-preservation-date = Датум
art31-content-previous-preservation-reference = Деловодни / референтни број
art31-content-previous-preservation-requesting = Подаци за контакт органа који је затражио чување
art31-content-previous-preservation-executing = Подаци за контакт органа који је одговорио на захтев за чување (или га извршио)
art31-content-previous-preservation-channel = Канал комуникације
art31-content-previous-preservation-channel-network-247 = Контакт тачка мреже 24/7
art31-content-previous-preservation-channel-provider = Непосредно пружаоцу услуга
art31-content-previous-preservation-channel-police = Канал полицијске сарадње
art31-content-previous-preservation-channel-mla = Централни орган за узајамну помоћ
art31-content-previous-preservation-channel-other = Друго
art31-content-previous-preservation-channel-other-detail = Коришћени канал
art31-content-previous-preservation-expiry = Подаци сачувани до
    .hint = Датум престанка чувања, како га је потврдила замољена држава или пружалац услуга, ако је познат.
art31-content-legal-grounds = Правни основ захтева
art31-content-legal-grounds-domestic = Правни основ захтева у домаћем праву, ако је применљиво
    .hint = Одредбе вашег права на основу којих се подноси овај захтев, нпр. чланови законика о кривичном поступку о захтевима за узајамну правну помоћ.
art31-content-legal-grounds-instruments = Други применљиви уговори или аранжмани
art31-content-legal-grounds-instruments-ets-30 = Европска конвенција о међусобном пружању правне помоћи у кривичним стварима (ETS бр. 30) и њени протоколи
art31-content-legal-grounds-instruments-bilateral = Билатерални уговор
art31-content-legal-grounds-instruments-bilateral-detail = Назив и датум уговора
art31-content-legal-grounds-instruments-reciprocity = Узајамност
art31-content-offences = Кривично дело (кривична дела)
art31-content-offences-offences = Кривично дело
art31-content-offences-offences-name = Кривично дело
art31-content-offences-offences-provision = Законска одредба
art31-content-offences-offences-penalty = Највећа запрећена казна
art31-content-offences-damage = Проузрокована штета
    .hint = Износ губитка, у његовој валути, ако га има.
art31-content-offences-damage-below-threshold = Штета је мања од противвредности 5.000 америчких долара
    .hint = Ваша провера, која се никада не штампа у захтеву. Сједињене Америчке Државе по правилу одбијају захтеве који се односе на штету мању од 5.000 америчких долара; упоредите штету у вашој валути са тим износом.
art31-content-facts = Кратак опис чињеница
    .hint = Ко је шта учинио, када и где, и како је кривично дело извршено помоћу предметне услуге. Свако време наведите са временском зоном.
art31-content-identifiers = Идентификатори и период тражених података
art31-content-identifiers-identifiers = Идентификатори тражених података
    .hint = Сваки налог, адреса или број чији се подаци траже. За IP адресу наведите изворни порт и тачан датум и време са временском зоном: код дељених адреса пружалац без њих не може да идентификује претплатника.
art31-content-identifiers-period = Тачан период за који се траже подаци
    .hint = Почетак и крај са временском зоном. Тражите само период који је потребан истрази: захтеви за дуге периоде (дуже од 90 дана) често се одбијају као прешироки.
art31-content-data = Тражени подаци
art31-content-data-content = Тражени подаци о садржају
    .hint = Наведите само садржај који чињенице оправдавају; замољеној држави за то може бити потребна судска наредба.
art31-content-data-content-messages = Ускладиштене поруке, укључујући поруке у ћаскању и директне поруке
art31-content-data-content-emails = Ускладиштене електронске поруке са прилозима
art31-content-data-content-files = Ускладиштене датотеке и документи, укључујући складиште у облаку
art31-content-data-content-media = Фотографије и видео-записи
art31-content-data-content-posts = Објаве, коментари и други објављени садржај
art31-content-data-content-location = Ускладиштени подаци о локацији
art31-content-data-content-contacts = Листе контаката и адресари
art31-content-data-content-other = Друго
art31-content-data-content-other-detail = Други тражени подаци о садржају
art31-content-data-traffic = Тражени подаци о саобраћају
    .hint = { $basis ->
            [budapest] Означите само оно што је потребно поред података о садржају. Првих осам поља прати дефиницију података о саобраћају из члана 1. тачка д Конвенције: подаци које ствара рачунарски систем као део ланца комуникације.
           *[other] Означите само оно што је потребно поред података о садржају. Подаци о саобраћају су подаци које ствара рачунарски систем као део ланца комуникације.
        }
art31-content-data-traffic-origin = Порекло комуникације
art31-content-data-traffic-destination = Одредиште комуникације
art31-content-data-traffic-route = Путања
art31-content-data-traffic-time = Време
art31-content-data-traffic-date = Датум
art31-content-data-traffic-size = Величина
art31-content-data-traffic-duration = Трајање
art31-content-data-traffic-service = Врста основне услуге
art31-content-data-traffic-connection-log = Историја IP конекција: пријављивања и одјављивања са IP адресама, изворним портовима, датумима и временима
art31-content-data-traffic-headers = Подаци из заглавља електронске поште, без садржаја
art31-content-data-traffic-other = Друго
art31-content-data-traffic-other-detail = Други тражени подаци о саобраћају
art31-content-data-subscriber = Тражени подаци о претплатнику
    .hint = { $basis ->
            [budapest] Означите само оно што је потребно поред података о садржају. Првих шест поља прати дефиницију података о претплатнику из члана 18. став 3. Конвенције.
           *[other] Означите само оно што је потребно поред података о садржају.
        }
art31-content-data-subscriber-service = Врста коришћене комуникационе услуге, техничке мере предузете у вези са њом и период пружања услуге
art31-content-data-subscriber-identity = Идентитет претплатника
art31-content-data-subscriber-address = Поштанска или географска адреса
art31-content-data-subscriber-access-number = Број телефона и други приступни бројеви
art31-content-data-subscriber-billing = Подаци о обрачуну и плаћању
art31-content-data-subscriber-installation = Место на коме је инсталирана комуникациона опрема
art31-content-data-subscriber-email = Адресе електронске поште повезане са налогом
art31-content-data-subscriber-registration-ip = IP адреса и датум и време регистрације
art31-content-data-subscriber-other = Друго
art31-content-data-subscriber-other-detail = Други тражени подаци о претплатнику
art31-content-measures = Тражене мере
    .hint = { $basis ->
            [budapest] Члан 31. став 1: замољена Страна може да претражи или на сличан начин приступи, заплени или на сличан начин обезбеди и открије податке ускладиштене на својој територији, укључујући податке сачуване на основу члана 29.
           *[other] Шта се од замољене државе тражи у погледу података ускладиштених на њеној територији, укључујући већ сачуване податке: да их претражи или им на сличан начин приступи, да их заплени или на сличан начин обезбеди и да их открије.
        }
art31-content-measures-search = Претрага или сличан приступ
art31-content-measures-seizure = Заплена или слично обезбеђење
art31-content-measures-disclosure = Откривање
art31-content-preservation = Чување података
art31-content-preservation-sought = Да ли је чување података већ затражено?
    .hint = { $basis ->
            [budapest] Да ли су подаци сачувани на основу члана 29. Конвенције, преко мреже 24/7 или непосредно код пружаоца услуга. Референтни број омогућава замољеном органу и пружаоцу да пронађу сачуване податке. Ако је овај захтев у вези са захтевом за чување описаним у одељку 10, наведите исти датум и референтни број.
           *[other] Да ли су подаци сачувани, и то преко мреже 24/7, другог органа замољене државе или непосредно код пружаоца услуга. Референтни број омогућава замољеном органу и пружаоцу да пронађу сачуване податке. Ако је овај захтев у вези са захтевом за чување описаним у одељку 10, наведите исти датум и референтни број.
        }
art31-content-preservation-sought-yes = Да
art31-content-preservation-sought-no = Не
art31-content-preservation-date = Датум захтева за чување
art31-content-preservation-reference = Референтни број захтева за чување
    .hint = Референтни број који је доделио замољени орган или пружалац услуга; ако није додељен, ваш сопствени референтни број.
art31-content-relevance = Веза података са истрагом
    .hint = Објасните како је сваки идентификатор и свака врста тражених података повезана са кривичним делом и осумњиченим, и зашто се верује да пружалац услуга држи те податке.
art31-content-grounds = Чињенични основ за претрагу или прибављање података о садржају
    .hint = Конкретне чињенице које испуњавају праг који замољена држава поставља за принудне мере, нпр. „вероватни разлог“ (probable cause) у Сједињеним Америчким Државама: чињенице које показују да је налог коришћен у вези са кривичним делом и да ће се докази о њему вероватно наћи у траженом садржају, као и када су се те чињенице догодиле. Сами закључци или сумње нису довољни.
art31-content-dual-criminality = Двострука кажњивост
    .hint = { $basis ->
            [budapest] Објасните због чега је понашање описано у одељку 13 кривично дело и према праву замољене државе, уз навођење одговарајуће одредбе ако је позната. Према члану 25. став 5. Конвенције услов је испуњен ако је понашање на коме се заснива кривично дело тамо кривично дело, без обзира на то у коју је категорију кривичних дела сврстано и како је названо.
           *[other] Објасните због чега је понашање описано у одељку 13 кривично дело и према праву замољене државе, уз навођење одговарајуће одредбе ако је позната.
        }
art31-content-use = Ограничења употребе података
art31-content-use-undertakings = Обавезе органа молиоца
    .hint = { $basis ->
            [budapest] Члан 28. примењује се ако између Страна није на снази уговор о узајамној помоћи или аранжман заснован на једнообразном или реципрочном законодавству; у супротном се примењују правила тог уговора или аранжмана о поверљивости и употреби.
           *[other] Услови поверљивости и ограничења употребе су они из изабраног инструмента или, ако уговора нема, они које постави замољена држава.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Орган молилац ће поштовати услове поверљивости и ограничења употребе које је поставила замољена Страна на основу члана 28. став 2. Конвенције
       *[other] Орган молилац ће поштовати услове поверљивости и ограничења употребе које је поставила замољена држава
    }
art31-content-use-undertakings-speciality = Подаци ће се користити само за истрагу и поступак наведене у овом захтеву, осим ако замољена Страна пристане на другачију употребу (начело специјалности)
art31-content-use-explanation = Објашњење намераване употребе података
    .hint = Нпр. да ли ће подаци морати да буду откривени одбрани или коришћени у повезаним поступцима, како би замољена Страна могла у складу с тим да постави своје услове.
art31-content-service-provider = Пружалац услуга који држи податке
art31-content-service-provider-name = Назив пружаоца услуга
    .hint = Правни назив пружаоца, како је наведен у његовим условима коришћења или смерницама за органе кривичног гоњења.
art31-content-service-provider-address = Адреса или локација
art31-content-urgency = Хитност
art31-content-urgency-urgent = Тражи се хитно извршење
art31-content-urgency-reasons = Разлози хитности
    .hint = { $basis ->
            [budapest] Нпр. осумњичени је у притвору, рок у поступку, или постоје разлози да се верује да су подаци посебно подложни губитку или измени (члан 31. став 3).
           *[other] Нпр. осумњичени је у притвору, рок у поступку, или постоје разлози да се верује да су подаци посебно подложни губитку или измени.
        }
art31-content-urgency-deadline = Подаци су потребни до
art31-content-confidentiality = Поверљивост
art31-content-confidentiality-confidential = Молимо да чињеницу и предмет овог захтева чувате као поверљиве, осим у мери у којој је то неопходно за његово извршење
art31-content-confidentiality-no-notification = Затражити од пружаоца услуга да не обавештава претплатника нити било које треће лице
    .hint = Питајте замољени орган да ли пракса или систем пружаоца може да упозори корисника.
art31-content-confidentiality-reasons = Разлози за поверљивост
    .hint = Нпр. опасност да осумњичени уништи доказе, побегне или упозори саучеснике.
art31-content-form = Облик података, овера и ланац надзора над доказима
    .hint = Да би био прихваћен као доказ, садржај по правилу мора бити оверен: означите оно што је потребно вашим судовима, нпр. форензичку копију са хеш вредностима и евиденцију о свима који су руковали подацима, или потврду пружаоца услуга о аутентичности његове пословне евиденције.
art31-content-form-electronic = Електронска копија у читљивом формату
art31-content-form-certified = Оверена копија
art31-content-form-certificate = Потврда пружаоца услуга о аутентичности пословне евиденције
art31-content-form-forensic = Форензичка копија са хеш вредностима
art31-content-form-custody = Евиденција о ланцу надзора над доказима
art31-content-form-other = Друго
art31-content-form-other-detail = Други захтев
