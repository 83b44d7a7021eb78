# Шаблон art31-subscriber: запрос о взаимной правовой помощи в целях получения сведений об абонентах (ст. 31 Будапештской конвенции).
# Нумерация и формулировки разделов 1-11 соответствуют T-CY(2018)10; последующие разделы основаны на ст. 18(3) и 31 Конвенции.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Статья 31 Конвенции о преступности в сфере компьютерной информации (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Дата
art31-subscriber-reference = Исходящий номер / номер дела
art31-subscriber-status = Статус запроса
    .hint = Отметьте все применимые варианты. Если запрос следует за ранее направленным запросом, открываются разделы 9 и 10 для сведений о нём.
art31-subscriber-status-new = Новый запрос
art31-subscriber-status-follow-up-mla = Запрос, следующий за ранее направленным запросом о взаимной правовой помощи (сведения в разделе 9)
art31-subscriber-status-follow-up-preservation = Запрос, следующий за ранее направленным запросом об обеспечении сохранности данных (сведения в разделе 10)
art31-subscriber-requested-authority = Запрашиваемый орган
art31-subscriber-requested-authority-country = Запрашиваемое государство
art31-subscriber-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Центральный орган запрашиваемого государства, ответственный за взаимную помощь (пункт 2 статьи 27), или назначенный им орган, уполномоченный принимать такие запросы.
           *[other] Центральный орган запрашиваемого государства, ответственный за взаимную помощь, или назначенный им орган, уполномоченный принимать такие запросы.
        }
art31-subscriber-requesting-authority = Запрашивающий орган
art31-subscriber-requesting-authority-organisation = Организация
art31-subscriber-requesting-authority-person = Лицо, ответственное за запрос
art31-subscriber-requesting-authority-address = Адрес
art31-subscriber-requesting-authority-phone = Номер телефона
art31-subscriber-requesting-authority-mobile = Номер мобильного телефона
art31-subscriber-requesting-authority-email = Адрес электронной почты
art31-subscriber-requesting-authority-fax = Номер факса
art31-subscriber-requesting-authority-office-hours = Часы работы
art31-subscriber-requesting-authority-time-zone = Часовой пояс
    .hint = Часовой пояс вашего учреждения как смещение относительно UTC. Любое другое время в настоящем запросе указывается со своим часовым поясом.
art31-subscriber-requesting-authority-response = Способ направления ответа
art31-subscriber-requesting-authority-response-expedited = Предпочтителен ответ по электронной почте или иным оперативным способом
art31-subscriber-requesting-authority-response-other = Предпочтителен ответ иным способом
art31-subscriber-requesting-authority-response-other-detail = Предпочтительный способ ответа
art31-subscriber-additional-contact = При необходимости дополнительного подтверждения со стороны запрашивающего органа просьба обращаться к
art31-subscriber-additional-contact-contacts = Контактное лицо
art31-subscriber-additional-contact-contacts-name = Фамилия, имя
art31-subscriber-additional-contact-contacts-job-title = Должность
art31-subscriber-additional-contact-contacts-function = Функции
art31-subscriber-additional-contact-contacts-phone = Номер телефона
art31-subscriber-additional-contact-contacts-mobile = Номер мобильного телефона
art31-subscriber-additional-contact-contacts-email = Адрес электронной почты
art31-subscriber-investigating-authority = Следственный / оперативный орган, ведущий дело (если он не совпадает с запрашивающим органом)
art31-subscriber-investigating-authority-organisation = Организация
art31-subscriber-investigating-authority-person = Лицо, ответственное за дело
art31-subscriber-investigating-authority-address = Адрес
art31-subscriber-investigating-authority-phone = Номер телефона
art31-subscriber-investigating-authority-mobile = Номер мобильного телефона
art31-subscriber-investigating-authority-email = Адрес электронной почты
art31-subscriber-investigating-authority-fax = Номер факса
art31-subscriber-prosecution-court = Прокуратура или суд, в производстве которых находится дело (при наличии)
art31-subscriber-prosecution-court-prosecution = Прокуратура и номер дела
art31-subscriber-prosecution-court-court = Суд и номер дела
art31-subscriber-prosecution-court-decisions = Решения прокуратуры или суда, относящиеся к настоящему запросу
    .hint = По каждому решению: орган, дата и номер, а также что им предписано или разрешено. Приложите копию, если этого требует запрашиваемое государство.
art31-subscriber-previous-mla = Сведения о ранее направленном запросе о взаимной правовой помощи (при наличии)
art31-subscriber-previous-mla-date = Дата
art31-subscriber-previous-mla-reference = Регистрационный номер
art31-subscriber-previous-mla-requesting = Контактные данные органа, направившего предыдущий запрос
art31-subscriber-previous-mla-executing = Контактные данные органа, ответившего на предыдущий запрос (или исполнившего его)
art31-subscriber-previous-mla-channel = Способ направления предыдущего запроса (адрес электронной почты, номер факса и т. п.)
art31-subscriber-previous-preservation = Сведения о ранее направленном запросе об обеспечении сохранности данных (при наличии)
art31-subscriber-previous-preservation-date = Дата
art31-subscriber-previous-preservation-reference = Регистрационный номер
art31-subscriber-previous-preservation-requesting = Контактные данные органа, запросившего обеспечение сохранности
art31-subscriber-previous-preservation-executing = Контактные данные органа, ответившего на запрос об обеспечении сохранности (или исполнившего его)
art31-subscriber-previous-preservation-channel = Канал связи
art31-subscriber-previous-preservation-channel-network-247 = Контактный пункт сети 24/7
art31-subscriber-previous-preservation-channel-provider = Непосредственно поставщику услуг
art31-subscriber-previous-preservation-channel-police = Канал полицейского сотрудничества
art31-subscriber-previous-preservation-channel-mla = Центральный орган по вопросам взаимной помощи
art31-subscriber-previous-preservation-channel-other = Иное
art31-subscriber-previous-preservation-channel-other-detail = Использованный канал
art31-subscriber-previous-preservation-expiry = Срок сохранности данных истекает
    .hint = Дата окончания сохранности, подтверждённая запрашиваемым государством или поставщиком услуг, если она известна.
art31-subscriber-legal-grounds = Правовое основание запроса
art31-subscriber-legal-grounds-domestic = Основание запроса по национальному законодательству (при наличии)
    .hint = Нормы вашего законодательства, на основании которых направляется запрос, например статьи уголовно-процессуального кодекса о запросах о взаимной правовой помощи.
art31-subscriber-legal-grounds-instruments = Иные применимые договоры или договорённости
art31-subscriber-legal-grounds-instruments-ets-30 = Европейская конвенция о взаимной правовой помощи по уголовным делам (ETS № 30) и протоколы к ней
art31-subscriber-legal-grounds-instruments-bilateral = Двусторонний договор
art31-subscriber-legal-grounds-instruments-bilateral-detail = Наименование и дата договора
art31-subscriber-legal-grounds-instruments-reciprocity = Принцип взаимности
art31-subscriber-offences = Преступление (преступления)
art31-subscriber-offences-offences = Преступление
art31-subscriber-offences-offences-name = Преступление
art31-subscriber-offences-offences-provision = Норма закона
art31-subscriber-offences-offences-penalty = Максимальное наказание
art31-subscriber-offences-damage = Причинённый ущерб
    .hint = Размер ущерба в соответствующей валюте, если ущерб причинён.
art31-subscriber-offences-damage-below-threshold = Ущерб меньше суммы, эквивалентной 5 000 долларов США
    .hint = Ваша собственная проверка, которая никогда не печатается в запросе. США, как правило, не исполняют запросы по делам с ущербом менее 5 000 долларов США; сравните размер ущерба в вашей валюте с этой суммой.
art31-subscriber-facts = Краткое изложение фактических обстоятельств
    .hint = Кто, что, когда и где совершил и как при совершении преступления использовалась соответствующая услуга. Каждое время указывайте с часовым поясом.
art31-subscriber-identifiers = Идентификаторы запрашиваемых данных и период
art31-subscriber-identifiers-identifiers = Идентификаторы запрашиваемых данных
    .hint = Каждая учётная запись, адрес или номер, сведения об абоненте которых запрашиваются. Для IP-адреса укажите порт источника и точные дату и время с часовым поясом: при совместном использовании адресов поставщик без них не может установить абонента.
art31-subscriber-identifiers-period = Точный период, за который запрашиваются данные
    .hint = Начало и конец периода с часовым поясом. Запрашивайте только период, необходимый для расследования: в исполнении запросов за длительный период (более 90 дней) часто отказывают как в чрезмерно широких.
art31-subscriber-categories = Запрашиваемые сведения об абонентах
    .hint = { $basis ->
            [budapest] Отмечайте только то, что необходимо для расследования. Первые шесть пунктов соответствуют определению сведений об абонентах в пункте 3 статьи 18 Конвенции.
           *[other] Отмечайте только то, что необходимо для расследования.
        }
art31-subscriber-categories-service = Вид используемой услуги связи, принятые для этого технические меры и период обслуживания
art31-subscriber-categories-identity = Личность абонента
art31-subscriber-categories-address = Почтовый или географический адрес
art31-subscriber-categories-access-number = Номера телефонов и иные номера доступа
art31-subscriber-categories-billing = Сведения о выставленных счетах и произведённых платежах
art31-subscriber-categories-installation = Место установки оборудования связи
art31-subscriber-categories-email = Адреса электронной почты, связанные с учётной записью
art31-subscriber-categories-registration-ip = IP-адрес, дата и время регистрации
art31-subscriber-categories-login-ip-at = IP-адрес входа в систему в указанные при идентификаторе дату и время (для установления абонента)
art31-subscriber-categories-other = Иное
art31-subscriber-categories-other-detail = Иные запрашиваемые сведения
art31-subscriber-relevance = Связь данных с расследованием
    .hint = Объясните, как каждый идентификатор связан с преступлением и подозреваемым и почему предполагается, что данные находятся у поставщика услуг.
art31-subscriber-service-provider = Поставщик услуг, у которого находятся данные
art31-subscriber-service-provider-name = Наименование поставщика услуг
    .hint = Полное наименование поставщика, как в его условиях обслуживания или руководстве для правоохранительных органов.
art31-subscriber-service-provider-address = Адрес или местонахождение
art31-subscriber-urgency = Срочность
art31-subscriber-urgency-urgent = Просьба о срочном исполнении
art31-subscriber-urgency-reasons = Причины срочности
    .hint = { $basis ->
            [budapest] Например, подозреваемый содержится под стражей, истекает процессуальный срок или имеются основания полагать, что данные особенно уязвимы для утраты или изменения (пункт 3 статьи 31).
           *[other] Например, подозреваемый содержится под стражей, истекает процессуальный срок или имеются основания полагать, что данные особенно уязвимы для утраты или изменения.
        }
art31-subscriber-urgency-deadline = Данные необходимы до
art31-subscriber-confidentiality = Конфиденциальность
art31-subscriber-confidentiality-confidential = Просьба сохранять конфиденциальность факта и предмета настоящего запроса, кроме как в той мере, в какой это необходимо для его исполнения
art31-subscriber-confidentiality-no-notification = Просить поставщика услуг не уведомлять абонента и третьих лиц
    .hint = Уточните у запрашиваемого органа, может ли практика или система поставщика оповестить пользователя.
art31-subscriber-confidentiality-reasons = Причины конфиденциальности
    .hint = Например, опасность уничтожения доказательств подозреваемым, его побега или предупреждения соучастников.
art31-subscriber-form = Форма представления данных и удостоверение их подлинности
art31-subscriber-form-electronic = Электронная копия в удобочитаемом формате
art31-subscriber-form-certified = Заверенная копия
art31-subscriber-form-certificate = Удостоверение поставщика услуг о подлинности деловой документации
art31-subscriber-form-other = Иное
art31-subscriber-form-other-detail = Иное требование
