# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] Член 31 от Конвенцията за престъпления в кибернетичното пространство (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Дата
art31-traffic-reference = Референтен номер / номер на делото
art31-traffic-status = Статус на искането
    .hint = Отбележете всяко приложимо поле. Последващото искане отваря раздели 9 и 10 за данните на предходното искане.
art31-traffic-status-new = Ново искане
art31-traffic-status-follow-up-mla = Последващо искане към предходно искане за взаимна правна помощ (данни в раздел 9)
art31-traffic-status-follow-up-preservation = Последващо искане към предходно искане за запазване (данни в раздел 10)
art31-traffic-requested-authority = Замолен орган
art31-traffic-requested-authority-country = Замолена държава
art31-traffic-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Централният орган за взаимна помощ на замолената държава (член 27, параграф 2) или органът, който тя е определила да получава такива искания.
           *[other] Централният орган за взаимна помощ на замолената държава или органът, който тя е определила да получава такива искания.
        }
art31-traffic-requesting-authority = Молещ орган
art31-traffic-requesting-authority-organisation = Организация
art31-traffic-requesting-authority-person = Лице, отговарящо за искането
art31-traffic-requesting-authority-address = Адрес
art31-traffic-requesting-authority-phone = Телефонен номер
art31-traffic-requesting-authority-mobile = Номер на мобилен телефон
art31-traffic-requesting-authority-email = Адрес на електронна поща
art31-traffic-requesting-authority-fax = Номер на факс
art31-traffic-requesting-authority-office-hours = Работно време
art31-traffic-requesting-authority-time-zone = Часова зона
    .hint = Часовата зона на вашата служба като отклонение от UTC. Всеки друг час в това искане е посочен със своя часова зона.
art31-traffic-requesting-authority-response = Начин за отговор
art31-traffic-requesting-authority-response-expedited = Предпочита се отговор по електронна поща или чрез друго бързо средство
art31-traffic-requesting-authority-response-other = Предпочита се отговор по друг начин
art31-traffic-requesting-authority-response-other-detail = Предпочита се отговор чрез
art31-traffic-additional-contact = Ако е необходимо допълнително потвърждение от молещия орган, моля, свържете се с
art31-traffic-additional-contact-contacts = Лице за контакт
art31-traffic-additional-contact-contacts-name = Име
art31-traffic-additional-contact-contacts-job-title = Длъжност
art31-traffic-additional-contact-contacts-function = Функция
art31-traffic-additional-contact-contacts-phone = Телефонен номер
art31-traffic-additional-contact-contacts-mobile = Номер на мобилен телефон
art31-traffic-additional-contact-contacts-email = Адрес на електронна поща
art31-traffic-investigating-authority = Разследващ / оперативен орган, който отговаря за делото (ако е различен от молещия орган)
art31-traffic-investigating-authority-organisation = Организация
art31-traffic-investigating-authority-person = Лице, отговарящо за делото
art31-traffic-investigating-authority-address = Адрес
art31-traffic-investigating-authority-phone = Телефонен номер
art31-traffic-investigating-authority-mobile = Номер на мобилен телефон
art31-traffic-investigating-authority-email = Адрес на електронна поща
art31-traffic-investigating-authority-fax = Номер на факс
art31-traffic-prosecution-court = Компетентна прокуратура или съд, ако е приложимо
art31-traffic-prosecution-court-prosecution = Компетентна прокуратура и номер на преписката
art31-traffic-prosecution-court-court = Компетентен съд и номер на делото
art31-traffic-prosecution-court-decisions = Актове на прокуратурата или съда, свързани с това искане
    .hint = За всеки акт: органът, датата и номерът му и какво разпорежда или разрешава. Приложете копие, ако замолената държава го изисква.
art31-traffic-previous-mla = Информация за предходното искане за взаимна правна помощ, ако е приложимо
art31-traffic-previous-mla-date = Дата
art31-traffic-previous-mla-reference = Номер на заявката / референтен номер
art31-traffic-previous-mla-requesting = Данни за контакт на органа, отправил предходното искане
art31-traffic-previous-mla-executing = Данни за контакт на органа, който е отговорил на предходното искане (или го е изпълнил)
art31-traffic-previous-mla-channel = Начин на комуникация, използван за подаване на предходното искане (адрес на електронна поща, номер на факс и др.)
art31-traffic-previous-preservation = Информация за предходното искане за запазване, ако е приложимо
art31-traffic-previous-preservation-date = Дата
art31-traffic-previous-preservation-reference = Номер на заявката / референтен номер
art31-traffic-previous-preservation-requesting = Данни за контакт на органа, поискал запазването
art31-traffic-previous-preservation-executing = Данни за контакт на органа, който е отговорил на искането за запазване (или го е изпълнил)
art31-traffic-previous-preservation-channel = Канал за комуникация
art31-traffic-previous-preservation-channel-network-247 = Звено за контакт на мрежата 24/7
art31-traffic-previous-preservation-channel-provider = Пряко до доставчика на услуги
art31-traffic-previous-preservation-channel-police = Канал за полицейско сътрудничество
art31-traffic-previous-preservation-channel-mla = Централен орган за взаимна помощ
art31-traffic-previous-preservation-channel-other = Друго
art31-traffic-previous-preservation-channel-other-detail = Използван канал
art31-traffic-previous-preservation-expiry = Данните са запазени до
    .hint = Датата, на която запазването приключва, както е потвърдена от замолената държава или от доставчика на услуги, ако е известна.
art31-traffic-legal-grounds = Правно основание на искането
art31-traffic-legal-grounds-domestic = Правно основание на искането според националното право, ако е приложимо
    .hint = Разпоредбите на вашето право, въз основа на които се отправя това искане, например членовете от наказателно-процесуалния кодекс относно исканията за взаимна правна помощ.
art31-traffic-legal-grounds-instruments = Други приложими договори или споразумения
art31-traffic-legal-grounds-instruments-ets-30 = Европейска конвенция за взаимопомощ по наказателноправни въпроси (ETS № 30) и протоколите към нея
art31-traffic-legal-grounds-instruments-bilateral = Двустранен договор
art31-traffic-legal-grounds-instruments-bilateral-detail = Наименование и дата на договора
art31-traffic-legal-grounds-instruments-reciprocity = Взаимност
art31-traffic-offences = Престъпление(я)
art31-traffic-offences-offences = Престъпление
art31-traffic-offences-offences-name = Престъпление
art31-traffic-offences-offences-provision = Правна разпоредба
art31-traffic-offences-offences-penalty = Максимално наказание
art31-traffic-offences-damage = Причинени вреди
    .hint = Размерът на вредата, в съответната валута, ако има такава.
art31-traffic-offences-damage-below-threshold = Вредата е под равностойността на 5000 USD
    .hint = Ваша собствена проверка, която никога не се отпечатва в искането. Съединените щати по правило отказват изпълнение на искания, свързани с вреди под 5000 USD; сравнете вредата във вашата валута с тази сума.
art31-traffic-facts = Кратко изложение на фактите
    .hint = Кой какво е извършил, кога и къде и как престъплението е извършено с помощта на съответната услуга. Посочвайте всеки час с часовата зона.
art31-traffic-identifiers = Идентификатори и период на исканите данни
art31-traffic-identifiers-identifiers = Идентификатори на исканите данни
    .hint = Всеки профил, адрес или номер, чиито данни се искат. За IP адрес посочете порта на източника и точната дата и час с часовата зона: при споделени адреси доставчикът не може да идентифицира абоната без тях.
art31-traffic-identifiers-period = Точен период, за който се искат данните
    .hint = Началото и краят с тяхната часова зона. Искайте само периода, необходим за разследването: искания за дълги периоди (над 90 дни) често биват отказвани като прекомерно широки.
art31-traffic-data = Искани данни
art31-traffic-data-traffic = Искани данни за трафика
    .hint = { $basis ->
            [budapest] Първите осем полета следват определението за данни за трафика в член 1, буква „г“ от Конвенцията: данни, генерирани от компютърна система като част от веригата на комуникацията.
           *[other] Данни, генерирани от компютърна система като част от веригата на комуникацията: отбележете само това, което е необходимо за разследването.
        }
art31-traffic-data-traffic-origin = Произход на съобщенията
art31-traffic-data-traffic-destination = Местоназначение на съобщенията
art31-traffic-data-traffic-route = Маршрут
art31-traffic-data-traffic-time = Час
art31-traffic-data-traffic-date = Дата
art31-traffic-data-traffic-size = Обем
art31-traffic-data-traffic-duration = Продължителност
art31-traffic-data-traffic-service = Вид на основната услуга
art31-traffic-data-traffic-connection-log = История на IP връзките: влизания и излизания с IP адреси, портове на източника, дати и часове
art31-traffic-data-traffic-headers = Информация от заглавната част на електронните писма, без съдържанието
art31-traffic-data-traffic-other = Друго
art31-traffic-data-traffic-other-detail = Други искани данни за трафика
art31-traffic-data-subscriber = Искана информация за абоната
    .hint = { $basis ->
            [budapest] Отбележете само това, което е необходимо в допълнение към данните за трафика. Първите шест полета следват определението за информация за абоната в член 18, параграф 3 от Конвенцията.
           *[other] Отбележете само това, което е необходимо в допълнение към данните за трафика.
        }
art31-traffic-data-subscriber-service = Вид на използваната комуникационна услуга, предприетите във връзка с нея технически мерки и срок на услугата
art31-traffic-data-subscriber-identity = Самоличност на абоната
art31-traffic-data-subscriber-address = Пощенски или географски адрес
art31-traffic-data-subscriber-access-number = Телефонни и други номера за достъп
art31-traffic-data-subscriber-billing = Информация за таксуване и плащания
art31-traffic-data-subscriber-installation = Място на инсталиране на комуникационното оборудване
art31-traffic-data-subscriber-email = Адреси на електронна поща, свързани с профила
art31-traffic-data-subscriber-registration-ip = IP адрес, дата и час на регистрацията
art31-traffic-data-subscriber-other = Друго
art31-traffic-data-subscriber-other-detail = Друга искана информация за абоната
art31-traffic-preservation = Запазване на данните
art31-traffic-preservation-sought = Поискано ли е вече запазване на данните?
    .hint = { $basis ->
            [budapest] Дали данните са запазени съгласно член 29 от Конвенцията, чрез мрежата 24/7 или пряко при доставчика на услуги. Референтният номер позволява на замоления орган и на доставчика да открият запазените данни. Ако това искане е последващо към искането за запазване, описано в раздел 10, посочете същите дата и референтен номер.
           *[other] Дали данните са запазени чрез мрежата 24/7, чрез друг орган на замолената държава или пряко при доставчика на услуги. Референтният номер позволява на замоления орган и на доставчика да открият запазените данни. Ако това искане е последващо към искането за запазване, описано в раздел 10, посочете същите дата и референтен номер.
        }
art31-traffic-preservation-sought-yes = Да
art31-traffic-preservation-sought-no = Не
art31-traffic-preservation-date = Дата на искането за запазване
art31-traffic-preservation-reference = Референтен номер на искането за запазване
    .hint = Референтният номер, даден от замоления орган или от доставчика на услуги; ако не е даден такъв, вашият собствен референтен номер.
art31-traffic-relevance = Връзка на данните с разследването
    .hint = Обяснете как всеки идентификатор и всеки вид искани данни са свързани с престъплението и със заподозрения и защо се смята, че доставчикът на услуги държи данните.
art31-traffic-service-provider = Доставчик на услуги, който държи данните
art31-traffic-service-provider-name = Наименование на доставчика на услуги
    .hint = Официалното наименование на доставчика, както е посочено в условията му за ползване или в указанията му за правоприлагащите органи.
art31-traffic-service-provider-address = Адрес или местонахождение
art31-traffic-urgency = Спешност
art31-traffic-urgency-urgent = Иска се спешно изпълнение
art31-traffic-urgency-reasons = Причини за спешността
    .hint = { $basis ->
            [budapest] Например заподозреният е задържан, срок в производството или основания да се смята, че данните са особено уязвими от загуба или промяна (член 31, параграф 3).
           *[other] Например заподозреният е задържан, срок в производството или основания да се смята, че данните са особено уязвими от загуба или промяна.
        }
art31-traffic-urgency-deadline = Данните са необходими до
art31-traffic-confidentiality = Поверителност
art31-traffic-confidentiality-confidential = Моля, третирайте като поверителни факта на искането и неговия предмет, освен доколкото е необходимо за изпълнението му
art31-traffic-confidentiality-no-notification = Да се поиска от доставчика на услуги да не уведомява абоната или трети лица
    .hint = Попитайте замоления орган дали практиката или системата на доставчика могат да предупредят потребителя.
art31-traffic-confidentiality-reasons = Причини за поверителността
    .hint = Например опасност заподозреният да унищожи доказателства, да се укрие или да предупреди съучастниците си.
art31-traffic-form = Форма на данните и удостоверяване на автентичността
art31-traffic-form-electronic = Електронно копие в четим формат
art31-traffic-form-certified = Заверено копие
art31-traffic-form-certificate = Удостоверение от доставчика на услуги за автентичността на търговските записи
art31-traffic-form-other = Друго
art31-traffic-form-other-detail = Друго изискване
