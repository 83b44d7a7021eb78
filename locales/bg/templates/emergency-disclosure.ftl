# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Член 9 от Втория допълнителен протокол към Конвенцията за престъпления в кибернетичното пространство (CETS № 224), чрез мрежата 24/7; Протоколът се прилага само между държави, които са страни по него
        [protocol-art10] Член 10 от Втория допълнителен протокол към Конвенцията за престъпления в кибернетичното пространство (CETS № 224); Протоколът се прилага само между държави, които са страни по него
        [provider] Искане до доставчик на услуги за доброволно разкриване при извънредна ситуация
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Дата
emergency-disclosure-reference = Референтен номер / номер на делото

emergency-disclosure-channel = Канал и правно основание
emergency-disclosure-channel-basis = Канал, използван за това искане
    .hint = { $match ->
        [general] Избраният инструмент не съдържа член за искания при извънредни ситуации: искането се основава на разпоредбите му за спешните искания и взаимопомощта, цитирани в началото на искането.
        [user] Посочете наименованието на договора и членовете, на които се основава искането: те се отпечатват в началото на искането.
       *[other] Член 9 от Втория допълнителен протокол: чрез мрежата 24/7, за данни, държани от доставчик на услуги в замолената държава. Член 10: спешна взаимна помощ чрез централния или компетентния орган. Протоколът се прилага само между държави, за които е в сила: проверете дали е в сила и за двете държави, преди да изберете някоя от двете възможности. Друг договор, задължителен за двете държави: искането се основава на неговите разпоредби за спешните искания и взаимопомощта. Взаимност: не се прилага договор. Канал на доставчика за извънредни ситуации: искането се изпраща пряко до доставчика на услуги, който сам решава дали да разкрие данните; не се цитира договор.
    }
emergency-disclosure-channel-basis-protocol-art9 = Експедитивно разкриване при извънредна ситуация чрез мрежата 24/7 (член 9 от Втория допълнителен протокол)
emergency-disclosure-channel-basis-protocol-art10 = Спешна взаимна помощ (член 10 от Втория допълнителен протокол)
emergency-disclosure-channel-basis-provider = Канал на доставчика на услуги за разкриване при извънредни ситуации

emergency-disclosure-addressee = Замолена държава и адресат
emergency-disclosure-addressee-country = Замолена държава
    .hint = За искане, изпратено пряко до доставчик на услуги: държавата, в която е установен доставчикът.
emergency-disclosure-addressee-name = Адресат: орган или доставчик на услуги
    .hint = Звеното за контакт 24/7, централният или компетентният орган или доставчикът на услуги, до който се изпраща това искане.
emergency-disclosure-addressee-address = Адрес
emergency-disclosure-addressee-portal = Портал или уеб формуляр за искания от правоприлагащи органи
emergency-disclosure-addressee-email = Електронна поща
emergency-disclosure-addressee-provider = Доставчик на услуги, който държи данните, ако не е адресатът: наименование и адрес
    .hint = Задължително за искане по член 9 от Протокола (член 9, параграф 3, буква „в“): наименованието и адресът на доставчика на услуги в замолената държава, който държи данните.

emergency-disclosure-requesting-authority = Молещ орган
emergency-disclosure-requesting-authority-authority = Компетентен орган
emergency-disclosure-requesting-authority-officer = Длъжностно лице, отправило искането
emergency-disclosure-requesting-authority-position = Длъжност
emergency-disclosure-requesting-authority-address = Адрес
emergency-disclosure-requesting-authority-phone = Телефон
    .hint = В международен формат: номер, на който се отговаря по всяко време, докато трае извънредната ситуация.
emergency-disclosure-requesting-authority-mobile = Мобилен телефон
emergency-disclosure-requesting-authority-email = Електронна поща
    .hint = Служебен адрес на вашия орган: доставчиците на услуги може да не отговарят на искания от лични адреси.
emergency-disclosure-requesting-authority-time-zone = Часова зона
    .hint = Часовата зона на вашата служба като отклонение от UTC. Всеки час в това искане се отнася до нея, освен ако е посочено друго.
emergency-disclosure-requesting-authority-reachable = С длъжностното лице, отправило искането, може да се осъществи връзка на посочените по-горе телефонни номера по всяко време, докато трае извънредната ситуация
    .hint = Спешното искане изисква някой, който отговаря по всяко време. Ако това не е възможно за вас, посочете по-горе номера на вашето звено за контакт 24/7.

emergency-disclosure-authoriser = Ръководител или длъжностно лице, разрешило искането
emergency-disclosure-authoriser-name = Име
    .hint = Длъжностното лице, което е разрешило това спешно искане и може да го потвърди пред замолената държава или доставчика на услуги.
emergency-disclosure-authoriser-position = Длъжност
emergency-disclosure-authoriser-phone = Телефон
emergency-disclosure-authoriser-email = Електронна поща

emergency-disclosure-offences = Престъпление(я)
emergency-disclosure-offences-offence = Разследвани престъпления
    .hint = По един ред за всяко престъпление, с правната разпоредба и максималното наказание.
emergency-disclosure-offences-offence-description = Престъпление
emergency-disclosure-offences-offence-provision = Правна разпоредба
emergency-disclosure-offences-offence-penalty = Максимално наказание
emergency-disclosure-mla = Правно основание според националното право и искана взаимна помощ
emergency-disclosure-mla-domestic-legal-basis = Правно основание според националното право
    .hint = Разпоредбите на вашето национално право, въз основа на които се разследва делото и се отправя това искане. Задължително за спешна взаимна помощ (член 10 от Протокола); препоръчително за всеки канал, тъй като искания без него често биват отказвани.
emergency-disclosure-mla-prosecution = Компетентна прокуратура или съд и номер на делото
    .hint = За спешна взаимна помощ: съдебният орган, който отговаря за делото, ако има такъв.
emergency-disclosure-mla-assistance = Искана помощ
    .hint = За спешна взаимна помощ: какво се иска от замолената държава, например да разпореди на доставчика на услуги да разкрие данните, описани в раздел 9, и да ги предаде на молещия орган.
emergency-disclosure-mla-procedure = Процедури, които да бъдат спазени при изпълнението
    .hint = За спешна взаимна помощ, когато вашето право го изисква: например удостоверение за автентичност на записите или формата, в която данните трябва да бъдат получени, за да бъдат допустими като доказателство.

emergency-disclosure-emergency = Извънредна ситуация
emergency-disclosure-emergency-risk = Вид опасност
emergency-disclosure-emergency-risk-kidnapping = Отвличане или вземане на заложници
emergency-disclosure-emergency-risk-threat-to-kill = Закана за убийство
emergency-disclosure-emergency-risk-suicide = Опасност от самоубийство
emergency-disclosure-emergency-risk-child = Опасност за живота или безопасността на дете
emergency-disclosure-emergency-risk-terrorism = Терористична заплаха
emergency-disclosure-emergency-risk-bomb = Заплаха за взрив
emergency-disclosure-emergency-risk-other = Друга опасност за живота или безопасността
emergency-disclosure-emergency-risk-other-detail = Вид опасност
emergency-disclosure-emergency-facts = Факти, сочещи значителна и непосредствена опасност за живота или безопасността на физическо лице
    .hint = { $basis ->
            [protocol2] Посочете кой е в опасност (име или описание), каква е опасността, защо тя може да се осъществи всеки момент и откъде произхожда информацията и кога е получена (с часовата зона). Опасност, която е само възможна или не е непосредствена, не представлява извънредна ситуация по смисъла на Протокола.
           *[other] Посочете кой е в опасност (име или описание), каква е опасността, защо тя може да се осъществи всеки момент и откъде произхожда информацията и кога е получена (с часовата зона). Опасност, която е само възможна или не е непосредствена, не представлява извънредна ситуация.
        }
emergency-disclosure-emergency-relation = Как исканите данни са свързани с извънредната ситуация
    .hint = Посочете как данните ще помогнат за предотвратяване на опасността, например чрез установяване на местонахождението на застрашеното лице или идентифициране на лицето, отправящо заплахата, и защо се смята, че този доставчик на услуги ги държи.
emergency-disclosure-emergency-urgency = Защо данните не могат да бъдат получени навреме чрез запазване и взаимна правна помощ
    .hint = Посочете колко скоро може да настъпи вредата и защо искане за запазване, последвано от искане за взаимна правна помощ, или разпореждане за предоставяне не биха могли да осигурят данните навреме.
emergency-disclosure-emergency-needed-by = Данните са необходими до
    .hint = Най-късният момент, в който данните все още могат да помогнат, с часовата зона. Оставете празно, ако данните са необходими незабавно.

emergency-disclosure-data = Искани данни
emergency-disclosure-data-identifiers = Идентификатори на исканите данни
    .hint = Всеки профил, адрес или номер точно както се показва в услугата. За IP адрес посочете порта на източника и точната дата и час с часовата зона: когато адресите са споделени, доставчикът не може да идентифицира потребителя без тях.
emergency-disclosure-data-period = Период на исканите данни
    .hint = Възможно най-тесен, доколкото извънредната ситуация позволява, като всеки край е с часовата си зона: извънредната ситуация рядко оправдава повече от няколко дни (период над 7 дни се отбелязва).
emergency-disclosure-data-categories = Категории искани данни
    .hint = Искайте само данните, които извънредната ситуация изисква. Доставчиците на услуги в някои държави, като Съединените щати, могат да разкриват пряко на чуждестранни органи само данни, различни от данните за съдържанието.
emergency-disclosure-data-categories-subscriber = Информация за абоната
emergency-disclosure-data-categories-traffic = Данни за трафика
emergency-disclosure-data-categories-content = Данни за съдържанието
emergency-disclosure-data-categories-location = Данни за местоположение
emergency-disclosure-data-categories-other = Други данни
emergency-disclosure-data-categories-other-detail = Други искани данни

emergency-disclosure-instructions = Специални процесуални указания
emergency-disclosure-instructions-confidentiality = Поверителност: не уведомявайте потребителя или трети лица за това искане
    .hint = Някои доставчици на услуги уведомяват потребителите си за исканията, освен ако не бъдат помолени да не го правят. Ако потребителят узнае за искането, застрашеното лице може да пострада.
emergency-disclosure-instructions-format = Предпочитан формат на данните
emergency-disclosure-instructions-format-electronic = Електронен и машинночетим (например електронна таблица или CSV файл)
emergency-disclosure-instructions-format-document = Електронен документ (PDF)
emergency-disclosure-instructions-format-usual = Форматът, който доставчикът на услуги обичайно използва
emergency-disclosure-instructions-format-other = Друг формат
emergency-disclosure-instructions-format-other-detail = Формат
emergency-disclosure-instructions-other = Други указания или информация, които могат да помогнат за получаването на данните

emergency-disclosure-follow-up = Последваща правна процедура
emergency-disclosure-follow-up-process = Правна процедура, която ще последва това искане
    .hint = Дали данните, разкрити при извънредната ситуация, ще бъдат поискани отново чрез официална правна процедура, за да могат да бъдат използвани като доказателство.
emergency-disclosure-follow-up-process-mla = Искане за взаимна правна помощ
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Разпореждане за предоставяне до доставчика на услуги по член 7 от Втория допълнителен протокол
       *[other] Разпореждане за предоставяне до доставчика на услуги
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Искане за експедитивно запазване на съхранявани компютърни данни (член 29 от Конвенцията)
        [protocol2] Искане за експедитивно запазване на съхранявани компютърни данни (член 29 от Конвенцията)
       *[other] Искане за експедитивно запазване на съхранявани компютърни данни
    }
emergency-disclosure-follow-up-process-none = Не се очаква последваща правна процедура
emergency-disclosure-follow-up-process-other = Друга правна процедура
emergency-disclosure-follow-up-process-other-detail = Правна процедура
emergency-disclosure-follow-up-expected-date = Очаквана дата на изпращане
    .hint = Оставете празно, ако не се очаква последваща правна процедура.
emergency-disclosure-follow-up-details = Подробности за последващата процедура или причина да не се очаква такава
