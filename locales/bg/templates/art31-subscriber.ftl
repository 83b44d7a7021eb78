# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Член 31 от Конвенцията за престъпления в кибернетичното пространство (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Дата
art31-subscriber-reference = Референтен номер / номер на делото
art31-subscriber-status = Статус на искането
    .hint = Отбележете всяко приложимо поле. Последващото искане отваря раздели 9 и 10 за данните на предходното искане.
art31-subscriber-status-new = Ново искане
art31-subscriber-status-follow-up-mla = Последващо искане към предходно искане за взаимна правна помощ (данни в раздел 9)
art31-subscriber-status-follow-up-preservation = Последващо искане към предходно искане за запазване (данни в раздел 10)
art31-subscriber-requested-authority = Замолен орган
art31-subscriber-requested-authority-country = Замолена държава
art31-subscriber-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Централният орган за взаимна помощ на замолената държава (член 27, параграф 2) или органът, който тя е определила да получава такива искания.
           *[other] Централният орган за взаимна помощ на замолената държава или органът, който тя е определила да получава такива искания.
        }
art31-subscriber-requesting-authority = Молещ орган
art31-subscriber-requesting-authority-organisation = Организация
art31-subscriber-requesting-authority-person = Лице, отговарящо за искането
art31-subscriber-requesting-authority-address = Адрес
art31-subscriber-requesting-authority-phone = Телефонен номер
art31-subscriber-requesting-authority-mobile = Номер на мобилен телефон
art31-subscriber-requesting-authority-email = Адрес на електронна поща
art31-subscriber-requesting-authority-fax = Номер на факс
art31-subscriber-requesting-authority-office-hours = Работно време
art31-subscriber-requesting-authority-time-zone = Часова зона
    .hint = Часовата зона на вашата служба като отклонение от UTC. Всеки друг час в това искане е посочен със своя часова зона.
art31-subscriber-requesting-authority-response = Начин за отговор
art31-subscriber-requesting-authority-response-expedited = Предпочита се отговор по електронна поща или чрез друго бързо средство
art31-subscriber-requesting-authority-response-other = Предпочита се отговор по друг начин
art31-subscriber-requesting-authority-response-other-detail = Предпочита се отговор чрез
art31-subscriber-additional-contact = Ако е необходимо допълнително потвърждение от молещия орган, моля, свържете се с
art31-subscriber-additional-contact-contacts = Лице за контакт
art31-subscriber-additional-contact-contacts-name = Име
art31-subscriber-additional-contact-contacts-job-title = Длъжност
art31-subscriber-additional-contact-contacts-function = Функция
art31-subscriber-additional-contact-contacts-phone = Телефонен номер
art31-subscriber-additional-contact-contacts-mobile = Номер на мобилен телефон
art31-subscriber-additional-contact-contacts-email = Адрес на електронна поща
art31-subscriber-investigating-authority = Разследващ / оперативен орган, който отговаря за делото (ако е различен от молещия орган)
art31-subscriber-investigating-authority-organisation = Организация
art31-subscriber-investigating-authority-person = Лице, отговарящо за делото
art31-subscriber-investigating-authority-address = Адрес
art31-subscriber-investigating-authority-phone = Телефонен номер
art31-subscriber-investigating-authority-mobile = Номер на мобилен телефон
art31-subscriber-investigating-authority-email = Адрес на електронна поща
art31-subscriber-investigating-authority-fax = Номер на факс
art31-subscriber-prosecution-court = Компетентна прокуратура или съд, ако е приложимо
art31-subscriber-prosecution-court-prosecution = Компетентна прокуратура и номер на преписката
art31-subscriber-prosecution-court-court = Компетентен съд и номер на делото
art31-subscriber-prosecution-court-decisions = Актове на прокуратурата или съда, свързани с това искане
    .hint = За всеки акт: органът, датата и номерът му и какво разпорежда или разрешава. Приложете копие, ако замолената държава го изисква.
art31-subscriber-previous-mla = Информация за предходното искане за взаимна правна помощ, ако е приложимо
art31-subscriber-previous-mla-date = Дата
art31-subscriber-previous-mla-reference = Номер на заявката / референтен номер
art31-subscriber-previous-mla-requesting = Данни за контакт на органа, отправил предходното искане
art31-subscriber-previous-mla-executing = Данни за контакт на органа, който е отговорил на предходното искане (или го е изпълнил)
art31-subscriber-previous-mla-channel = Начин на комуникация, използван за подаване на предходното искане (адрес на електронна поща, номер на факс и др.)
art31-subscriber-previous-preservation = Информация за предходното искане за запазване, ако е приложимо
art31-subscriber-previous-preservation-date = Дата
art31-subscriber-previous-preservation-reference = Номер на заявката / референтен номер
art31-subscriber-previous-preservation-requesting = Данни за контакт на органа, поискал запазването
art31-subscriber-previous-preservation-executing = Данни за контакт на органа, който е отговорил на искането за запазване (или го е изпълнил)
art31-subscriber-previous-preservation-channel = Канал за комуникация
art31-subscriber-previous-preservation-channel-network-247 = Звено за контакт на мрежата 24/7
art31-subscriber-previous-preservation-channel-provider = Пряко до доставчика на услуги
art31-subscriber-previous-preservation-channel-police = Канал за полицейско сътрудничество
art31-subscriber-previous-preservation-channel-mla = Централен орган за взаимна помощ
art31-subscriber-previous-preservation-channel-other = Друго
art31-subscriber-previous-preservation-channel-other-detail = Използван канал
art31-subscriber-previous-preservation-expiry = Данните са запазени до
    .hint = Датата, на която запазването приключва, както е потвърдена от замолената държава или от доставчика на услуги, ако е известна.
art31-subscriber-legal-grounds = Правно основание на искането
art31-subscriber-legal-grounds-domestic = Правно основание на искането според националното право, ако е приложимо
    .hint = Разпоредбите на вашето право, въз основа на които се отправя това искане, например членовете от наказателно-процесуалния кодекс относно исканията за взаимна правна помощ.
art31-subscriber-legal-grounds-instruments = Други приложими договори или споразумения
art31-subscriber-legal-grounds-instruments-ets-30 = Европейска конвенция за взаимопомощ по наказателноправни въпроси (ETS № 30) и протоколите към нея
art31-subscriber-legal-grounds-instruments-bilateral = Двустранен договор
art31-subscriber-legal-grounds-instruments-bilateral-detail = Наименование и дата на договора
art31-subscriber-legal-grounds-instruments-reciprocity = Взаимност
art31-subscriber-offences = Престъпление(я)
art31-subscriber-offences-offences = Престъпление
art31-subscriber-offences-offences-name = Престъпление
art31-subscriber-offences-offences-provision = Правна разпоредба
art31-subscriber-offences-offences-penalty = Максимално наказание
art31-subscriber-offences-damage = Причинени вреди
    .hint = Размерът на вредата, в съответната валута, ако има такава.
art31-subscriber-offences-damage-below-threshold = Вредата е под равностойността на 5000 USD
    .hint = Ваша собствена проверка, която никога не се отпечатва в искането. Съединените щати по правило отказват изпълнение на искания, свързани с вреди под 5000 USD; сравнете вредата във вашата валута с тази сума.
art31-subscriber-facts = Кратко изложение на фактите
    .hint = Кой какво е извършил, кога и къде и как престъплението е извършено с помощта на съответната услуга. Посочвайте всеки час с часовата зона.
art31-subscriber-identifiers = Идентификатори и период на исканите данни
art31-subscriber-identifiers-identifiers = Идентификатори на исканите данни
    .hint = Всеки профил, адрес или номер, чийто абонат се търси. За IP адрес посочете порта на източника и точната дата и час с часовата зона: при споделени адреси доставчикът не може да идентифицира абоната без тях.
art31-subscriber-identifiers-period = Точен период, за който се искат данните
    .hint = Началото и краят с тяхната часова зона. Искайте само периода, необходим за разследването: искания за дълги периоди (над 90 дни) често биват отказвани като прекомерно широки.
art31-subscriber-categories = Искана информация за абоната
    .hint = { $basis ->
            [budapest] Отбележете само това, което е необходимо за разследването. Първите шест полета следват определението за информация за абоната в член 18, параграф 3 от Конвенцията.
           *[other] Отбележете само това, което е необходимо за разследването.
        }
art31-subscriber-categories-service = Вид на използваната комуникационна услуга, предприетите във връзка с нея технически мерки и срок на услугата
art31-subscriber-categories-identity = Самоличност на абоната
art31-subscriber-categories-address = Пощенски или географски адрес
art31-subscriber-categories-access-number = Телефонни и други номера за достъп
art31-subscriber-categories-billing = Информация за таксуване и плащания
art31-subscriber-categories-installation = Място на инсталиране на комуникационното оборудване
art31-subscriber-categories-email = Адреси на електронна поща, свързани с профила
art31-subscriber-categories-registration-ip = IP адрес, дата и час на регистрацията
art31-subscriber-categories-login-ip-at = IP адрес при влизане на датата и в часа, посочени с идентификатора (за идентифициране на абоната)
art31-subscriber-categories-other = Друго
art31-subscriber-categories-other-detail = Друга искана информация
art31-subscriber-relevance = Връзка на данните с разследването
    .hint = Обяснете как всеки идентификатор е свързан с престъплението и със заподозрения и защо се смята, че доставчикът на услуги държи данните.
art31-subscriber-service-provider = Доставчик на услуги, който държи данните
art31-subscriber-service-provider-name = Наименование на доставчика на услуги
    .hint = Официалното наименование на доставчика, както е посочено в условията му за ползване или в указанията му за правоприлагащите органи.
art31-subscriber-service-provider-address = Адрес или местонахождение
art31-subscriber-urgency = Спешност
art31-subscriber-urgency-urgent = Иска се спешно изпълнение
art31-subscriber-urgency-reasons = Причини за спешността
    .hint = { $basis ->
            [budapest] Например заподозреният е задържан, срок в производството или основания да се смята, че данните са особено уязвими от загуба или промяна (член 31, параграф 3).
           *[other] Например заподозреният е задържан, срок в производството или основания да се смята, че данните са особено уязвими от загуба или промяна.
        }
art31-subscriber-urgency-deadline = Данните са необходими до
art31-subscriber-confidentiality = Поверителност
art31-subscriber-confidentiality-confidential = Моля, третирайте като поверителни факта на искането и неговия предмет, освен доколкото е необходимо за изпълнението му
art31-subscriber-confidentiality-no-notification = Да се поиска от доставчика на услуги да не уведомява абоната или трети лица
    .hint = Попитайте замоления орган дали практиката или системата на доставчика могат да предупредят потребителя.
art31-subscriber-confidentiality-reasons = Причини за поверителността
    .hint = Например опасност заподозреният да унищожи доказателства, да се укрие или да предупреди съучастниците си.
art31-subscriber-form = Форма на данните и удостоверяване на автентичността
art31-subscriber-form-electronic = Електронно копие в четим формат
art31-subscriber-form-certified = Заверено копие
art31-subscriber-form-certificate = Удостоверение от доставчика на услуги за автентичността на търговските записи
art31-subscriber-form-other = Друго
art31-subscriber-form-other-detail = Друго изискване
