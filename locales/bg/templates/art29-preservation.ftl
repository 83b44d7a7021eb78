# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Членове 29 и 30 от Конвенцията за престъпления в кибернетичното пространство (ETS № 185)
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = Дата
art29-preservation-reference = Референтен номер / номер на делото
art29-preservation-status = Статус на искането
art29-preservation-status-new = Ново искане
art29-preservation-status-extension = Удължаване на предходно искане
art29-preservation-status-previous-reference = Номер на заявката или референтен номер на предходното искане
art29-preservation-previous-request-date = Дата на предходното искане
art29-preservation-executed-date = Дата, на която замолената страна е изпълнила запазването
    .hint = Ваша собствена бележка, която никога не се отпечатва в искането: датата, потвърдена от замолената страна или от доставчика на услуги, след като стане известна. Срокът на запазване, показван в приложението и в напомнянето, тече от тази дата.

## 4 Requested authority

art29-preservation-requested-authority = Замолен орган
art29-preservation-requested-authority-type = Искането е адресирано до
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] Звеното за контакт 24/7 (член 35)
       *[other] Звеното за контакт 24/7
    }
art29-preservation-requested-authority-type-competent-authority = Друг компетентен орган
art29-preservation-requested-authority-authority = Наименование на органа
    .hint = { $basis ->
            [budapest] Звеното за контакт 24/7 или компетентният орган на замолената държава, както е посочен в указателя на Съвета на Европа или в декларациите на тази държава.
           *[other] Звеното за контакт 24/7 или компетентният орган на замолената държава, както е посочен в декларациите на тази държава по избрания инструмент.
        }
art29-preservation-requested-authority-country = Замолена държава
    .hint = Страната, която се моли да запази данните: обикновено държавата, в която се намира компютърната система или доставчикът на услуги.

## 5 Requesting authority

art29-preservation-requesting-authority = Молещ орган
art29-preservation-requesting-authority-organisation = Организация
art29-preservation-requesting-authority-person = Лице, отговарящо за искането
art29-preservation-requesting-authority-address = Адрес
art29-preservation-requesting-authority-telephone = Телефонен номер
    .hint = В международен формат, като започнете с + и кода на държавата. Посочете номер, на който се отговаря и извън работно време, за спешни въпроси.
art29-preservation-requesting-authority-cell-phone = Номер на мобилен телефон
art29-preservation-requesting-authority-email = Електронна поща
art29-preservation-requesting-authority-fax = Номер на факс
art29-preservation-requesting-authority-office-hours = Работно време
    .hint = Вашите работни дни и часове в посочената по-долу часова зона, например: от понеделник до петък, 09:00–18:00 ч.
art29-preservation-requesting-authority-time-zone = Часова зона
    .hint = Часовата зона на вашата служба като отклонение от UTC. Всеки час в това искане се отнася до нея, освен ако е посочено друго.
art29-preservation-requesting-authority-response = Предпочитан начин за отговор
art29-preservation-requesting-authority-response-expedited = Предпочита се отговор по електронна поща или чрез друго бързо средство
art29-preservation-requesting-authority-response-means = Предпочита се отговор чрез:
art29-preservation-requesting-authority-response-means-detail = Начин за отговор

## 6 Backup contact

art29-preservation-backup-contact = Ако е необходимо допълнително потвърждение от молещия орган, моля, свържете се с
art29-preservation-backup-contact-name = Име
art29-preservation-backup-contact-job-title = Длъжност
art29-preservation-backup-contact-function = Функция
art29-preservation-backup-contact-telephone = Телефонен номер
art29-preservation-backup-contact-cell-phone = Номер на мобилен телефон
art29-preservation-backup-contact-email = Електронна поща

## 7 Investigative or operational authority

art29-preservation-investigative-authority = Разследващ или оперативен орган, който отговаря за делото
art29-preservation-investigative-authority-different = Разследващият или оперативният орган е различен от молещия орган
art29-preservation-investigative-authority-organisation = Организация
art29-preservation-investigative-authority-person = Лице, отговарящо за делото
art29-preservation-investigative-authority-address = Адрес
art29-preservation-investigative-authority-telephone = Телефонен номер
art29-preservation-investigative-authority-cell-phone = Номер на мобилен телефон
art29-preservation-investigative-authority-email = Електронна поща
art29-preservation-investigative-authority-fax = Номер на факс

## 8 Prosecution office or court

art29-preservation-prosecution = Компетентна прокуратура или съд, ако е приложимо
art29-preservation-prosecution-office = Компетентна прокуратура
art29-preservation-prosecution-office-case = Номер на преписката в прокуратурата
art29-preservation-prosecution-court = Компетентен съд
art29-preservation-prosecution-court-case = Номер на делото в съда

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = Правно основание на искането според националното право, ако е приложимо
    .hint = Разпоредбите на вашето национално право, въз основа на които се разследва делото и се иска това запазване, например членовете от наказателно-процесуалния кодекс.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] Престъпление и кратко изложение на фактите (член 29, параграф 2, буква „б“)
       *[other] Престъпление и кратко изложение на фактите
    }
art29-preservation-offence-offences = Престъпления, които са предмет на наказателното разследване или производство
    .hint = По един ред за всяко престъпление: наименованието му или кратко описание, разпоредбата от вашия наказателен закон, която го определя, и максималното наказание.
art29-preservation-offence-offences-offence = Престъпление
art29-preservation-offence-offences-provision = Правна разпоредба
art29-preservation-offence-offences-penalty = Максимално наказание
art29-preservation-offence-facts = Кратко изложение на фактите
    .hint = В няколко изречения: какво се е случило, кога и къде; достатъчно, за да разбере замоленият орган искането, и не повече. Посочвайте всяка дата и час с часовата зона. Звената за контакт 24/7 често препращат това искане на доставчика на услуги: посочвайте името на заподозрян или пострадал само когато замоленият орган се нуждае от него, за да открие данните.
art29-preservation-offence-convention-offence = Престъплението съответства на престъпление, установено в съответствие с членове 2—11 от Конвенцията за престъпления в кибернетичното пространство
    .hint = Двойната наказуемост не е условие за запазването (член 29, параграф 3), освен когато замолената страна си е запазила правото да я изисква за престъпления, различни от тези по членове 2—11 (член 29, параграф 4). Отбележете и посочете членовете, когато престъплението е едно от тях. Отпечатва се само ако е отбелязано.
art29-preservation-offence-convention-articles = Съответни членове от Конвенцията
art29-preservation-offence-convention-articles-art2 = Член 2: Неправомерен достъп
art29-preservation-offence-convention-articles-art3 = Член 3: Неправомерно прихващане
art29-preservation-offence-convention-articles-art4 = Член 4: Намеса в данни
art29-preservation-offence-convention-articles-art5 = Член 5: Намеса в системи
art29-preservation-offence-convention-articles-art6 = Член 6: Злоупотреба с устройства
art29-preservation-offence-convention-articles-art7 = Член 7: Компютърно подправяне
art29-preservation-offence-convention-articles-art8 = Член 8: Компютърна измама
art29-preservation-offence-convention-articles-art9 = Член 9: Престъпления, свързани с детска порнография
art29-preservation-offence-convention-articles-art10 = Член 10: Престъпления, свързани с нарушения на авторското право и сродните му права
art29-preservation-offence-convention-articles-art11 = Член 11: Опит и помагачество или подбудителство

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] Съхранявани компютърни данни, които да бъдат запазени (член 29, параграф 2, буква „в“)
       *[other] Съхранявани компютърни данни, които да бъдат запазени
    }
art29-preservation-data-identifiers = Идентификатори на данните, които да бъдат запазени
    .hint = Всеки профил, потребителско име, адрес на електронна поща, телефонен номер, URL адрес, домейн, устройство или IP адрес, чиито данни трябва да бъдат запазени. За IP адрес посочете порта на източника и точната дата и час на използване с часовата зона: при споделен адрес доставчикът не може да открие потребителя без тях. Период, който се отнася само до един идентификатор, се посочва в неговия ред.
art29-preservation-data-period = Период на данните, които да бъдат запазени
    .hint = Периодът, който данните трябва да обхващат, когато е един и същ за всички идентификатори. Посочете началото и края с тяхната часова зона. Искайте само периода, необходим за разследването: искания за дълги периоди (над 90 дни) често биват отказвани като прекомерно широки.
art29-preservation-data-categories = Категории данни, които да бъдат запазени
    .hint = { $basis ->
            [budapest] Отбележете само това, което е необходимо за разследването. Информация за абоната: самоличността и адресът на абоната и използваната услуга (член 18, параграф 3). Данни за трафика: произходът, местоназначението, маршрутът, часът, датата, обемът и продължителността на съобщенията или видът на основната услуга (член 1, буква „г“). Данни за съдържанието: самите съобщения.
           *[other] Отбележете само това, което е необходимо за разследването. Информация за абоната: самоличността и адресът на абоната и използваната услуга. Данни за трафика: произходът, местоназначението, маршрутът, часът, датата, обемът и продължителността на съобщенията или видът на основната услуга. Данни за съдържанието: самите съобщения.
        }
art29-preservation-data-categories-subscriber = Информация за абоната
art29-preservation-data-categories-traffic = Данни за трафика
art29-preservation-data-categories-content = Данни за съдържанието
art29-preservation-data-categories-other = Други данни
art29-preservation-data-categories-other-detail = Други данни, които да бъдат запазени
art29-preservation-data-relationship = Връзка на данните с престъплението
    .hint = Покажете как тези данни са свързани с престъплението, например: от профила са изпратени заплашителните съобщения на 20.11.2026 г. в 14:03 ч. (UTC+04:00) или IP адресът е използван за влизане в сървъра на пострадалия.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] Държател на данните и местонахождение на компютърната система (член 29, параграф 2, буква „г“)
       *[other] Държател на данните и местонахождение на компютърната система
    }
art29-preservation-custodian-provider = Доставчик на услуги или друг държател на данните
    .hint = Наименованието на дружеството или името на лицето, което държи данните, доколкото е известно. Ако не е известно, посочете това.
art29-preservation-custodian-contact = Адрес или уебсайт на държателя
art29-preservation-custodian-location = Местонахождение на компютърната система
    .hint = Къде се намира компютърната система, съдържаща данните, доколкото е известно: държава, град, доставчик на хостинг или център за данни.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] Необходимост от запазването (член 29, параграф 2, буква „д“)
       *[other] Необходимост от запазването
    }
art29-preservation-necessity-reasons = Причини за експедитивното запазване
art29-preservation-necessity-reasons-deletion = Данните могат да бъдат изтрити, променени или загубени
art29-preservation-necessity-reasons-retention = Доставчикът на услуги съхранява такива данни само за кратък период
art29-preservation-necessity-reasons-notice = Заподозреният може да узнае за разследването и да изтрие данните
art29-preservation-necessity-reasons-other = Друго
art29-preservation-necessity-reasons-other-detail = Друга причина
art29-preservation-necessity-explanation = Обяснение
    .hint = По избор: какво конкретизира спешността, например известният срок на съхранение при доставчика или датата, след която данните ще бъдат изтрити.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] Предстоящо искане за взаимна помощ (член 29, параграф 2, буква „е“)
       *[other] Предстоящо искане за взаимна помощ
    }
art29-preservation-mla-intent = Молещата страна възнамерява да подаде искане за взаимна помощ за претърсване или подобен достъп, изземване или подобно обезпечаване или разкриване на съхраняваните компютърни данни.
art29-preservation-mla-expected-date = Очаквана дата на искането за взаимна помощ
    .hint = { $basis ->
            [budapest] Съгласно член 29, параграф 7 от Конвенцията запазването се извършва за срок не по-кратък от шестдесет дни, за да се даде възможност за подаване на искане за взаимна помощ; след получаването на това искане данните продължават да бъдат запазени до постановяване на решение по него. Колко дълго замолената държава действително запазва данните, зависи от нейното право и практика: вижте панела за запазването и изпратете искането в рамките на срока или поискайте навреме удължаване.
           *[other] Колко дълго замолената държава запазва данните, зависи от нейното право и практика: вижте панела за запазването и изпратете искането за взаимна помощ в рамките на срока или поискайте навреме удължаване.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Експедитивно разкриване на запазени данни за трафика (член 30): ако при запазването на данни за трафика, отнасящи се до конкретно съобщение, се установи, че доставчик на услуги в друга държава е участвал в предаването му, моля, разкрийте експедитивно достатъчно количество данни за трафика, за да бъдат идентифицирани този доставчик на услуги и пътят, по който е предадено съобщението.
       *[other] Експедитивно разкриване на запазени данни за трафика: ако при запазването на данни за трафика, отнасящи се до конкретно съобщение, се установи, че доставчик на услуги в друга държава е участвал в предаването му, моля, разкрийте експедитивно достатъчно количество данни за трафика, за да бъдат идентифицирани този доставчик на услуги и пътят, по който е предадено съобщението.
    }

## 16 Confidentiality

art29-preservation-confidentiality = Поверителност
art29-preservation-confidentiality-conditions = Поискана поверителност
    .hint = Някои доставчици на услуги уведомяват потребителите си за исканията. Попитайте замоления орган дали това може да се случи и отбележете това, което е необходимо за разследването.
art29-preservation-confidentiality-conditions-no-notification = Моля, не уведомявайте абоната или титуляря на профила за това искане
art29-preservation-confidentiality-conditions-warn = Моля, уведомете молещия орган преди всяко действие, което би могло да предупреди потребителя
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Ако запазването няма да гарантира бъдещата наличност на данните или ще застраши поверителността на разследването или ще му навреди по друг начин, моля, уведомете своевременно молещия орган, за да може той да реши дали искането все пак да бъде изпълнено (член 29, параграф 6)
       *[other] Ако запазването няма да гарантира бъдещата наличност на данните или ще застраши поверителността на разследването или ще му навреди по друг начин, моля, уведомете своевременно молещия орган, за да може той да реши дали искането все пак да бъде изпълнено
    }
art29-preservation-confidentiality-details = Допълнителни бележки относно поверителността

## 17 Acknowledgement

art29-preservation-acknowledgement = Моля, потвърдете, че данните са запазени, и посочете референтния номер, присвоен на това искане, и датата, на която запазването ще приключи
