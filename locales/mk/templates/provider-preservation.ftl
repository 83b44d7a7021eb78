# Образец provider-preservation: барање упатено непосредно до давател на услуги за зачувување на податоци.
# Не се наведува никаков договор: давателот одлучува според сопствената политика и право; барањето го наведува
# домашното право врз основа на кое постапува органот молител.

provider-preservation-legal-basis = Барање упатено непосредно до давателот на услуги од органот молител врз основа на неговото домашно право (дел 6)

## 1 до 3: датум, референтен број, статус

provider-preservation-date = Датум
provider-preservation-reference = Референтен број / број на предметот
provider-preservation-status = Статус на барањето
provider-preservation-status-new = Ново барање
provider-preservation-status-extension = Продолжување на претходно барање за зачувување
provider-preservation-status-previous-reference = Референтен број на претходното барање (бројот на давателот на услуги, ако го доделил)
provider-preservation-previous-request-date = Датум на претходното барање

## 4 Давател на услуги до кого се упатува барањето

provider-preservation-addressee = Давател на услуги до кого се упатува барањето
provider-preservation-addressee-name = Правно лице до кое се упатува барањето
    .hint = Друштвото што одговара за услугата и за засегнатите корисници. Барањата упатени до погрешно правно лице често се одбиваат: изберете го давателот погоре или внесете го правното лице наведено во неговите упатства за органите за спроведување на законот.
provider-preservation-addressee-service = Засегната услуга
    .hint = Услугата чии податоци треба да се зачуваат, онака како што ја знаат нејзините корисници (на пример социјална мрежа, услуга за е-пошта или за размена на пораки).
provider-preservation-addressee-country = Држава во која е основано правното лице
provider-preservation-addressee-address = Адреса за доставување правни акти
provider-preservation-addressee-portal = Портал или веб-образец за барања на органите за спроведување на законот
provider-preservation-addressee-email = Е-пошта за барања на органите за спроведување на законот

## 5 Орган молител

provider-preservation-requesting-authority = Орган молител
provider-preservation-requesting-authority-organisation = Орган
provider-preservation-requesting-authority-person = Службено лице одговорно за барањето
provider-preservation-requesting-authority-position = Позиција или чин
provider-preservation-requesting-authority-address = Адреса
provider-preservation-requesting-authority-telephone = Телефонски број
    .hint = Во меѓународен формат, почнувајќи со + и повикувачкиот број на земјата, за давателот на услуги да може повратно да се јави и да провери дали барањето е автентично.
provider-preservation-requesting-authority-cell-phone = Број на мобилен телефон
provider-preservation-requesting-authority-email = Службена адреса за е-пошта
    .hint = Адреса во службениот домен на вашиот орган: давателите на услуги може да одбијат барања испратени од приватни или бесплатни адреси за е-пошта.
provider-preservation-requesting-authority-time-zone = Временска зона
    .hint = Временската зона на вашата канцеларија, како отстапување од UTC. Сите времиња во ова барање се изразени во неа, освен ако не е поинаку наведено.

## 6 Домашна правна основа

provider-preservation-domestic-legal-basis = Правна основа на барањето во правото на органот молител
provider-preservation-domestic-legal-basis-domestic-legal-basis = Одредби од домашното право врз основа на кои постапува органот молител
    .hint = Членовите од вашето национално право (на пример од законот за кривичната постапка) што го овластуваат вашиот орган да го истражува предметот и да го поднесе ова барање. Не наведувајте никаков договор и не му го објаснувајте на давателот на услуги неговото сопствено право: тој одлучува според сопствената политика и право дали ќе постапи по барањето.
provider-preservation-domestic-legal-basis-decision = Одлука или наредба со која се одобрува барањето, доколку постои
    .hint = Органот, датумот и бројот на одлуката, наредбата или налогот врз основа на кој се поднесува барањето, ако вашето право тоа го бара.

## 7 Кривично дело и факти

provider-preservation-offence = Кривично дело и краток опис на фактите
provider-preservation-offence-offences = Кривични дела што се истражуваат
    .hint = По еден ред за секое кривично дело: неговиот назив или краток опис, одредбата од вашиот кривичен закон што го пропишува и највисоката пропишана казна.
provider-preservation-offence-offences-offence = Кривично дело
provider-preservation-offence-offences-provision = Законска одредба
provider-preservation-offence-offences-penalty = Највисока пропишана казна
provider-preservation-offence-facts = Краток опис на фактите
    .hint = Во неколку реченици: што се случило, кога и каде, со секој датум и време со временската зона. На давателот на услуги не му е потребно повеќе од она што е доволно за да ги пронајде податоците: наведете осомничен или оштетен само кога тоа е потребно.

## 8 Податоци што треба да се зачуваат

provider-preservation-data = Податоци што треба да се зачуваат
provider-preservation-data-identifiers = Идентификатори на сметките или податоците што треба да се зачуваат
    .hint = Секоја сметка, корисничко име, кориснички идентификациски број, адреса за е-пошта, телефонски број, URL или IP-адреса точно како што ги прикажува услугата. Погрешните или нецелосните идентификатори се една од главните причини за одбивање. За IP-адреса наведете ја изворната порта и точниот датум и време на користење со временската зона. Период што се однесува само на еден идентификатор се внесува во неговиот ред.
provider-preservation-data-period = Период на податоците што треба да се зачуваат
    .hint = Периодот што податоците мора да го опфатат, кога е ист за сите идентификатори, со почетокот и крајот со временската зона. Барањата за долги периоди (подолги од 90 дена) често се одбиваат како премногу широки.
provider-preservation-data-categories = Категории на податоци што треба да се зачуваат
    .hint = Означете само она што ѝ е потребно на истрагата. Зачувувањето ги чува податоците непроменети; не ги открива: тие ќе се бараат со правната постапка наведена во делот 9.
provider-preservation-data-categories-subscriber = Информации за претплатникот
provider-preservation-data-categories-traffic = Податоци за сообраќајот, вклучително IP-адреси и записи за најавување
provider-preservation-data-categories-content = Податоци за содржината
provider-preservation-data-categories-other = Други податоци
provider-preservation-data-categories-other-detail = Други податоци што треба да се зачуваат
provider-preservation-data-relationship = Врска на податоците со истрагата
    .hint = Покажете како овие сметки или податоци се поврзани со кривичното дело, на пример: од сметката се испратени заканувачки пораки на 20/11/2026 во 14:03 UTC+04:00.

## 9 Правна постапка што ќе следи

provider-preservation-follow-up = Откривање на зачуваните податоци
provider-preservation-follow-up-process = Органот молител ќе го бара откривањето на зачуваните податоци преку
    .hint = Означете што ќе испратите. Зачувувањето само ги чува податоците; за да ги добиете, испратете го барањето за откривање доволно пред крајот на зачувувањето или навреме побарајте продолжување.
provider-preservation-follow-up-process-mla = Барање за взаемна правна помош до државата во која е основан давателот на услуги
provider-preservation-follow-up-process-provider = Барање до давателот на услуги за доброволно откривање
provider-preservation-follow-up-process-other = Друга правна постапка
provider-preservation-follow-up-process-other-detail = Правна постапка
provider-preservation-follow-up-expected-date = Очекуван датум на барањето за откривање
    .hint = Колку долго давателот на услуги ги чува податоците зависи од неговата политика: погледнете го неговиот профил погоре и испратете го барањето за откривање во тој рок.

## 10 Доверливост

provider-preservation-confidentiality = Доверливост
provider-preservation-confidentiality-conditions = Се бара доверливост
    .hint = Некои даватели на услуги ги известуваат своите корисници за барањата, освен ако не се замолени да не го прават тоа, и сами одлучуваат дали ќе го сторат тоа. Означете го она што ѝ е потребно на истрагата и подолу наведете ги причините.
provider-preservation-confidentiality-conditions-no-notification = Ве молиме не го известувајте корисникот или сопственикот на сметката, ниту трети лица, за ова барање
provider-preservation-confidentiality-conditions-warn = Ако вашата политика бара да го известите корисникот, ве молиме пред тоа известете го органот молител
provider-preservation-confidentiality-details = Причини за доверливоста

## 11 Одговор

provider-preservation-reply = Одговор
provider-preservation-reply-acknowledgement = Ве молиме потврдете дека податоците се зачувани и наведете го референтниот број доделен на ова барање и датумот кога престанува зачувувањето
provider-preservation-reply-channel = Ве молиме одговорете
provider-preservation-reply-channel-email = По е-пошта на службената адреса на органот молител наведена во делот 5
provider-preservation-reply-channel-portal = Преку вашиот портал за органите за спроведување на законот
provider-preservation-reply-channel-other = На друг начин
provider-preservation-reply-channel-other-detail = Начин на одговор
