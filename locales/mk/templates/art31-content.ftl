# Образец art31-content: барање за взаемна правна помош за складирани податоци за содржината, со податоци за сообраќајот и информации за претплатникот доколку се потребни (Будимпештанска конвенција, член 31).
# Деловите 1–11 ги следат нумерацијата и текстот на T-CY(2018)10, како во art31-subscriber; подоцнежните делови ги следат член 1 точка д, член 18 став 3, член 25 став 5, член 28 и член 31 од Конвенцијата.

art31-content-legal-basis = { $basis ->
        [budapest] Член 31 од Конвенцијата за компјутерски криминал (ETS бр. 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Датум
art31-content-reference = Референтен број / број на предметот
art31-content-status = Статус на барањето
    .hint = Означете ги сите полиња што се однесуваат. Ако барањето е поврзано со претходно барање, се отвораат деловите 9 и 10 за податоците за него.
art31-content-status-new = Ново барање
art31-content-status-follow-up-mla = Барање поврзано со претходно барање за взаемна правна помош (податоци во делот 9)
art31-content-status-follow-up-preservation = Барање поврзано со претходно барање за зачувување (податоци во делот 10)
art31-content-requested-authority = Замолен орган
art31-content-requested-authority-country = Замолена држава
art31-content-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Централниот орган на замолената држава за взаемна помош (член 27 став 2) или органот што тој го определил да прима такви барања.
           *[other] Централниот орган на замолената држава за взаемна помош или органот што тој го определил да прима такви барања.
        }
art31-content-requesting-authority = Орган молител
art31-content-requesting-authority-organisation = Организација
art31-content-requesting-authority-person = Лице одговорно за барањето
art31-content-requesting-authority-address = Адреса
art31-content-requesting-authority-phone = Телефонски број
art31-content-requesting-authority-mobile = Број на мобилен телефон
art31-content-requesting-authority-email = Адреса за е-пошта
art31-content-requesting-authority-fax = Број на факс
art31-content-requesting-authority-office-hours = Работно време
art31-content-requesting-authority-time-zone = Временска зона
    .hint = Временската зона на вашата канцеларија, како отстапување од UTC. Секое друго време во ова барање се наведува со сопствена временска зона.
art31-content-requesting-authority-response = Начин на одговор
art31-content-requesting-authority-response-expedited = Се претпочита одговор по е-пошта или на друг итен начин
art31-content-requesting-authority-response-other = Се претпочита одговор на друг начин
art31-content-requesting-authority-response-other-detail = Се претпочита одговор преку
art31-content-additional-contact = Доколку е потребна дополнителна потврда од органот молител, ве молиме обратете се до
art31-content-additional-contact-contacts = Лице за контакт
art31-content-additional-contact-contacts-name = Име и презиме
art31-content-additional-contact-contacts-job-title = Работно место
art31-content-additional-contact-contacts-function = Функција
art31-content-additional-contact-contacts-phone = Телефонски број
art31-content-additional-contact-contacts-mobile = Број на мобилен телефон
art31-content-additional-contact-contacts-email = Адреса за е-пошта
art31-content-investigating-authority = Истражен / оперативен орган надлежен за предметот (ако е различен од органот молител)
art31-content-investigating-authority-organisation = Организација
art31-content-investigating-authority-person = Лице одговорно за предметот
art31-content-investigating-authority-address = Адреса
art31-content-investigating-authority-phone = Телефонски број
art31-content-investigating-authority-mobile = Број на мобилен телефон
art31-content-investigating-authority-email = Адреса за е-пошта
art31-content-investigating-authority-fax = Број на факс
art31-content-prosecution-court = Надлежно обвинителство или суд, доколку е применливо
art31-content-prosecution-court-prosecution = Надлежно обвинителство и број на предметот
art31-content-prosecution-court-court = Надлежен суд и број на предметот
art31-content-prosecution-court-decisions = Одлуки на обвинителството или судот поврзани со ова барање
    .hint = За секоја одлука: органот, нејзиниот датум и број, и што се наредува или одобрува со неа. Приложете копија ако замолената држава го бара тоа.
art31-content-previous-mla = Податоци за претходното барање за взаемна правна помош, доколку е применливо
art31-content-previous-mla-date = Датум
art31-content-previous-mla-reference = Деловоден / референтен број
art31-content-previous-mla-requesting = Податоци за контакт на органот што го поднел претходното барање
art31-content-previous-mla-executing = Податоци за контакт на органот што одговорил на претходното барање (или го извршил)
art31-content-previous-mla-channel = Начин на комуникација користен за поднесување на претходното барање (адреса за е-пошта, број на факс итн.)
art31-content-previous-preservation = Податоци за претходното барање за зачувување, доколку е применливо
art31-content-previous-preservation-date = Датум
art31-content-previous-preservation-reference = Деловоден / референтен број
art31-content-previous-preservation-requesting = Податоци за контакт на органот што побарал зачувување
art31-content-previous-preservation-executing = Податоци за контакт на органот што одговорил на барањето за зачувување (или го извршил)
art31-content-previous-preservation-channel = Канал на комуникација
art31-content-previous-preservation-channel-network-247 = Контакт-точка на мрежата 24/7
art31-content-previous-preservation-channel-provider = Непосредно до давателот на услуги
art31-content-previous-preservation-channel-police = Канал на полициска соработка
art31-content-previous-preservation-channel-mla = Централен орган за взаемна помош
art31-content-previous-preservation-channel-other = Друго
art31-content-previous-preservation-channel-other-detail = Користен канал
art31-content-previous-preservation-expiry = Податоците се зачувани до
    .hint = Датумот на кој престанува зачувувањето, како што го потврдила замолената држава или давателот на услуги, доколку е познат.
art31-content-legal-grounds = Правна основа на барањето
art31-content-legal-grounds-domestic = Правна основа на барањето во домашното право, доколку е применливо
    .hint = Одредбите од вашето право врз основа на кои се поднесува ова барање, на пр. членовите од законот за кривичната постапка за барањата за взаемна правна помош.
art31-content-legal-grounds-instruments = Други применливи договори или аранжмани
art31-content-legal-grounds-instruments-ets-30 = Европска конвенција за взаемна помош во кривичните предмети (ETS бр. 30) и нејзините протоколи
art31-content-legal-grounds-instruments-bilateral = Билатерален договор
art31-content-legal-grounds-instruments-bilateral-detail = Наслов и датум на договорот
art31-content-legal-grounds-instruments-reciprocity = Реципроцитет
art31-content-offences = Кривично дело (кривични дела)
art31-content-offences-offences = Кривично дело
art31-content-offences-offences-name = Кривично дело
art31-content-offences-offences-provision = Законска одредба
art31-content-offences-offences-penalty = Највисока пропишана казна
art31-content-offences-damage = Предизвикана штета
    .hint = Износот на загубата, во нејзината валута, ако ја има.
art31-content-offences-damage-below-threshold = Штетата е помала од противвредноста на 5.000 американски долари
    .hint = Ваша проверка, која никогаш не се печати во барањето. Соединетите Американски Држави по правило одбиваат барања за штета помала од 5.000 американски долари; споредете ја штетата во вашата валута со тој износ.
art31-content-facts = Краток опис на фактите
    .hint = Кој што сторил, кога и каде, и како е извршено кривичното дело со помош на предметната услуга. Секое време наведете го со временската зона.
art31-content-identifiers = Идентификатори и период на бараните податоци
art31-content-identifiers-identifiers = Идентификатори на бараните податоци
    .hint = Секоја сметка, адреса или број чии податоци се бараат. За IP-адреса наведете ја изворната порта и точниот датум и време со временската зона: кај споделени адреси давателот не може да го идентификува претплатникот без нив.
art31-content-identifiers-period = Точен период за кој се бараат податоците
    .hint = Почетокот и крајот со временската зона. Барајте го само периодот што ѝ е потребен на истрагата: барањата за долги периоди (подолги од 90 дена) често се одбиваат како премногу широки.
art31-content-data = Барани податоци
art31-content-data-content = Барани податоци за содржината
    .hint = Наведете ја само содржината што ја оправдуваат фактите; на замолената држава може да ѝ биде потребна судска наредба за тоа.
art31-content-data-content-messages = Складирани пораки, вклучително и пораки во разговори (чет) и директни пораки
art31-content-data-content-emails = Складирани е-пораки со нивните прилози
art31-content-data-content-files = Складирани датотеки и документи, вклучително и во складиште во облак
art31-content-data-content-media = Фотографии и видеозаписи
art31-content-data-content-posts = Објави, коментари и друга објавена содржина
art31-content-data-content-location = Складирани информации за локацијата
art31-content-data-content-contacts = Листи на контакти и адресари
art31-content-data-content-other = Друго
art31-content-data-content-other-detail = Други барани податоци за содржината
art31-content-data-traffic = Барани податоци за сообраќајот
    .hint = { $basis ->
            [budapest] Означете само она што е потребно покрај податоците за содржината. Првите осум полиња ја следат дефиницијата на податоци за сообраќајот од член 1 точка д од Конвенцијата: податоци генерирани од компјутерски систем што е дел од синџирот на комуникација.
           *[other] Означете само она што е потребно покрај податоците за содржината. Податоците за сообраќајот се податоци генерирани од компјутерски систем што е дел од синџирот на комуникација.
        }
art31-content-data-traffic-origin = Потекло на комуникациите
art31-content-data-traffic-destination = Одредиште на комуникациите
art31-content-data-traffic-route = Пат
art31-content-data-traffic-time = Време
art31-content-data-traffic-date = Датум
art31-content-data-traffic-size = Големина
art31-content-data-traffic-duration = Траење
art31-content-data-traffic-service = Вид на основната услуга
art31-content-data-traffic-connection-log = Историја на IP-поврзувања: најавувања и одјавувања со IP-адреси, изворни порти, датуми и времиња
art31-content-data-traffic-headers = Информации од заглавјата на е-пораките, без нивната содржина
art31-content-data-traffic-other = Друго
art31-content-data-traffic-other-detail = Други барани податоци за сообраќајот
art31-content-data-subscriber = Барани информации за претплатникот
    .hint = { $basis ->
            [budapest] Означете само она што е потребно покрај податоците за содржината. Првите шест полиња ја следат дефиницијата на информации за претплатникот од член 18 став 3 од Конвенцијата.
           *[other] Означете само она што е потребно покрај податоците за содржината.
        }
art31-content-data-subscriber-service = Вид на користената комуникациска услуга, техничките мерки преземени во врска со неа и периодот на услугата
art31-content-data-subscriber-identity = Идентитет на претплатникот
art31-content-data-subscriber-address = Поштенска или географска адреса
art31-content-data-subscriber-access-number = Телефонски и други броеви за пристап
art31-content-data-subscriber-billing = Информации за фактурирање и плаќање
art31-content-data-subscriber-installation = Место на инсталирање на комуникациската опрема
art31-content-data-subscriber-email = Адреси за е-пошта поврзани со сметката
art31-content-data-subscriber-registration-ip = IP-адреса и датум и време на регистрација
art31-content-data-subscriber-other = Друго
art31-content-data-subscriber-other-detail = Други барани информации за претплатникот
art31-content-measures = Барани мерки
    .hint = { $basis ->
            [budapest] Член 31 став 1: замолената Страна може да изврши претрес или сличен пристап, заплена или слично обезбедување и откривање на податоците складирани на нејзината територија, вклучително и податоците зачувани врз основа на член 29.
           *[other] Што се бара од замолената држава во врска со податоците складирани на нејзината територија, вклучително и веќе зачуваните податоци: да изврши претрес или сличен пристап до нив, да ги заплени или слично да ги обезбеди и да ги открие.
        }
art31-content-measures-search = Претрес или сличен пристап
art31-content-measures-seizure = Заплена или слично обезбедување
art31-content-measures-disclosure = Откривање
art31-content-preservation = Зачувување на податоците
art31-content-preservation-sought = Дали веќе е побарано зачувување на податоците?
    .hint = { $basis ->
            [budapest] Дали податоците се зачувани врз основа на член 29 од Конвенцијата, преку мрежата 24/7 или непосредно кај давателот на услуги. Референтниот број му овозможува на замолениот орган и на давателот да ги пронајдат зачуваните податоци. Ако ова барање е поврзано со барањето за зачувување опишано во делот 10, наведете ги истиот датум и референтен број.
           *[other] Дали податоците се зачувани преку мрежата 24/7, преку друг орган на замолената држава или непосредно кај давателот на услуги. Референтниот број му овозможува на замолениот орган и на давателот да ги пронајдат зачуваните податоци. Ако ова барање е поврзано со барањето за зачувување опишано во делот 10, наведете ги истиот датум и референтен број.
        }
art31-content-preservation-sought-yes = Да
art31-content-preservation-sought-no = Не
art31-content-preservation-date = Датум на барањето за зачувување
art31-content-preservation-reference = Референтен број на барањето за зачувување
    .hint = Референтниот број што го доделил замолениот орган или давателот на услуги; ако не е доделен, вашиот сопствен референтен број.
art31-content-relevance = Врска на податоците со истрагата
    .hint = Објаснете како секој идентификатор и секој вид барани податоци се поврзани со кривичното дело и осомничениот и зошто се смета дека давателот на услуги ги поседува податоците.
art31-content-grounds = Фактичка основа за претресот или прибавувањето на податоците за содржината
    .hint = Конкретни факти што го исполнуваат прагот што замолената држава го поставува за принудни мерки, на пр. „веројатна причина“ (probable cause) во Соединетите Американски Држави: факти што покажуваат дека сметката била користена во врска со кривичното дело и дека докази за него веројатно ќе се најдат во бараната содржина, како и кога се случиле тие факти. Самите заклучоци или сомневања не се доволни.
art31-content-dual-criminality = Двојна казнивост
    .hint = { $basis ->
            [budapest] Објаснете зошто однесувањето опишано во делот 13 е кривично дело и според правото на замолената држава, со наведување на соодветната одредба ако е позната. Според член 25 став 5 од Конвенцијата, условот е исполнет ако однесувањето што е во основата на кривичното дело таму е кривично дело, без оглед на категоријата во која е вбројано делото или на неговиот назив.
           *[other] Објаснете зошто однесувањето опишано во делот 13 е кривично дело и според правото на замолената држава, со наведување на соодветната одредба ако е позната.
        }
art31-content-use = Ограничувања на користењето на податоците
art31-content-use-undertakings = Обврски на органот молител
    .hint = { $basis ->
            [budapest] Член 28 се применува кога меѓу Страните не е во сила договор за взаемна помош или аранжман врз основа на унифицирано или реципрочно законодавство; во спротивно се применуваат правилата на тој договор или аранжман за доверливоста и користењето.
           *[other] Условите за доверливост и ограничување на користењето се оние од избраниот инструмент или, ако нема договор, оние што ги поставува замолената држава.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Органот молител ќе ги почитува условите за доверливост и ограничување на користењето што ги поставила замолената Страна врз основа на член 28 став 2 од Конвенцијата
       *[other] Органот молител ќе ги почитува условите за доверливост и ограничување на користењето што ги поставила замолената држава
    }
art31-content-use-undertakings-speciality = Податоците ќе се користат само за истрагата и постапката наведени во ова барање, освен ако замолената Страна не се согласи со друго користење (начело на специјалност)
art31-content-use-explanation = Објаснување на намераваното користење на податоците
    .hint = На пр. дали податоците ќе треба да ѝ се откријат на одбраната или да се користат во поврзани постапки, за да може замолената Страна соодветно да ги постави своите услови.
art31-content-service-provider = Давател на услуги што ги поседува податоците
art31-content-service-provider-name = Назив на давателот на услуги
    .hint = Правниот назив на давателот, како во неговите услови за користење или упатства за органите за спроведување на законот.
art31-content-service-provider-address = Адреса или локација
art31-content-urgency = Итност
art31-content-urgency-urgent = Се бара итно извршување
art31-content-urgency-reasons = Причини за итноста
    .hint = { $basis ->
            [budapest] На пр. осомничениот е во притвор, рок во постапката, или постојат основи да се верува дека податоците се особено подложни на губење или измена (член 31 став 3).
           *[other] На пр. осомничениот е во притвор, рок во постапката, или постојат основи да се верува дека податоците се особено подложни на губење или измена.
        }
art31-content-urgency-deadline = Податоците се потребни до
art31-content-confidentiality = Доверливост
art31-content-confidentiality-confidential = Ве молиме фактот и предметот на ова барање да ги чувате доверливи, освен во мера неопходна за неговото извршување
art31-content-confidentiality-no-notification = Да се побара од давателот на услуги да не го известува претплатникот ниту кое било трето лице
    .hint = Прашајте го замолениот орган дали практиката или системот на давателот може да го предупреди корисникот.
art31-content-confidentiality-reasons = Причини за доверливоста
    .hint = На пр. ризик осомничениот да уништи докази, да побегне или да ги предупреди соучесниците.
art31-content-form = Форма на податоците, заверка и синџир на чување на доказите
    .hint = За да биде прифатена како доказ, содржината по правило треба да биде заверена: означете го она што им е потребно на вашите судови, на пр. форензичка копија со хаш-вредности и евиденција за сите лица што ракувале со податоците, или потврда од давателот на услуги за автентичноста на неговата деловна евиденција.
art31-content-form-electronic = Електронска копија во читлив формат
art31-content-form-certified = Заверена копија
art31-content-form-certificate = Потврда од давателот на услуги за автентичноста на деловната евиденција
art31-content-form-forensic = Форензичка копија со хаш-вредности
art31-content-form-custody = Евиденција за синџирот на чување на доказите
art31-content-form-other = Друго
art31-content-form-other-detail = Друго барање
