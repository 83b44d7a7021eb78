# Образец art31-traffic: барање за взаемна правна помош за складирани податоци за сообраќајот, со информации за претплатникот доколку се потребни (Будимпештанска конвенција, член 31).
# Деловите 1–11 ги следат нумерацијата и текстот на T-CY(2018)10, како во art31-subscriber; подоцнежните делови ги следат член 1 точка д, член 18 став 3 и член 31 од Конвенцијата.

art31-traffic-legal-basis = { $basis ->
        [budapest] Член 31 од Конвенцијата за компјутерски криминал (ETS бр. 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Датум
art31-traffic-reference = Референтен број / број на предметот
art31-traffic-status = Статус на барањето
    .hint = Означете ги сите полиња што се однесуваат. Ако барањето е поврзано со претходно барање, се отвораат деловите 9 и 10 за податоците за него.
art31-traffic-status-new = Ново барање
art31-traffic-status-follow-up-mla = Барање поврзано со претходно барање за взаемна правна помош (податоци во делот 9)
art31-traffic-status-follow-up-preservation = Барање поврзано со претходно барање за зачувување (податоци во делот 10)
art31-traffic-requested-authority = Замолен орган
art31-traffic-requested-authority-country = Замолена држава
art31-traffic-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Централниот орган на замолената држава за взаемна помош (член 27 став 2) или органот што тој го определил да прима такви барања.
           *[other] Централниот орган на замолената држава за взаемна помош или органот што тој го определил да прима такви барања.
        }
art31-traffic-requesting-authority = Орган молител
art31-traffic-requesting-authority-organisation = Организација
art31-traffic-requesting-authority-person = Лице одговорно за барањето
art31-traffic-requesting-authority-address = Адреса
art31-traffic-requesting-authority-phone = Телефонски број
art31-traffic-requesting-authority-mobile = Број на мобилен телефон
art31-traffic-requesting-authority-email = Адреса за е-пошта
art31-traffic-requesting-authority-fax = Број на факс
art31-traffic-requesting-authority-office-hours = Работно време
art31-traffic-requesting-authority-time-zone = Временска зона
    .hint = Временската зона на вашата канцеларија, како отстапување од UTC. Секое друго време во ова барање се наведува со сопствена временска зона.
art31-traffic-requesting-authority-response = Начин на одговор
art31-traffic-requesting-authority-response-expedited = Се претпочита одговор по е-пошта или на друг итен начин
art31-traffic-requesting-authority-response-other = Се претпочита одговор на друг начин
art31-traffic-requesting-authority-response-other-detail = Се претпочита одговор преку
art31-traffic-additional-contact = Доколку е потребна дополнителна потврда од органот молител, ве молиме обратете се до
art31-traffic-additional-contact-contacts = Лице за контакт
art31-traffic-additional-contact-contacts-name = Име и презиме
art31-traffic-additional-contact-contacts-job-title = Работно место
art31-traffic-additional-contact-contacts-function = Функција
art31-traffic-additional-contact-contacts-phone = Телефонски број
art31-traffic-additional-contact-contacts-mobile = Број на мобилен телефон
art31-traffic-additional-contact-contacts-email = Адреса за е-пошта
art31-traffic-investigating-authority = Истражен / оперативен орган надлежен за предметот (ако е различен од органот молител)
art31-traffic-investigating-authority-organisation = Организација
art31-traffic-investigating-authority-person = Лице одговорно за предметот
art31-traffic-investigating-authority-address = Адреса
art31-traffic-investigating-authority-phone = Телефонски број
art31-traffic-investigating-authority-mobile = Број на мобилен телефон
art31-traffic-investigating-authority-email = Адреса за е-пошта
art31-traffic-investigating-authority-fax = Број на факс
art31-traffic-prosecution-court = Надлежно обвинителство или суд, доколку е применливо
art31-traffic-prosecution-court-prosecution = Надлежно обвинителство и број на предметот
art31-traffic-prosecution-court-court = Надлежен суд и број на предметот
art31-traffic-prosecution-court-decisions = Одлуки на обвинителството или судот поврзани со ова барање
    .hint = За секоја одлука: органот, нејзиниот датум и број, и што се наредува или одобрува со неа. Приложете копија ако замолената држава го бара тоа.
art31-traffic-previous-mla = Податоци за претходното барање за взаемна правна помош, доколку е применливо
art31-traffic-previous-mla-date = Датум
art31-traffic-previous-mla-reference = Деловоден / референтен број
art31-traffic-previous-mla-requesting = Податоци за контакт на органот што го поднел претходното барање
art31-traffic-previous-mla-executing = Податоци за контакт на органот што одговорил на претходното барање (или го извршил)
art31-traffic-previous-mla-channel = Начин на комуникација користен за поднесување на претходното барање (адреса за е-пошта, број на факс итн.)
art31-traffic-previous-preservation = Податоци за претходното барање за зачувување, доколку е применливо
art31-traffic-previous-preservation-date = Датум
art31-traffic-previous-preservation-reference = Деловоден / референтен број
art31-traffic-previous-preservation-requesting = Податоци за контакт на органот што побарал зачувување
art31-traffic-previous-preservation-executing = Податоци за контакт на органот што одговорил на барањето за зачувување (или го извршил)
art31-traffic-previous-preservation-channel = Канал на комуникација
art31-traffic-previous-preservation-channel-network-247 = Контакт-точка на мрежата 24/7
art31-traffic-previous-preservation-channel-provider = Непосредно до давателот на услуги
art31-traffic-previous-preservation-channel-police = Канал на полициска соработка
art31-traffic-previous-preservation-channel-mla = Централен орган за взаемна помош
art31-traffic-previous-preservation-channel-other = Друго
art31-traffic-previous-preservation-channel-other-detail = Користен канал
art31-traffic-previous-preservation-expiry = Податоците се зачувани до
    .hint = Датумот на кој престанува зачувувањето, како што го потврдила замолената држава или давателот на услуги, доколку е познат.
art31-traffic-legal-grounds = Правна основа на барањето
art31-traffic-legal-grounds-domestic = Правна основа на барањето во домашното право, доколку е применливо
    .hint = Одредбите од вашето право врз основа на кои се поднесува ова барање, на пр. членовите од законот за кривичната постапка за барањата за взаемна правна помош.
art31-traffic-legal-grounds-instruments = Други применливи договори или аранжмани
art31-traffic-legal-grounds-instruments-ets-30 = Европска конвенција за взаемна помош во кривичните предмети (ETS бр. 30) и нејзините протоколи
art31-traffic-legal-grounds-instruments-bilateral = Билатерален договор
art31-traffic-legal-grounds-instruments-bilateral-detail = Наслов и датум на договорот
art31-traffic-legal-grounds-instruments-reciprocity = Реципроцитет
art31-traffic-offences = Кривично дело (кривични дела)
art31-traffic-offences-offences = Кривично дело
art31-traffic-offences-offences-name = Кривично дело
art31-traffic-offences-offences-provision = Законска одредба
art31-traffic-offences-offences-penalty = Највисока пропишана казна
art31-traffic-offences-damage = Предизвикана штета
    .hint = Износот на загубата, во нејзината валута, ако ја има.
art31-traffic-offences-damage-below-threshold = Штетата е помала од противвредноста на 5.000 американски долари
    .hint = Ваша проверка, која никогаш не се печати во барањето. Соединетите Американски Држави по правило одбиваат барања за штета помала од 5.000 американски долари; споредете ја штетата во вашата валута со тој износ.
art31-traffic-facts = Краток опис на фактите
    .hint = Кој што сторил, кога и каде, и како е извршено кривичното дело со помош на предметната услуга. Секое време наведете го со временската зона.
art31-traffic-identifiers = Идентификатори и период на бараните податоци
art31-traffic-identifiers-identifiers = Идентификатори на бараните податоци
    .hint = Секоја сметка, адреса или број чии податоци се бараат. За IP-адреса наведете ја изворната порта и точниот датум и време со временската зона: кај споделени адреси давателот не може да го идентификува претплатникот без нив.
art31-traffic-identifiers-period = Точен период за кој се бараат податоците
    .hint = Почетокот и крајот со временската зона. Барајте го само периодот што ѝ е потребен на истрагата: барањата за долги периоди (подолги од 90 дена) често се одбиваат како премногу широки.
art31-traffic-data = Барани податоци
art31-traffic-data-traffic = Барани податоци за сообраќајот
    .hint = { $basis ->
            [budapest] Првите осум полиња ја следат дефиницијата на податоци за сообраќајот од член 1 точка д од Конвенцијата: податоци генерирани од компјутерски систем што е дел од синџирот на комуникација.
           *[other] Податоци генерирани од компјутерски систем што е дел од синџирот на комуникација: означете само она што ѝ е потребно на истрагата.
        }
art31-traffic-data-traffic-origin = Потекло на комуникациите
art31-traffic-data-traffic-destination = Одредиште на комуникациите
art31-traffic-data-traffic-route = Пат
art31-traffic-data-traffic-time = Време
art31-traffic-data-traffic-date = Датум
art31-traffic-data-traffic-size = Големина
art31-traffic-data-traffic-duration = Траење
art31-traffic-data-traffic-service = Вид на основната услуга
art31-traffic-data-traffic-connection-log = Историја на IP-поврзувања: најавувања и одјавувања со IP-адреси, изворни порти, датуми и времиња
art31-traffic-data-traffic-headers = Информации од заглавјата на е-пораките, без нивната содржина
art31-traffic-data-traffic-other = Друго
art31-traffic-data-traffic-other-detail = Други барани податоци за сообраќајот
art31-traffic-data-subscriber = Барани информации за претплатникот
    .hint = { $basis ->
            [budapest] Означете само она што е потребно покрај податоците за сообраќајот. Првите шест полиња ја следат дефиницијата на информации за претплатникот од член 18 став 3 од Конвенцијата.
           *[other] Означете само она што е потребно покрај податоците за сообраќајот.
        }
art31-traffic-data-subscriber-service = Вид на користената комуникациска услуга, техничките мерки преземени во врска со неа и периодот на услугата
art31-traffic-data-subscriber-identity = Идентитет на претплатникот
art31-traffic-data-subscriber-address = Поштенска или географска адреса
art31-traffic-data-subscriber-access-number = Телефонски и други броеви за пристап
art31-traffic-data-subscriber-billing = Информации за фактурирање и плаќање
art31-traffic-data-subscriber-installation = Место на инсталирање на комуникациската опрема
art31-traffic-data-subscriber-email = Адреси за е-пошта поврзани со сметката
art31-traffic-data-subscriber-registration-ip = IP-адреса и датум и време на регистрација
art31-traffic-data-subscriber-other = Друго
art31-traffic-data-subscriber-other-detail = Други барани информации за претплатникот
art31-traffic-preservation = Зачувување на податоците
art31-traffic-preservation-sought = Дали веќе е побарано зачувување на податоците?
    .hint = { $basis ->
            [budapest] Дали податоците се зачувани врз основа на член 29 од Конвенцијата, преку мрежата 24/7 или непосредно кај давателот на услуги. Референтниот број му овозможува на замолениот орган и на давателот да ги пронајдат зачуваните податоци. Ако ова барање е поврзано со барањето за зачувување опишано во делот 10, наведете ги истиот датум и референтен број.
           *[other] Дали податоците се зачувани преку мрежата 24/7, преку друг орган на замолената држава или непосредно кај давателот на услуги. Референтниот број му овозможува на замолениот орган и на давателот да ги пронајдат зачуваните податоци. Ако ова барање е поврзано со барањето за зачувување опишано во делот 10, наведете ги истиот датум и референтен број.
        }
art31-traffic-preservation-sought-yes = Да
art31-traffic-preservation-sought-no = Не
art31-traffic-preservation-date = Датум на барањето за зачувување
art31-traffic-preservation-reference = Референтен број на барањето за зачувување
    .hint = Референтниот број што го доделил замолениот орган или давателот на услуги; ако не е доделен, вашиот сопствен референтен број.
art31-traffic-relevance = Врска на податоците со истрагата
    .hint = Објаснете како секој идентификатор и секој вид барани податоци се поврзани со кривичното дело и осомничениот и зошто се смета дека давателот на услуги ги поседува податоците.
art31-traffic-service-provider = Давател на услуги што ги поседува податоците
art31-traffic-service-provider-name = Назив на давателот на услуги
    .hint = Правниот назив на давателот, како во неговите услови за користење или упатства за органите за спроведување на законот.
art31-traffic-service-provider-address = Адреса или локација
art31-traffic-urgency = Итност
art31-traffic-urgency-urgent = Се бара итно извршување
art31-traffic-urgency-reasons = Причини за итноста
    .hint = { $basis ->
            [budapest] На пр. осомничениот е во притвор, рок во постапката, или постојат основи да се верува дека податоците се особено подложни на губење или измена (член 31 став 3).
           *[other] На пр. осомничениот е во притвор, рок во постапката, или постојат основи да се верува дека податоците се особено подложни на губење или измена.
        }
art31-traffic-urgency-deadline = Податоците се потребни до
art31-traffic-confidentiality = Доверливост
art31-traffic-confidentiality-confidential = Ве молиме фактот и предметот на ова барање да ги чувате доверливи, освен во мера неопходна за неговото извршување
art31-traffic-confidentiality-no-notification = Да се побара од давателот на услуги да не го известува претплатникот ниту кое било трето лице
    .hint = Прашајте го замолениот орган дали практиката или системот на давателот може да го предупреди корисникот.
art31-traffic-confidentiality-reasons = Причини за доверливоста
    .hint = На пр. ризик осомничениот да уништи докази, да побегне или да ги предупреди соучесниците.
art31-traffic-form = Форма на податоците и заверка
art31-traffic-form-electronic = Електронска копија во читлив формат
art31-traffic-form-certified = Заверена копија
art31-traffic-form-certificate = Потврда од давателот на услуги за автентичноста на деловната евиденција
art31-traffic-form-other = Друго
art31-traffic-form-other-detail = Друго барање
