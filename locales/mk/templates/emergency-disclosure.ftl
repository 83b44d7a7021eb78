# Образец emergency-disclosure: итно барање за откривање на складирани компјутерски податоци (член 9 од Вториот
# дополнителен протокол преку мрежата 24/7, член 10 итна взаемна помош, или канал за итни случаи на давател на
# услуги). Текстот ги следи Конвенцијата и Протоколот.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Член 9 од Вториот дополнителен протокол кон Конвенцијата за компјутерски криминал (CETS бр. 224), преку мрежата 24/7; Протоколот се применува само меѓу државите што се негови Страни
        [protocol-art10] Член 10 од Вториот дополнителен протокол кон Конвенцијата за компјутерски криминал (CETS бр. 224); Протоколот се применува само меѓу државите што се негови Страни
        [provider] Барање до давател на услуги за доброволно откривање на податоци во вонредна ситуација
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Датум
emergency-disclosure-reference = Референтен број / број на предметот

emergency-disclosure-channel = Канал и правна основа
emergency-disclosure-channel-basis = Канал користен за ова барање
    .hint = { $match ->
        [general] Избраниот инструмент не содржи член за барања во вонредни ситуации: барањето се заснова на неговите одредби за итни барања и взаемна помош, наведени на почетокот на барањето.
        [user] Наведете го договорот и членовите врз кои се заснова барањето: тие се печатат на почетокот на барањето.
       *[other] Член 9 од Вториот дополнителен протокол: преку мрежата 24/7, за податоци што ги поседува давател на услуги во замолената држава. Член 10: итна взаемна помош преку централниот или надлежниот орган. Протоколот се применува само меѓу државите за кои е во сила: пред да изберете кој било од овие два канала, проверете дали е во сила за двете држави. Друг договор што ги обврзува двете држави: барањето се заснова на неговите одредби за итни барања и взаемна помош. Реципроцитет: не се применува никаков договор. Канал за итни случаи на давателот: барањето се упатува непосредно до давателот на услуги, кој сам одлучува дали ќе ги открие податоците; не се наведува никаков меѓународен договор.
    }
emergency-disclosure-channel-basis-protocol-art9 = Итно откривање во вонредна ситуација преку мрежата 24/7 (член 9 од Вториот дополнителен протокол)
emergency-disclosure-channel-basis-protocol-art10 = Итна взаемна помош (член 10 од Вториот дополнителен протокол)
emergency-disclosure-channel-basis-provider = Канал на давателот на услуги за итно откривање

emergency-disclosure-addressee = Замолена држава и примач
emergency-disclosure-addressee-country = Замолена држава
    .hint = За барање упатено непосредно до давател на услуги: државата во која давателот е основан.
emergency-disclosure-addressee-name = Примач: орган или давател на услуги
    .hint = Контакт-точката 24/7, централниот или надлежниот орган, или давателот на услуги до кој се испраќа ова барање.
emergency-disclosure-addressee-address = Адреса
emergency-disclosure-addressee-portal = Портал или веб-образец за барања на органите за спроведување на законот
emergency-disclosure-addressee-email = Е-пошта
emergency-disclosure-addressee-provider = Давател на услуги што ги поседува податоците, ако не е примачот: назив и адреса
    .hint = Задолжително за барање врз основа на член 9 од Протоколот (член 9 став 3 точка ц): називот и адресата на давателот на услуги во замолената држава што ги поседува податоците.

emergency-disclosure-requesting-authority = Орган молител
emergency-disclosure-requesting-authority-authority = Надлежен орган
emergency-disclosure-requesting-authority-officer = Службено лице што го поднесува барањето
emergency-disclosure-requesting-authority-position = Позиција
emergency-disclosure-requesting-authority-address = Адреса
emergency-disclosure-requesting-authority-phone = Телефон
    .hint = Во меѓународен формат: број на кој се одговара во секое време додека трае вонредната ситуација.
emergency-disclosure-requesting-authority-mobile = Мобилен телефон
emergency-disclosure-requesting-authority-email = Е-пошта
    .hint = Службена адреса на вашиот орган: давателите на услуги можеби нема да одговорат на барања од приватни адреси.
emergency-disclosure-requesting-authority-time-zone = Временска зона
    .hint = Временската зона на вашата канцеларија, како отстапување од UTC. Сите времиња во ова барање се изразени во неа, освен ако не е поинаку наведено.
emergency-disclosure-requesting-authority-reachable = Службеното лице што го поднесува барањето е достапно на погоре наведените телефонски броеви во секое време додека трае вонредната ситуација
    .hint = За итно барање потребен е некој што одговара во секое време. Ако не можете да го обезбедите тоа, погоре наведете го бројот на вашата контакт-точка 24/7.

emergency-disclosure-authoriser = Надреден или службено лице што го одобрило барањето
emergency-disclosure-authoriser-name = Име и презиме
    .hint = Службеното лице што го одобрило ова итно барање и може да го потврди пред замолената држава или давателот на услуги.
emergency-disclosure-authoriser-position = Позиција
emergency-disclosure-authoriser-phone = Телефон
emergency-disclosure-authoriser-email = Е-пошта

emergency-disclosure-offences = Кривично дело (кривични дела)
emergency-disclosure-offences-offence = Кривични дела што се предмет на истрага
    .hint = По еден ред за секое кривично дело, со законската одредба и највисоката пропишана казна.
emergency-disclosure-offences-offence-description = Кривично дело
emergency-disclosure-offences-offence-provision = Законска одредба
emergency-disclosure-offences-offence-penalty = Највисока пропишана казна
emergency-disclosure-mla = Правна основа во домашното право и барана взаемна помош
emergency-disclosure-mla-domestic-legal-basis = Правна основа во домашното право
    .hint = Одредбите од вашето национално право врз основа на кои се води истрагата и се поднесува ова барање. Задолжително за итна взаемна помош (член 10 од Протоколот); се препорачува за секој канал, бидејќи барањата без неа често се одбиваат.
emergency-disclosure-mla-prosecution = Надлежно обвинителство или суд и број на предметот
    .hint = За итна взаемна помош: судскиот орган надлежен за предметот, ако постои.
emergency-disclosure-mla-assistance = Барана помош
    .hint = За итна взаемна помош: што се бара од замолената држава, на пример да му наложи на давателот на услуги да ги открие податоците опишани во делот 9 и да ги достави до органот молител.
emergency-disclosure-mla-procedure = Постапки што треба да се следат при извршувањето
    .hint = За итна взаемна помош, кога тоа го бара вашето право: на пример потврда за автентичноста на евиденциите, или формата во која податоците мора да се прибават за да бидат прифатливи како доказ.

emergency-disclosure-emergency = Вонредна ситуација
emergency-disclosure-emergency-risk = Вид на ризик
emergency-disclosure-emergency-risk-kidnapping = Киднапирање или земање заложници
emergency-disclosure-emergency-risk-threat-to-kill = Закана со убиство
emergency-disclosure-emergency-risk-suicide = Ризик од самоубиство
emergency-disclosure-emergency-risk-child = Ризик по животот или безбедноста на дете
emergency-disclosure-emergency-risk-terrorism = Терористичка закана
emergency-disclosure-emergency-risk-bomb = Закана со бомба
emergency-disclosure-emergency-risk-other = Друг ризик по животот или безбедноста
emergency-disclosure-emergency-risk-other-detail = Вид на ризик
emergency-disclosure-emergency-facts = Факти што укажуваат на значителен и непосреден ризик по животот или безбедноста на физичко лице
    .hint = { $basis ->
            [protocol2] Наведете кој е загрозен (име или опис), во што се состои опасноста, зошто може да настане во секој момент, од каде потекнуваат информациите и кога се примени (со временската зона). Ризик што е само можен, или не е непосреден, не е вонредна ситуација во смисла на Протоколот.
           *[other] Наведете кој е загрозен (име или опис), во што се состои опасноста, зошто може да настане во секој момент, од каде потекнуваат информациите и кога се примени (со временската зона). Ризик што е само можен, или не е непосреден, не е вонредна ситуација.
        }
emergency-disclosure-emergency-relation = Како бараните податоци се поврзани со вонредната ситуација
    .hint = Наведете како податоците ќе помогнат да се отстрани опасноста, на пример со утврдување на локацијата на загрозеното лице или со идентификување на лицето што се заканува, и зошто се смета дека овој давател на услуги ги поседува.
emergency-disclosure-emergency-urgency = Зошто податоците не можат навреме да се добијат преку зачувување и взаемна правна помош
    .hint = Наведете колку брзо може да настане штетата и зошто барање за зачувување проследено со барање за взаемна правна помош, или наредба за доставување, не би овозможиле податоците да се добијат навреме.
emergency-disclosure-emergency-needed-by = Податоците се потребни до
    .hint = Најдоцното време во кое податоците сѐ уште можат да помогнат, со временската зона. Оставете празно ако податоците се потребни веднаш.

emergency-disclosure-data = Барани податоци
emergency-disclosure-data-identifiers = Идентификатори на бараните податоци
    .hint = Секоја сметка, адреса или број точно како што ги прикажува услугата. За IP-адреса наведете ја изворната порта и точниот датум и време со временската зона: кај споделени адреси давателот не може да го идентификува корисникот без нив.
emergency-disclosure-data-period = Период на бараните податоци
    .hint = Толку тесен колку што дозволува вонредната ситуација, почетокот и крајот со временската зона: вонредна ситуација ретко оправдува период подолг од неколку дена (период подолг од 7 дена се означува со предупредување).
emergency-disclosure-data-categories = Категории на барани податоци
    .hint = Барајте само податоци што ги бара вонредната ситуација. Давателите на услуги во некои држави, како Соединетите Американски Држави, можат непосредно на странски органи да откријат само податоци што не се податоци за содржината.
emergency-disclosure-data-categories-subscriber = Информации за претплатникот
emergency-disclosure-data-categories-traffic = Податоци за сообраќајот
emergency-disclosure-data-categories-content = Податоци за содржината
emergency-disclosure-data-categories-location = Податоци за локацијата
emergency-disclosure-data-categories-other = Други податоци
emergency-disclosure-data-categories-other-detail = Други барани податоци

emergency-disclosure-instructions = Посебни процесни упатства
emergency-disclosure-instructions-confidentiality = Доверливост: не известувајте ги корисникот ниту кое било трето лице за ова барање
    .hint = Некои даватели на услуги ги известуваат корисниците за барањата, освен ако не се замолени да не го прават тоа. Ако корисникот дознае за барањето, загрозеното лице може да претрпи штета.
emergency-disclosure-instructions-format = Претпочитан формат на податоците
emergency-disclosure-instructions-format-electronic = Електронски и машински читлив (на пример табела или CSV-датотека)
emergency-disclosure-instructions-format-document = Електронски документ (PDF)
emergency-disclosure-instructions-format-usual = Форматот што давателот на услуги вообичаено го користи
emergency-disclosure-instructions-format-other = Друг формат
emergency-disclosure-instructions-format-other-detail = Формат
emergency-disclosure-instructions-other = Други упатства или информации што може да помогнат податоците да се добијат

emergency-disclosure-follow-up = Последователна правна постапка
emergency-disclosure-follow-up-process = Правна постапка што ќе следи по ова барање
    .hint = Дали податоците откриени во вонредната ситуација повторно ќе се бараат во формална правна постапка, за да можат да се користат како доказ.
emergency-disclosure-follow-up-process-mla = Барање за взаемна правна помош
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Наредба за доставување до давателот на услуги врз основа на член 7 од Вториот дополнителен протокол
       *[other] Наредба за доставување до давателот на услуги
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Барање за итно зачувување на складирани компјутерски податоци (член 29 од Конвенцијата)
        [protocol2] Барање за итно зачувување на складирани компјутерски податоци (член 29 од Конвенцијата)
       *[other] Барање за итно зачувување на складирани компјутерски податоци
    }
emergency-disclosure-follow-up-process-none = Не се очекува последователна правна постапка
emergency-disclosure-follow-up-process-other = Друга правна постапка
emergency-disclosure-follow-up-process-other-detail = Правна постапка
emergency-disclosure-follow-up-expected-date = Очекуван датум на испраќање
    .hint = Оставете празно ако не се очекува последователна правна постапка.
emergency-disclosure-follow-up-details = Појединости за последователната постапка, или зошто не се очекува
