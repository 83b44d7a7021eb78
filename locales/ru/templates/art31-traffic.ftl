# Шаблон art31-traffic: запрос о взаимной правовой помощи в целях получения хранящихся данных о трафике, при необходимости вместе со сведениями об абонентах (ст. 31 Будапештской конвенции).
# Нумерация и формулировки разделов 1-11 соответствуют T-CY(2018)10, как в art31-subscriber; последующие разделы основаны на ст. 1(d), 18(3) и 31 Конвенции.

art31-traffic-legal-basis = { $basis ->
        [budapest] Статья 31 Конвенции о преступности в сфере компьютерной информации (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Дата
art31-traffic-reference = Исходящий номер / номер дела
art31-traffic-status = Статус запроса
    .hint = Отметьте все применимые варианты. Если запрос следует за ранее направленным запросом, открываются разделы 9 и 10 для сведений о нём.
art31-traffic-status-new = Новый запрос
art31-traffic-status-follow-up-mla = Запрос, следующий за ранее направленным запросом о взаимной правовой помощи (сведения в разделе 9)
art31-traffic-status-follow-up-preservation = Запрос, следующий за ранее направленным запросом об обеспечении сохранности данных (сведения в разделе 10)
art31-traffic-requested-authority = Запрашиваемый орган
art31-traffic-requested-authority-country = Запрашиваемое государство
art31-traffic-requested-authority-authority = Орган
    .hint = { $basis ->
            [budapest] Центральный орган запрашиваемого государства, ответственный за взаимную помощь (пункт 2 статьи 27), или назначенный им орган, уполномоченный принимать такие запросы.
           *[other] Центральный орган запрашиваемого государства, ответственный за взаимную помощь, или назначенный им орган, уполномоченный принимать такие запросы.
        }
art31-traffic-requesting-authority = Запрашивающий орган
art31-traffic-requesting-authority-organisation = Организация
art31-traffic-requesting-authority-person = Лицо, ответственное за запрос
art31-traffic-requesting-authority-address = Адрес
art31-traffic-requesting-authority-phone = Номер телефона
art31-traffic-requesting-authority-mobile = Номер мобильного телефона
art31-traffic-requesting-authority-email = Адрес электронной почты
art31-traffic-requesting-authority-fax = Номер факса
art31-traffic-requesting-authority-office-hours = Часы работы
art31-traffic-requesting-authority-time-zone = Часовой пояс
    .hint = Часовой пояс вашего учреждения как смещение относительно UTC. Любое другое время в настоящем запросе указывается со своим часовым поясом.
art31-traffic-requesting-authority-response = Способ направления ответа
art31-traffic-requesting-authority-response-expedited = Предпочтителен ответ по электронной почте или иным оперативным способом
art31-traffic-requesting-authority-response-other = Предпочтителен ответ иным способом
art31-traffic-requesting-authority-response-other-detail = Предпочтительный способ ответа
art31-traffic-additional-contact = При необходимости дополнительного подтверждения со стороны запрашивающего органа просьба обращаться к
art31-traffic-additional-contact-contacts = Контактное лицо
art31-traffic-additional-contact-contacts-name = Фамилия, имя
art31-traffic-additional-contact-contacts-job-title = Должность
art31-traffic-additional-contact-contacts-function = Функции
art31-traffic-additional-contact-contacts-phone = Номер телефона
art31-traffic-additional-contact-contacts-mobile = Номер мобильного телефона
art31-traffic-additional-contact-contacts-email = Адрес электронной почты
art31-traffic-investigating-authority = Следственный / оперативный орган, ведущий дело (если он не совпадает с запрашивающим органом)
art31-traffic-investigating-authority-organisation = Организация
art31-traffic-investigating-authority-person = Лицо, ответственное за дело
art31-traffic-investigating-authority-address = Адрес
art31-traffic-investigating-authority-phone = Номер телефона
art31-traffic-investigating-authority-mobile = Номер мобильного телефона
art31-traffic-investigating-authority-email = Адрес электронной почты
art31-traffic-investigating-authority-fax = Номер факса
art31-traffic-prosecution-court = Прокуратура или суд, в производстве которых находится дело (при наличии)
art31-traffic-prosecution-court-prosecution = Прокуратура и номер дела
art31-traffic-prosecution-court-court = Суд и номер дела
art31-traffic-prosecution-court-decisions = Решения прокуратуры или суда, относящиеся к настоящему запросу
    .hint = По каждому решению: орган, дата и номер, а также что им предписано или разрешено. Приложите копию, если этого требует запрашиваемое государство.
art31-traffic-previous-mla = Сведения о ранее направленном запросе о взаимной правовой помощи (при наличии)
art31-traffic-previous-mla-date = Дата
art31-traffic-previous-mla-reference = Регистрационный номер
art31-traffic-previous-mla-requesting = Контактные данные органа, направившего предыдущий запрос
art31-traffic-previous-mla-executing = Контактные данные органа, ответившего на предыдущий запрос (или исполнившего его)
art31-traffic-previous-mla-channel = Способ направления предыдущего запроса (адрес электронной почты, номер факса и т. п.)
art31-traffic-previous-preservation = Сведения о ранее направленном запросе об обеспечении сохранности данных (при наличии)
art31-traffic-previous-preservation-date = Дата
art31-traffic-previous-preservation-reference = Регистрационный номер
art31-traffic-previous-preservation-requesting = Контактные данные органа, запросившего обеспечение сохранности
art31-traffic-previous-preservation-executing = Контактные данные органа, ответившего на запрос об обеспечении сохранности (или исполнившего его)
art31-traffic-previous-preservation-channel = Канал связи
art31-traffic-previous-preservation-channel-network-247 = Контактный пункт сети 24/7
art31-traffic-previous-preservation-channel-provider = Непосредственно поставщику услуг
art31-traffic-previous-preservation-channel-police = Канал полицейского сотрудничества
art31-traffic-previous-preservation-channel-mla = Центральный орган по вопросам взаимной помощи
art31-traffic-previous-preservation-channel-other = Иное
art31-traffic-previous-preservation-channel-other-detail = Использованный канал
art31-traffic-previous-preservation-expiry = Срок сохранности данных истекает
    .hint = Дата окончания сохранности, подтверждённая запрашиваемым государством или поставщиком услуг, если она известна.
art31-traffic-legal-grounds = Правовое основание запроса
art31-traffic-legal-grounds-domestic = Основание запроса по национальному законодательству (при наличии)
    .hint = Нормы вашего законодательства, на основании которых направляется запрос, например статьи уголовно-процессуального кодекса о запросах о взаимной правовой помощи.
art31-traffic-legal-grounds-instruments = Иные применимые договоры или договорённости
art31-traffic-legal-grounds-instruments-ets-30 = Европейская конвенция о взаимной правовой помощи по уголовным делам (ETS № 30) и протоколы к ней
art31-traffic-legal-grounds-instruments-bilateral = Двусторонний договор
art31-traffic-legal-grounds-instruments-bilateral-detail = Наименование и дата договора
art31-traffic-legal-grounds-instruments-reciprocity = Принцип взаимности
art31-traffic-offences = Преступление (преступления)
art31-traffic-offences-offences = Преступление
art31-traffic-offences-offences-name = Преступление
art31-traffic-offences-offences-provision = Норма закона
art31-traffic-offences-offences-penalty = Максимальное наказание
art31-traffic-offences-damage = Причинённый ущерб
    .hint = Размер ущерба в соответствующей валюте, если ущерб причинён.
art31-traffic-offences-damage-below-threshold = Ущерб меньше суммы, эквивалентной 5 000 долларов США
    .hint = Ваша собственная проверка, которая никогда не печатается в запросе. США, как правило, не исполняют запросы по делам с ущербом менее 5 000 долларов США; сравните размер ущерба в вашей валюте с этой суммой.
art31-traffic-facts = Краткое изложение фактических обстоятельств
    .hint = Кто, что, когда и где совершил и как при совершении преступления использовалась соответствующая услуга. Каждое время указывайте с часовым поясом.
art31-traffic-identifiers = Идентификаторы запрашиваемых данных и период
art31-traffic-identifiers-identifiers = Идентификаторы запрашиваемых данных
    .hint = Каждая учётная запись, адрес или номер, данные по которым запрашиваются. Для IP-адреса укажите порт источника и точные дату и время с часовым поясом: при совместном использовании адресов поставщик без них не может установить абонента.
art31-traffic-identifiers-period = Точный период, за который запрашиваются данные
    .hint = Начало и конец периода с часовым поясом. Запрашивайте только период, необходимый для расследования: в исполнении запросов за длительный период (более 90 дней) часто отказывают как в чрезмерно широких.
art31-traffic-data = Запрашиваемые данные
art31-traffic-data-traffic = Запрашиваемые данные о трафике
    .hint = { $basis ->
            [budapest] Первые восемь пунктов соответствуют определению данных о трафике в подпункте d статьи 1 Конвенции: данные, генерируемые компьютерной системой как элементом цепочки связи.
           *[other] Данные, генерируемые компьютерной системой как элементом цепочки связи: отмечайте только то, что необходимо для расследования.
        }
art31-traffic-data-traffic-origin = Источник сообщений
art31-traffic-data-traffic-destination = Место назначения сообщений
art31-traffic-data-traffic-route = Маршрут
art31-traffic-data-traffic-time = Время
art31-traffic-data-traffic-date = Дата
art31-traffic-data-traffic-size = Объём
art31-traffic-data-traffic-duration = Продолжительность
art31-traffic-data-traffic-service = Тип основной услуги
art31-traffic-data-traffic-connection-log = История подключений: входы в систему и выходы из неё с IP-адресами, портами источника, датами и временем
art31-traffic-data-traffic-headers = Сведения из заголовков электронных писем без их содержания
art31-traffic-data-traffic-other = Иное
art31-traffic-data-traffic-other-detail = Иные запрашиваемые данные о трафике
art31-traffic-data-subscriber = Запрашиваемые сведения об абонентах
    .hint = { $basis ->
            [budapest] Отмечайте только то, что необходимо помимо данных о трафике. Первые шесть пунктов соответствуют определению сведений об абонентах в пункте 3 статьи 18 Конвенции.
           *[other] Отмечайте только то, что необходимо помимо данных о трафике.
        }
art31-traffic-data-subscriber-service = Вид используемой услуги связи, принятые для этого технические меры и период обслуживания
art31-traffic-data-subscriber-identity = Личность абонента
art31-traffic-data-subscriber-address = Почтовый или географический адрес
art31-traffic-data-subscriber-access-number = Номера телефонов и иные номера доступа
art31-traffic-data-subscriber-billing = Сведения о выставленных счетах и произведённых платежах
art31-traffic-data-subscriber-installation = Место установки оборудования связи
art31-traffic-data-subscriber-email = Адреса электронной почты, связанные с учётной записью
art31-traffic-data-subscriber-registration-ip = IP-адрес, дата и время регистрации
art31-traffic-data-subscriber-other = Иное
art31-traffic-data-subscriber-other-detail = Иные запрашиваемые сведения об абонентах
art31-traffic-preservation = Обеспечение сохранности данных
art31-traffic-preservation-sought = Запрашивалось ли ранее обеспечение сохранности данных?
    .hint = { $basis ->
            [budapest] Укажите, обеспечивалась ли сохранность данных в соответствии со статьёй 29 Конвенции, через сеть 24/7 или непосредственно у поставщика услуг. Регистрационный номер позволяет запрашиваемому органу и поставщику найти сохранённые данные. Если настоящий запрос следует за запросом об обеспечении сохранности, указанным в разделе 10, приведите те же дату и номер.
           *[other] Укажите, обеспечивалась ли сохранность данных — через сеть 24/7, иной орган запрашиваемого государства или непосредственно у поставщика услуг. Регистрационный номер позволяет запрашиваемому органу и поставщику найти сохранённые данные. Если настоящий запрос следует за запросом об обеспечении сохранности, указанным в разделе 10, приведите те же дату и номер.
        }
art31-traffic-preservation-sought-yes = Да
art31-traffic-preservation-sought-no = Нет
art31-traffic-preservation-date = Дата запроса об обеспечении сохранности
art31-traffic-preservation-reference = Регистрационный номер запроса об обеспечении сохранности
    .hint = Номер, присвоенный запрашиваемым органом или поставщиком услуг, а если номер не присвоен — ваш исходящий номер.
art31-traffic-relevance = Связь данных с расследованием
    .hint = Объясните, как каждый идентификатор и каждый вид запрашиваемых данных связаны с преступлением и подозреваемым и почему предполагается, что данные находятся у поставщика услуг.
art31-traffic-service-provider = Поставщик услуг, у которого находятся данные
art31-traffic-service-provider-name = Наименование поставщика услуг
    .hint = Полное наименование поставщика, как в его условиях обслуживания или руководстве для правоохранительных органов.
art31-traffic-service-provider-address = Адрес или местонахождение
art31-traffic-urgency = Срочность
art31-traffic-urgency-urgent = Просьба о срочном исполнении
art31-traffic-urgency-reasons = Причины срочности
    .hint = { $basis ->
            [budapest] Например, подозреваемый содержится под стражей, истекает процессуальный срок или имеются основания полагать, что данные особенно уязвимы для утраты или изменения (пункт 3 статьи 31).
           *[other] Например, подозреваемый содержится под стражей, истекает процессуальный срок или имеются основания полагать, что данные особенно уязвимы для утраты или изменения.
        }
art31-traffic-urgency-deadline = Данные необходимы до
art31-traffic-confidentiality = Конфиденциальность
art31-traffic-confidentiality-confidential = Просьба сохранять конфиденциальность факта и предмета настоящего запроса, кроме как в той мере, в какой это необходимо для его исполнения
art31-traffic-confidentiality-no-notification = Просить поставщика услуг не уведомлять абонента и третьих лиц
    .hint = Уточните у запрашиваемого органа, может ли практика или система поставщика оповестить пользователя.
art31-traffic-confidentiality-reasons = Причины конфиденциальности
    .hint = Например, опасность уничтожения доказательств подозреваемым, его побега или предупреждения соучастников.
art31-traffic-form = Форма представления данных и удостоверение их подлинности
art31-traffic-form-electronic = Электронная копия в удобочитаемом формате
art31-traffic-form-certified = Заверенная копия
art31-traffic-form-certificate = Удостоверение поставщика услуг о подлинности деловой документации
art31-traffic-form-other = Иное
art31-traffic-form-other-detail = Иное требование
