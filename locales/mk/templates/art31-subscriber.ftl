# Образец art31-subscriber: барање за взаемна правна помош за информации за претплатникот (Будимпештанска конвенција, член 31).
# Деловите 1–11 ги следат нумерацијата и текстот на T-CY(2018)10; подоцнежните делови го следат член 18 став 3 и член 31 од Конвенцијата.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Член 31 од Конвенцијата за компјутерски криминал (ETS бр. 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Датум
art31-subscriber-reference = Референтен број / број на предметот
art31-subscriber-status = Статус на барањето
    .hint = Означете ги сите полиња што се однесуваат. Ако барањето е поврзано со претходно барање, се отвораат деловите 9 и 10 за податоците за него.
art31-subscriber-status-new = Ново барање
art31-subscriber-status-follow-up-mla = Барање поврзано со претходно барање за взаемна правна помош (податоци во делот 9)
art31-subscriber-status-follow-up-preservation = Барање поврзано со претходно барање за зачувување (податоци во делот 10)
art31-subscriber-requested-authority = Замолен орган
art31-subscriber-requested-authority-country = Замолена држава
art31-subscriber-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Централниот орган на замолената држава за взаемна помош (член 27 став 2) или органот што тој го определил да прима такви барања.
           *[other] Централниот орган на замолената држава за взаемна помош или органот што тој го определил да прима такви барања.
        }
art31-subscriber-requesting-authority = Орган молител
art31-subscriber-requesting-authority-organisation = Организација
art31-subscriber-requesting-authority-person = Лице одговорно за барањето
art31-subscriber-requesting-authority-address = Адреса
art31-subscriber-requesting-authority-phone = Телефонски број
art31-subscriber-requesting-authority-mobile = Број на мобилен телефон
art31-subscriber-requesting-authority-email = Адреса за е-пошта
art31-subscriber-requesting-authority-fax = Број на факс
art31-subscriber-requesting-authority-office-hours = Работно време
art31-subscriber-requesting-authority-time-zone = Временска зона
    .hint = Временската зона на вашата канцеларија, како отстапување од UTC. Секое друго време во ова барање се наведува со сопствена временска зона.
art31-subscriber-requesting-authority-response = Начин на одговор
art31-subscriber-requesting-authority-response-expedited = Се претпочита одговор по е-пошта или на друг итен начин
art31-subscriber-requesting-authority-response-other = Се претпочита одговор на друг начин
art31-subscriber-requesting-authority-response-other-detail = Се претпочита одговор преку
art31-subscriber-additional-contact = Доколку е потребна дополнителна потврда од органот молител, ве молиме обратете се до
art31-subscriber-additional-contact-contacts = Лице за контакт
art31-subscriber-additional-contact-contacts-name = Име и презиме
art31-subscriber-additional-contact-contacts-job-title = Работно место
art31-subscriber-additional-contact-contacts-function = Функција
art31-subscriber-additional-contact-contacts-phone = Телефонски број
art31-subscriber-additional-contact-contacts-mobile = Број на мобилен телефон
art31-subscriber-additional-contact-contacts-email = Адреса за е-пошта
art31-subscriber-investigating-authority = Истражен / оперативен орган надлежен за предметот (ако е различен од органот молител)
art31-subscriber-investigating-authority-organisation = Организација
art31-subscriber-investigating-authority-person = Лице одговорно за предметот
art31-subscriber-investigating-authority-address = Адреса
art31-subscriber-investigating-authority-phone = Телефонски број
art31-subscriber-investigating-authority-mobile = Број на мобилен телефон
art31-subscriber-investigating-authority-email = Адреса за е-пошта
art31-subscriber-investigating-authority-fax = Број на факс
art31-subscriber-prosecution-court = Надлежно обвинителство или суд, доколку е применливо
art31-subscriber-prosecution-court-prosecution = Надлежно обвинителство и број на предметот
art31-subscriber-prosecution-court-court = Надлежен суд и број на предметот
art31-subscriber-prosecution-court-decisions = Одлуки на обвинителството или судот поврзани со ова барање
    .hint = За секоја одлука: органот, нејзиниот датум и број, и што се наредува или одобрува со неа. Приложете копија ако замолената држава го бара тоа.
art31-subscriber-previous-mla = Податоци за претходното барање за взаемна правна помош, доколку е применливо
art31-subscriber-previous-mla-date = Датум
art31-subscriber-previous-mla-reference = Деловоден / референтен број
art31-subscriber-previous-mla-requesting = Податоци за контакт на органот што го поднел претходното барање
art31-subscriber-previous-mla-executing = Податоци за контакт на органот што одговорил на претходното барање (или го извршил)
art31-subscriber-previous-mla-channel = Начин на комуникација користен за поднесување на претходното барање (адреса за е-пошта, број на факс итн.)
art31-subscriber-previous-preservation = Податоци за претходното барање за зачувување, доколку е применливо
art31-subscriber-previous-preservation-date = Датум
art31-subscriber-previous-preservation-reference = Деловоден / референтен број
art31-subscriber-previous-preservation-requesting = Податоци за контакт на органот што побарал зачувување
art31-subscriber-previous-preservation-executing = Податоци за контакт на органот што одговорил на барањето за зачувување (или го извршил)
art31-subscriber-previous-preservation-channel = Канал на комуникација
art31-subscriber-previous-preservation-channel-network-247 = Контакт-точка на мрежата 24/7
art31-subscriber-previous-preservation-channel-provider = Непосредно до давателот на услуги
art31-subscriber-previous-preservation-channel-police = Канал на полициска соработка
art31-subscriber-previous-preservation-channel-mla = Централен орган за взаемна помош
art31-subscriber-previous-preservation-channel-other = Друго
art31-subscriber-previous-preservation-channel-other-detail = Користен канал
art31-subscriber-previous-preservation-expiry = Податоците се зачувани до
    .hint = Датумот на кој престанува зачувувањето, како што го потврдила замолената држава или давателот на услуги, доколку е познат.
art31-subscriber-legal-grounds = Правна основа на барањето
art31-subscriber-legal-grounds-domestic = Правна основа на барањето во домашното право, доколку е применливо
    .hint = Одредбите од вашето право врз основа на кои се поднесува ова барање, на пр. членовите од законот за кривичната постапка за барањата за взаемна правна помош.
art31-subscriber-legal-grounds-instruments = Други применливи договори или аранжмани
art31-subscriber-legal-grounds-instruments-ets-30 = Европска конвенција за взаемна помош во кривичните предмети (ETS бр. 30) и нејзините протоколи
art31-subscriber-legal-grounds-instruments-bilateral = Билатерален договор
art31-subscriber-legal-grounds-instruments-bilateral-detail = Наслов и датум на договорот
art31-subscriber-legal-grounds-instruments-reciprocity = Реципроцитет
art31-subscriber-offences = Кривично дело (кривични дела)
art31-subscriber-offences-offences = Кривично дело
art31-subscriber-offences-offences-name = Кривично дело
art31-subscriber-offences-offences-provision = Законска одредба
art31-subscriber-offences-offences-penalty = Највисока пропишана казна
art31-subscriber-offences-damage = Предизвикана штета
    .hint = Износот на загубата, во нејзината валута, ако ја има.
art31-subscriber-offences-damage-below-threshold = Штетата е помала од противвредноста на 5.000 американски долари
    .hint = Ваша проверка, која никогаш не се печати во барањето. Соединетите Американски Држави по правило одбиваат барања за штета помала од 5.000 американски долари; споредете ја штетата во вашата валута со тој износ.
art31-subscriber-facts = Краток опис на фактите
    .hint = Кој што сторил, кога и каде, и како е извршено кривичното дело со помош на предметната услуга. Секое време наведете го со временската зона.
art31-subscriber-identifiers = Идентификатори и период на бараните податоци
art31-subscriber-identifiers-identifiers = Идентификатори на бараните податоци
    .hint = Секоја сметка, адреса или број чиј претплатник се бара. За IP-адреса наведете ја изворната порта и точниот датум и време со временската зона: кај споделени адреси давателот не може да го идентификува претплатникот без нив.
art31-subscriber-identifiers-period = Точен период за кој се бараат податоците
    .hint = Почетокот и крајот со временската зона. Барајте го само периодот што ѝ е потребен на истрагата: барањата за долги периоди (подолги од 90 дена) често се одбиваат како премногу широки.
art31-subscriber-categories = Барани информации за претплатникот
    .hint = { $basis ->
            [budapest] Означете само она што ѝ е потребно на истрагата. Првите шест полиња ја следат дефиницијата на информации за претплатникот од член 18 став 3 од Конвенцијата.
           *[other] Означете само она што ѝ е потребно на истрагата.
        }
art31-subscriber-categories-service = Вид на користената комуникациска услуга, техничките мерки преземени во врска со неа и периодот на услугата
art31-subscriber-categories-identity = Идентитет на претплатникот
art31-subscriber-categories-address = Поштенска или географска адреса
art31-subscriber-categories-access-number = Телефонски и други броеви за пристап
art31-subscriber-categories-billing = Информации за фактурирање и плаќање
art31-subscriber-categories-installation = Место на инсталирање на комуникациската опрема
art31-subscriber-categories-email = Адреси за е-пошта поврзани со сметката
art31-subscriber-categories-registration-ip = IP-адреса и датум и време на регистрација
art31-subscriber-categories-login-ip-at = IP-адреса на најава извршена на датумот и во времето наведени со идентификаторот (за идентификување на претплатникот)
art31-subscriber-categories-other = Друго
art31-subscriber-categories-other-detail = Други барани информации
art31-subscriber-relevance = Врска на податоците со истрагата
    .hint = Објаснете како секој идентификатор е поврзан со кривичното дело и осомничениот и зошто се смета дека давателот на услуги ги поседува податоците.
art31-subscriber-service-provider = Давател на услуги што ги поседува податоците
art31-subscriber-service-provider-name = Назив на давателот на услуги
    .hint = Правниот назив на давателот, како во неговите услови за користење или упатства за органите за спроведување на законот.
art31-subscriber-service-provider-address = Адреса или локација
art31-subscriber-urgency = Итност
art31-subscriber-urgency-urgent = Се бара итно извршување
art31-subscriber-urgency-reasons = Причини за итноста
    .hint = { $basis ->
            [budapest] На пр. осомничениот е во притвор, рок во постапката, или постојат основи да се верува дека податоците се особено подложни на губење или измена (член 31 став 3).
           *[other] На пр. осомничениот е во притвор, рок во постапката, или постојат основи да се верува дека податоците се особено подложни на губење или измена.
        }
art31-subscriber-urgency-deadline = Податоците се потребни до
art31-subscriber-confidentiality = Доверливост
art31-subscriber-confidentiality-confidential = Ве молиме фактот и предметот на ова барање да ги чувате доверливи, освен во мера неопходна за неговото извршување
art31-subscriber-confidentiality-no-notification = Да се побара од давателот на услуги да не го известува претплатникот ниту кое било трето лице
    .hint = Прашајте го замолениот орган дали практиката или системот на давателот може да го предупреди корисникот.
art31-subscriber-confidentiality-reasons = Причини за доверливоста
    .hint = На пр. ризик осомничениот да уништи докази, да побегне или да ги предупреди соучесниците.
art31-subscriber-form = Форма на податоците и заверка
art31-subscriber-form-electronic = Електронска копија во читлив формат
art31-subscriber-form-certified = Заверена копија
art31-subscriber-form-certificate = Потврда од давателот на услуги за автентичноста на деловната евиденција
art31-subscriber-form-other = Друго
art31-subscriber-form-other-detail = Друго барање
