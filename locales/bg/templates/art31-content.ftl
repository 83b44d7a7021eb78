# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] Член 31 от Конвенцията за престъпления в кибернетичното пространство (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Дата
art31-content-reference = Референтен номер / номер на делото
art31-content-status = Статус на искането
    .hint = Отбележете всяко приложимо поле. Последващото искане отваря раздели 9 и 10 за данните на предходното искане.
art31-content-status-new = Ново искане
art31-content-status-follow-up-mla = Последващо искане към предходно искане за взаимна правна помощ (данни в раздел 9)
art31-content-status-follow-up-preservation = Последващо искане към предходно искане за запазване (данни в раздел 10)
art31-content-requested-authority = Замолен орган
art31-content-requested-authority-country = Замолена държава
art31-content-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Централният орган за взаимна помощ на замолената държава (член 27, параграф 2) или органът, който тя е определила да получава такива искания.
           *[other] Централният орган за взаимна помощ на замолената държава или органът, който тя е определила да получава такива искания.
        }
art31-content-requesting-authority = Молещ орган
art31-content-requesting-authority-organisation = Организация
art31-content-requesting-authority-person = Лице, отговарящо за искането
art31-content-requesting-authority-address = Адрес
art31-content-requesting-authority-phone = Телефонен номер
art31-content-requesting-authority-mobile = Номер на мобилен телефон
art31-content-requesting-authority-email = Адрес на електронна поща
art31-content-requesting-authority-fax = Номер на факс
art31-content-requesting-authority-office-hours = Работно време
art31-content-requesting-authority-time-zone = Часова зона
    .hint = Часовата зона на вашата служба като отклонение от UTC. Всеки друг час в това искане е посочен със своя часова зона.
art31-content-requesting-authority-response = Начин за отговор
art31-content-requesting-authority-response-expedited = Предпочита се отговор по електронна поща или чрез друго бързо средство
art31-content-requesting-authority-response-other = Предпочита се отговор по друг начин
art31-content-requesting-authority-response-other-detail = Предпочита се отговор чрез
art31-content-additional-contact = Ако е необходимо допълнително потвърждение от молещия орган, моля, свържете се с
art31-content-additional-contact-contacts = Лице за контакт
art31-content-additional-contact-contacts-name = Име
art31-content-additional-contact-contacts-job-title = Длъжност
art31-content-additional-contact-contacts-function = Функция
art31-content-additional-contact-contacts-phone = Телефонен номер
art31-content-additional-contact-contacts-mobile = Номер на мобилен телефон
art31-content-additional-contact-contacts-email = Адрес на електронна поща
art31-content-investigating-authority = Разследващ / оперативен орган, който отговаря за делото (ако е различен от молещия орган)
art31-content-investigating-authority-organisation = Организация
art31-content-investigating-authority-person = Лице, отговарящо за делото
art31-content-investigating-authority-address = Адрес
art31-content-investigating-authority-phone = Телефонен номер
art31-content-investigating-authority-mobile = Номер на мобилен телефон
art31-content-investigating-authority-email = Адрес на електронна поща
art31-content-investigating-authority-fax = Номер на факс
art31-content-prosecution-court = Компетентна прокуратура или съд, ако е приложимо
art31-content-prosecution-court-prosecution = Компетентна прокуратура и номер на преписката
art31-content-prosecution-court-court = Компетентен съд и номер на делото
art31-content-prosecution-court-decisions = Актове на прокуратурата или съда, свързани с това искане
    .hint = За всеки акт: органът, датата и номерът му и какво разпорежда или разрешава. Приложете копие, ако замолената държава го изисква.
art31-content-previous-mla = Информация за предходното искане за взаимна правна помощ, ако е приложимо
art31-content-previous-mla-date = Дата
art31-content-previous-mla-reference = Номер на заявката / референтен номер
art31-content-previous-mla-requesting = Данни за контакт на органа, отправил предходното искане
art31-content-previous-mla-executing = Данни за контакт на органа, който е отговорил на предходното искане (или го е изпълнил)
art31-content-previous-mla-channel = Начин на комуникация, използван за подаване на предходното искане (адрес на електронна поща, номер на факс и др.)
art31-content-previous-preservation = Информация за предходното искане за запазване, ако е приложимо
art31-content-previous-preservation-date = Дата
art31-content-previous-preservation-reference = Номер на заявката / референтен номер
art31-content-previous-preservation-requesting = Данни за контакт на органа, поискал запазването
art31-content-previous-preservation-executing = Данни за контакт на органа, който е отговорил на искането за запазване (или го е изпълнил)
art31-content-previous-preservation-channel = Канал за комуникация
art31-content-previous-preservation-channel-network-247 = Звено за контакт на мрежата 24/7
art31-content-previous-preservation-channel-provider = Пряко до доставчика на услуги
art31-content-previous-preservation-channel-police = Канал за полицейско сътрудничество
art31-content-previous-preservation-channel-mla = Централен орган за взаимна помощ
art31-content-previous-preservation-channel-other = Друго
art31-content-previous-preservation-channel-other-detail = Използван канал
art31-content-previous-preservation-expiry = Данните са запазени до
    .hint = Датата, на която запазването приключва, както е потвърдена от замолената държава или от доставчика на услуги, ако е известна.
art31-content-legal-grounds = Правно основание на искането
art31-content-legal-grounds-domestic = Правно основание на искането според националното право, ако е приложимо
    .hint = Разпоредбите на вашето право, въз основа на които се отправя това искане, например членовете от наказателно-процесуалния кодекс относно исканията за взаимна правна помощ.
art31-content-legal-grounds-instruments = Други приложими договори или споразумения
art31-content-legal-grounds-instruments-ets-30 = Европейска конвенция за взаимопомощ по наказателноправни въпроси (ETS № 30) и протоколите към нея
art31-content-legal-grounds-instruments-bilateral = Двустранен договор
art31-content-legal-grounds-instruments-bilateral-detail = Наименование и дата на договора
art31-content-legal-grounds-instruments-reciprocity = Взаимност
art31-content-offences = Престъпление(я)
art31-content-offences-offences = Престъпление
art31-content-offences-offences-name = Престъпление
art31-content-offences-offences-provision = Правна разпоредба
art31-content-offences-offences-penalty = Максимално наказание
art31-content-offences-damage = Причинени вреди
    .hint = Размерът на вредата, в съответната валута, ако има такава.
art31-content-offences-damage-below-threshold = Вредата е под равностойността на 5000 USD
    .hint = Ваша собствена проверка, която никога не се отпечатва в искането. Съединените щати по правило отказват изпълнение на искания, свързани с вреди под 5000 USD; сравнете вредата във вашата валута с тази сума.
art31-content-facts = Кратко изложение на фактите
    .hint = Кой какво е извършил, кога и къде и как престъплението е извършено с помощта на съответната услуга. Посочвайте всеки час с часовата зона.
art31-content-identifiers = Идентификатори и период на исканите данни
art31-content-identifiers-identifiers = Идентификатори на исканите данни
    .hint = Всеки профил, адрес или номер, чиито данни се искат. За IP адрес посочете порта на източника и точната дата и час с часовата зона: при споделени адреси доставчикът не може да идентифицира абоната без тях.
art31-content-identifiers-period = Точен период, за който се искат данните
    .hint = Началото и краят с тяхната часова зона. Искайте само периода, необходим за разследването: искания за дълги периоди (над 90 дни) често биват отказвани като прекомерно широки.
art31-content-data = Искани данни
art31-content-data-content = Искани данни за съдържанието
    .hint = Посочете само съдържанието, което фактите обосновават; замолената държава може да се нуждае от съдебно разпореждане за него.
art31-content-data-content-messages = Съхранявани съобщения, включително съобщения в чатове и лични съобщения
art31-content-data-content-emails = Съхранявани електронни писма с прикачените към тях файлове
art31-content-data-content-files = Съхранявани файлове и документи, включително в облачно хранилище
art31-content-data-content-media = Снимки и видеозаписи
art31-content-data-content-posts = Публикации, коментари и друго публикувано съдържание
art31-content-data-content-location = Съхранявана информация за местоположение
art31-content-data-content-contacts = Списъци с контакти и адресни книги
art31-content-data-content-other = Друго
art31-content-data-content-other-detail = Други искани данни за съдържанието
art31-content-data-traffic = Искани данни за трафика
    .hint = { $basis ->
            [budapest] Отбележете само това, което е необходимо в допълнение към съдържанието. Първите осем полета следват определението за данни за трафика в член 1, буква „г“ от Конвенцията: данни, генерирани от компютърна система като част от веригата на комуникацията.
           *[other] Отбележете само това, което е необходимо в допълнение към съдържанието. Данните за трафика са данни, генерирани от компютърна система като част от веригата на комуникацията.
        }
art31-content-data-traffic-origin = Произход на съобщенията
art31-content-data-traffic-destination = Местоназначение на съобщенията
art31-content-data-traffic-route = Маршрут
art31-content-data-traffic-time = Час
art31-content-data-traffic-date = Дата
art31-content-data-traffic-size = Обем
art31-content-data-traffic-duration = Продължителност
art31-content-data-traffic-service = Вид на основната услуга
art31-content-data-traffic-connection-log = История на IP връзките: влизания и излизания с IP адреси, портове на източника, дати и часове
art31-content-data-traffic-headers = Информация от заглавната част на електронните писма, без съдържанието
art31-content-data-traffic-other = Друго
art31-content-data-traffic-other-detail = Други искани данни за трафика
art31-content-data-subscriber = Искана информация за абоната
    .hint = { $basis ->
            [budapest] Отбележете само това, което е необходимо в допълнение към съдържанието. Първите шест полета следват определението за информация за абоната в член 18, параграф 3 от Конвенцията.
           *[other] Отбележете само това, което е необходимо в допълнение към съдържанието.
        }
art31-content-data-subscriber-service = Вид на използваната комуникационна услуга, предприетите във връзка с нея технически мерки и срок на услугата
art31-content-data-subscriber-identity = Самоличност на абоната
art31-content-data-subscriber-address = Пощенски или географски адрес
art31-content-data-subscriber-access-number = Телефонни и други номера за достъп
art31-content-data-subscriber-billing = Информация за таксуване и плащания
art31-content-data-subscriber-installation = Място на инсталиране на комуникационното оборудване
art31-content-data-subscriber-email = Адреси на електронна поща, свързани с профила
art31-content-data-subscriber-registration-ip = IP адрес, дата и час на регистрацията
art31-content-data-subscriber-other = Друго
art31-content-data-subscriber-other-detail = Друга искана информация за абоната
art31-content-measures = Искани мерки
    .hint = { $basis ->
            [budapest] Член 31, параграф 1: замолената страна може да извърши претърсване или подобен достъп, изземване или подобно обезпечаване и разкриване на данни, съхранявани на нейна територия, включително данни, запазени съгласно член 29.
           *[other] Какво се иска от замолената държава по отношение на данните, съхранявани на нейна територия, включително вече запазени данни: претърсване или подобен достъп, изземване или подобно обезпечаване и разкриване.
        }
art31-content-measures-search = Претърсване или подобен достъп
art31-content-measures-seizure = Изземване или подобно обезпечаване
art31-content-measures-disclosure = Разкриване
art31-content-preservation = Запазване на данните
art31-content-preservation-sought = Поискано ли е вече запазване на данните?
    .hint = { $basis ->
            [budapest] Дали данните са запазени съгласно член 29 от Конвенцията, чрез мрежата 24/7 или пряко при доставчика на услуги. Референтният номер позволява на замоления орган и на доставчика да открият запазените данни. Ако това искане е последващо към искането за запазване, описано в раздел 10, посочете същите дата и референтен номер.
           *[other] Дали данните са запазени чрез мрежата 24/7, чрез друг орган на замолената държава или пряко при доставчика на услуги. Референтният номер позволява на замоления орган и на доставчика да открият запазените данни. Ако това искане е последващо към искането за запазване, описано в раздел 10, посочете същите дата и референтен номер.
        }
art31-content-preservation-sought-yes = Да
art31-content-preservation-sought-no = Не
art31-content-preservation-date = Дата на искането за запазване
art31-content-preservation-reference = Референтен номер на искането за запазване
    .hint = Референтният номер, даден от замоления орган или от доставчика на услуги; ако не е даден такъв, вашият собствен референтен номер.
art31-content-relevance = Връзка на данните с разследването
    .hint = Обяснете как всеки идентификатор и всеки вид искани данни са свързани с престъплението и със заподозрения и защо се смята, че доставчикът на услуги държи данните.
art31-content-grounds = Фактическо основание за претърсването или предоставянето на данните за съдържанието
    .hint = Конкретните факти, които отговарят на прага на замолената държава за принудителни мерки, например „probable cause“ (достатъчно основание) в Съединените щати: факти, които показват, че профилът е използван във връзка с престъплението и че доказателства за него вероятно ще бъдат намерени в исканото съдържание, както и кога са настъпили тези факти. Само заключения или подозрения не са достатъчни.
art31-content-dual-criminality = Двойна наказуемост
    .hint = { $basis ->
            [budapest] Обяснете как описаното в раздел 13 деяние е престъпление и според правото на замолената държава, като посочите съответната разпоредба, ако е известна. Съгласно член 25, параграф 5 от Конвенцията условието е изпълнено, ако деянието, което е в основата на престъплението, е престъпление там, независимо от категорията или наименованието му.
           *[other] Обяснете как описаното в раздел 13 деяние е престъпление и според правото на замолената държава, като посочите съответната разпоредба, ако е известна.
        }
art31-content-use = Ограничения при използването на данните
art31-content-use-undertakings = Поети задължения от молещия орган
    .hint = { $basis ->
            [budapest] Член 28 се прилага, когато между страните не е в сила договор за взаимна помощ или споразумение въз основа на единно или реципрочно законодателство; в противен случай се прилагат правилата на този договор или споразумение относно поверителността и използването.
           *[other] Условията за поверителност и ограничаване на използването са тези на избрания инструмент, а при липса на договор — тези, които поставя замолената държава.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Молещият орган ще спазва условията за поверителност и ограничаване на използването, поставени от замолената страна съгласно член 28, параграф 2 от Конвенцията
       *[other] Молещият орган ще спазва условията за поверителност и ограничаване на използването, поставени от замолената държава
    }
art31-content-use-undertakings-speciality = Данните ще бъдат използвани само за разследването и производството, посочени в това искане, освен ако замолената страна даде съгласие за друго използване (принцип на специалността)
art31-content-use-explanation = Обяснение на предвиденото използване на данните
    .hint = Например дали данните ще трябва да бъдат разкрити на защитата или използвани в свързани производства, за да може замолената страна да определи съответно своите условия.
art31-content-service-provider = Доставчик на услуги, който държи данните
art31-content-service-provider-name = Наименование на доставчика на услуги
    .hint = Официалното наименование на доставчика, както е посочено в условията му за ползване или в указанията му за правоприлагащите органи.
art31-content-service-provider-address = Адрес или местонахождение
art31-content-urgency = Спешност
art31-content-urgency-urgent = Иска се спешно изпълнение
art31-content-urgency-reasons = Причини за спешността
    .hint = { $basis ->
            [budapest] Например заподозреният е задържан, срок в производството или основания да се смята, че данните са особено уязвими от загуба или промяна (член 31, параграф 3).
           *[other] Например заподозреният е задържан, срок в производството или основания да се смята, че данните са особено уязвими от загуба или промяна.
        }
art31-content-urgency-deadline = Данните са необходими до
art31-content-confidentiality = Поверителност
art31-content-confidentiality-confidential = Моля, третирайте като поверителни факта на искането и неговия предмет, освен доколкото е необходимо за изпълнението му
art31-content-confidentiality-no-notification = Да се поиска от доставчика на услуги да не уведомява абоната или трети лица
    .hint = Попитайте замоления орган дали практиката или системата на доставчика могат да предупредят потребителя.
art31-content-confidentiality-reasons = Причини за поверителността
    .hint = Например опасност заподозреният да унищожи доказателства, да се укрие или да предупреди съучастниците си.
art31-content-form = Форма на данните, удостоверяване на автентичността и верига на съхранение
    .hint = За да бъде допуснато като доказателство, съдържанието обикновено трябва да бъде удостоверено: отбележете това, от което се нуждаят вашите съдилища, например криминалистично копие с хеш стойности и запис на всички лица, които са боравили с данните, или удостоверение от доставчика на услуги за автентичността на търговските му записи.
art31-content-form-electronic = Електронно копие в четим формат
art31-content-form-certified = Заверено копие
art31-content-form-certificate = Удостоверение от доставчика на услуги за автентичността на търговските записи
art31-content-form-forensic = Криминалистично копие с хеш стойности
art31-content-form-custody = Протокол за веригата на съхранение
art31-content-form-other = Друго
art31-content-form-other-detail = Друго изискване
