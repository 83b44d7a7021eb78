# Образец art29-preservation: барање за итно зачувување на складирани компјутерски податоци
# (Конвенција за компјутерски криминал, членови 29 и 30). Деловите 1–7 го следат T-CY(2018)11, деловите
# 8 и 9 T-CY(2018)10, деловите 10–14 елементите од член 29 став 2 точки б–ф.

art29-preservation-legal-basis = Членови 29 и 30 од Конвенцијата за компјутерски криминал (ETS бр. 185)

## 1–3: датум, број, статус

art29-preservation-date = Датум
art29-preservation-reference = Референтен број / број на предметот
art29-preservation-status = Статус на барањето
art29-preservation-status-new = Ново барање
art29-preservation-status-extension = Продолжување на претходно барање
art29-preservation-status-previous-reference = Деловоден или референтен број на претходното барање
art29-preservation-previous-request-date = Датум на претходното барање
art29-preservation-executed-date = Датум кога замолената Страна го изврши зачувувањето
    .hint = Ваша белешка, која никогаш не се печати во барањето: датумот што го потврдила замолената Страна или давателот на услуги, штом ќе биде познат. Од него тече рокот на зачувување прикажан во апликацијата и во потсетникот.

## 4 Замолен орган

art29-preservation-requested-authority = Замолен орган
art29-preservation-requested-authority-type = Барањето е упатено до
art29-preservation-requested-authority-type-point-of-contact = Контакт-точката 24/7 (член 35)
art29-preservation-requested-authority-type-competent-authority = Друг надлежен орган
art29-preservation-requested-authority-authority = Назив на органот
    .hint = Контакт-точката 24/7 или надлежниот орган на замолената држава, како што е наведено во именикот на Советот на Европа или во изјавите на таа држава.
art29-preservation-requested-authority-country = Замолена држава
    .hint = Страната од која се бара зачувување на податоците: по правило државата во која се наоѓа компјутерскиот систем или давателот на услуги.

## 5 Орган молител

art29-preservation-requesting-authority = Орган молител
art29-preservation-requesting-authority-organisation = Организација
art29-preservation-requesting-authority-person = Лице одговорно за барањето
art29-preservation-requesting-authority-address = Адреса
art29-preservation-requesting-authority-telephone = Телефонски број
    .hint = Во меѓународен формат, почнувајќи со + и повикувачкиот број на земјата. Наведете број на кој се одговара и надвор од работното време, за итни прашања.
art29-preservation-requesting-authority-cell-phone = Број на мобилен телефон
art29-preservation-requesting-authority-email = Е-пошта
art29-preservation-requesting-authority-fax = Број на факс
art29-preservation-requesting-authority-office-hours = Работно време
    .hint = Вашите работни денови и часови во временската зона наведена подолу, на пример: од понеделник до петок, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Временска зона
    .hint = Временската зона на вашата канцеларија, како отстапување од UTC. Сите времиња во ова барање се изразени во неа, освен ако не е поинаку наведено.
art29-preservation-requesting-authority-response = Претпочитан начин на одговор
art29-preservation-requesting-authority-response-expedited = Се претпочита одговор по е-пошта или на друг итен начин
art29-preservation-requesting-authority-response-means = Се претпочита одговор преку:
art29-preservation-requesting-authority-response-means-detail = Начин на одговор

## 6 Резервен контакт

art29-preservation-backup-contact = Доколку е потребна дополнителна потврда од органот молител, ве молиме обратете се до
art29-preservation-backup-contact-name = Име и презиме
art29-preservation-backup-contact-job-title = Работно место
art29-preservation-backup-contact-function = Функција
art29-preservation-backup-contact-telephone = Телефонски број
art29-preservation-backup-contact-cell-phone = Број на мобилен телефон
art29-preservation-backup-contact-email = Е-пошта

## 7 Истражен или оперативен орган

art29-preservation-investigative-authority = Истражен или оперативен орган надлежен за предметот
art29-preservation-investigative-authority-different = Истражниот или оперативниот орган е различен од органот молител
art29-preservation-investigative-authority-organisation = Организација
art29-preservation-investigative-authority-person = Лице одговорно за предметот
art29-preservation-investigative-authority-address = Адреса
art29-preservation-investigative-authority-telephone = Телефонски број
art29-preservation-investigative-authority-cell-phone = Број на мобилен телефон
art29-preservation-investigative-authority-email = Е-пошта
art29-preservation-investigative-authority-fax = Број на факс

## 8 Обвинителство или суд

art29-preservation-prosecution = Надлежно обвинителство или суд, доколку е применливо
art29-preservation-prosecution-office = Надлежно обвинителство
art29-preservation-prosecution-office-case = Број на предметот во обвинителството
art29-preservation-prosecution-court = Надлежен суд
art29-preservation-prosecution-court-case = Број на предметот во судот

## 9 Правна основа во домашното право

art29-preservation-domestic-legal-basis = Правна основа на барањето во домашното право, доколку е применливо
    .hint = Одредбите од вашето национално право врз основа на кои се води истрагата и се бара ова зачувување, на пример членовите од законот за кривичната постапка.

## 10 Кривично дело и факти: член 29 став 2 точка б

art29-preservation-offence = Кривично дело и краток опис на фактите (член 29 став 2 точка б)
art29-preservation-offence-offences = Кривични дела што се предмет на кривичната истрага или постапка
    .hint = По еден ред за секое кривично дело: неговиот назив или краток опис, одредбата од вашиот кривичен закон што го пропишува и највисоката пропишана казна.
art29-preservation-offence-offences-offence = Кривично дело
art29-preservation-offence-offences-provision = Законска одредба
art29-preservation-offence-offences-penalty = Највисока пропишана казна
art29-preservation-offence-facts = Краток опис на фактите
    .hint = Во неколку реченици: што се случило, кога и каде; доволно за замолениот орган да го разбере барањето, и не повеќе. Секој датум и време наведете ги со временската зона. Контакт-точките 24/7 често го проследуваат ова барање до давателот на услуги: наведете го името на осомничениот или на оштетениот само ако на замолениот орган името му е потребно за да ги пронајде податоците.
art29-preservation-offence-convention-offence = Кривичното дело одговара на кривично дело утврдено во согласност со членовите 2 до 11 од Конвенцијата за компјутерски криминал
    .hint = Двојната казнивост не е услов за зачувување (член 29 став 3), освен ако замолената Страна го задржала правото да ја бара за кривични дела различни од оние утврдени во согласност со членовите 2 до 11 (член 29 став 4). Означете и наведете ги членовите ако кривичното дело е едно од нив. Се печати само ако е означено.
art29-preservation-offence-convention-articles = Соодветни членови од Конвенцијата
art29-preservation-offence-convention-articles-art2 = Член 2: Незаконски пристап
art29-preservation-offence-convention-articles-art3 = Член 3: Незаконско пресретнување
art29-preservation-offence-convention-articles-art4 = Член 4: Попречување на податоци
art29-preservation-offence-convention-articles-art5 = Член 5: Попречување на систем
art29-preservation-offence-convention-articles-art6 = Член 6: Злоупотреба на уреди
art29-preservation-offence-convention-articles-art7 = Член 7: Фалсификување поврзано со компјутер
art29-preservation-offence-convention-articles-art8 = Член 8: Измама поврзана со компјутер
art29-preservation-offence-convention-articles-art9 = Член 9: Кривични дела поврзани со детска порнографија
art29-preservation-offence-convention-articles-art10 = Член 10: Кривични дела поврзани со повреда на авторското право и сродните права
art29-preservation-offence-convention-articles-art11 = Член 11: Обид и помагање или поттикнување

## 11 Податоци што треба да се зачуваат: член 29 став 2 точка ц

art29-preservation-data = Складирани компјутерски податоци што треба да се зачуваат (член 29 став 2 точка ц)
art29-preservation-data-identifiers = Идентификатори на податоците што треба да се зачуваат
    .hint = Секоја сметка, корисничко име, адреса за е-пошта, телефонски број, URL, домен, уред или IP-адреса чии податоци треба да се зачуваат. За IP-адреса наведете ја изворната порта и точниот датум и време на користење со временската зона: кај споделена адреса давателот не може да го пронајде корисникот без нив. Период што се однесува само на еден идентификатор се внесува во неговиот ред.
art29-preservation-data-period = Период на податоците што треба да се зачуваат
    .hint = Периодот што податоците мора да го опфатат, кога е ист за сите идентификатори. Наведете ги почетокот и крајот со временската зона. Барајте го само периодот што ѝ е потребен на истрагата: барањата за долги периоди (подолги од 90 дена) често се одбиваат како премногу широки.
art29-preservation-data-categories = Категории на податоци што треба да се зачуваат
    .hint = Означете само она што ѝ е потребно на истрагата. Информации за претплатникот: идентитетот на претплатникот, адресата и користената услуга (член 18 став 3). Податоци за сообраќајот: потекло, одредиште, пат, време, датум, големина и траење на комуникациите, или видот на основната услуга (член 1 точка д). Податоци за содржината: самите комуникации.
art29-preservation-data-categories-subscriber = Информации за претплатникот
art29-preservation-data-categories-traffic = Податоци за сообраќајот
art29-preservation-data-categories-content = Податоци за содржината
art29-preservation-data-categories-other = Други податоци
art29-preservation-data-categories-other-detail = Други податоци што треба да се зачуваат
art29-preservation-data-relationship = Врска на податоците со кривичното дело
    .hint = Покажете како овие податоци се поврзани со кривичното дело, на пример: од сметката се испратени заканувачки пораки на 20/11/2026 во 14:03 UTC+04:00, или IP-адресата е користена за најава на серверот на оштетениот.

## 12 Чувар на податоците и локација: член 29 став 2 точка д

art29-preservation-custodian = Чувар на податоците и локација на компјутерскиот систем (член 29 став 2 точка д)
art29-preservation-custodian-provider = Давател на услуги или друг чувар на податоците
    .hint = Називот на компанијата или името на лицето што ги поседува податоците, доколку е познато. Ако не е познато, наведете го тоа.
art29-preservation-custodian-contact = Адреса или веб-локација на чуварот на податоците
art29-preservation-custodian-location = Локација на компјутерскиот систем
    .hint = Каде се наоѓа компјутерскиот систем во кој се податоците, доколку е познато: држава, град, хостинг-провајдер или центар за податоци.

## 13 Неопходност: член 29 став 2 точка е

art29-preservation-necessity = Неопходност на зачувувањето (член 29 став 2 точка е)
art29-preservation-necessity-reasons = Причини за итно зачувување
art29-preservation-necessity-reasons-deletion = Податоците може да бидат избришани, изменети или изгубени
art29-preservation-necessity-reasons-retention = Давателот на услуги ги задржува таквите податоци само кратко време
art29-preservation-necessity-reasons-notice = Осомничениот може да дознае за истрагата и да ги избрише податоците
art29-preservation-necessity-reasons-other = Друго
art29-preservation-necessity-reasons-other-detail = Друга причина
art29-preservation-necessity-explanation = Образложение
    .hint = Незадолжително: што ја прави итноста конкретна, на пример познатиот рок на задржување на податоците кај давателот или датумот по кој податоците ќе бидат избришани.

## 14 Барање за взаемна правна помош што ќе следи: член 29 став 2 точка ф

art29-preservation-mla = Барање за взаемна правна помош што ќе следи (член 29 став 2 точка ф)
art29-preservation-mla-intent = Страната молител има намера да поднесе барање за взаемна правна помош за претрес или сличен пристап, заплена или слично обезбедување, или откривање на складираните компјутерски податоци.
art29-preservation-mla-expected-date = Очекуван датум на барањето за взаемна правна помош
    .hint = Според член 29 став 7 од Конвенцијата, зачувувањето трае најмалку шеесет дена, за да се овозможи поднесување барање за взаемна правна помош; по приемот на тоа барање, податоците продолжуваат да се чуваат до донесувањето одлука за него. Колку долго замолената држава навистина ги чува податоците зависи од нејзиното право и пракса: погледнете го панелот „Рок на зачувување“ и испратете го барањето доволно пред истекот на тој рок или навреме побарајте продолжување.

## 15 Член 30

art29-preservation-traffic-disclosure = Итно откривање на зачуваните податоци за сообраќајот (член 30): ако при зачувувањето на податоците за сообраќајот што се однесуваат на одредена комуникација се утврди дека во нејзиното пренесување учествувал давател на услуги во друга држава, ве молиме итно да откриете доволно количество податоци за сообраќајот за да се идентификува тој давател на услуги и патот по кој е пренесена комуникацијата.

## 16 Доверливост

art29-preservation-confidentiality = Доверливост
art29-preservation-confidentiality-conditions = Се бара доверливост
    .hint = Некои даватели на услуги ги известуваат своите корисници за барањата. Прашајте го замолениот орган дали тоа може да се случи и означете го она што ѝ е потребно на истрагата.
art29-preservation-confidentiality-conditions-no-notification = Ве молиме не го известувајте претплатникот или сопственикот на сметката за ова барање
art29-preservation-confidentiality-conditions-warn = Ве молиме известете го органот молител пред секое дејствие што би можело да го предупреди корисникот
art29-preservation-confidentiality-conditions-prejudice = Ако зачувувањето нема да ја обезбеди идната достапност на податоците или ќе ја загрози доверливоста на истрагата или на друг начин ќе ѝ наштети, ве молиме без одлагање известете го органот молител, за да може да одлучи дали барањето сепак треба да се изврши (член 29 став 6)
art29-preservation-confidentiality-details = Дополнителни забелешки за доверливоста

## 17 Потврда

art29-preservation-acknowledgement = Ве молиме потврдете дека податоците се зачувани и наведете го референтниот број доделен на ова барање и датумот кога престанува зачувувањето

## 18 Потпис

art29-preservation-signature = Потпис
art29-preservation-signature-name = Име и презиме
art29-preservation-signature-position = Позиција или чин
art29-preservation-signature-date = Датум
