# Шаблон art29-preservation: запрос об оперативном обеспечении сохранности хранящихся компьютерных
# данных (Конвенция о преступности в сфере компьютерной информации, статьи 29 и 30). Разделы 1–7
# соответствуют T-CY(2018)11, разделы 8 и 9 — T-CY(2018)10, разделы 10–14 — подпунктам b–f пункта 2 статьи 29.

art29-preservation-legal-basis = Статьи 29 и 30 Конвенции о преступности в сфере компьютерной информации (ETS № 185)

## 1–3: дата, номер, статус

art29-preservation-date = Дата
art29-preservation-reference = Исходящий номер
art29-preservation-status = Статус запроса
art29-preservation-status-new = Новый запрос
art29-preservation-status-extension = Продление ранее направленного запроса
art29-preservation-status-previous-reference = Регистрационный номер предыдущего запроса
art29-preservation-previous-request-date = Дата предыдущего запроса
art29-preservation-executed-date = Дата исполнения запрашиваемой Стороной запроса о сохранности
    .hint = Как подтверждено запрашиваемой Стороной, когда она станет известна. Срок обеспечения сохранности исчисляется с этой даты.

## 4 Запрашиваемый орган

art29-preservation-requested-authority = Запрашиваемый орган
art29-preservation-requested-authority-type = Адресат запроса
art29-preservation-requested-authority-type-point-of-contact = Контактный пункт сети 24/7 (статья 35)
art29-preservation-requested-authority-type-competent-authority = Иной компетентный орган
art29-preservation-requested-authority-authority = Наименование органа
    .hint = Контактный пункт сети 24/7 или компетентный орган запрашиваемого государства в соответствии со справочником Совета Европы или заявлениями этого государства.
art29-preservation-requested-authority-country = Запрашиваемое государство
    .hint = Сторона, к которой обращена просьба об обеспечении сохранности данных: как правило, государство, на территории которого находится компьютерная система или поставщик услуг.

## 5 Запрашивающий орган

art29-preservation-requesting-authority = Запрашивающий орган
art29-preservation-requesting-authority-organisation = Организация
art29-preservation-requesting-authority-person = Лицо, ответственное за запрос
art29-preservation-requesting-authority-address = Адрес
art29-preservation-requesting-authority-telephone = Номер телефона
    .hint = В международном формате, начиная с + и кода страны. Укажите номер, доступный и в нерабочее время, для срочных вопросов.
art29-preservation-requesting-authority-cell-phone = Номер мобильного телефона
art29-preservation-requesting-authority-email = Электронная почта
art29-preservation-requesting-authority-fax = Номер факса
art29-preservation-requesting-authority-office-hours = Часы работы
    .hint = Рабочие дни и часы по указанному ниже часовому поясу, например: понедельник — пятница, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Часовой пояс
    .hint = Часовой пояс вашего учреждения как смещение относительно UTC. Всё время в настоящем запросе указывается по нему, если не оговорено иное.
art29-preservation-requesting-authority-response = Предпочтительный способ ответа
art29-preservation-requesting-authority-response-expedited = Предпочтителен ответ по электронной почте или иным оперативным способом
art29-preservation-requesting-authority-response-means = Предпочтителен ответ следующим способом:
art29-preservation-requesting-authority-response-means-detail = Способ ответа

## 6 Резервный контакт

art29-preservation-backup-contact = При необходимости дополнительного подтверждения со стороны запрашивающего органа просьба обращаться к
art29-preservation-backup-contact-name = Фамилия и имя
art29-preservation-backup-contact-job-title = Должность
art29-preservation-backup-contact-function = Выполняемая функция
art29-preservation-backup-contact-telephone = Номер телефона
art29-preservation-backup-contact-cell-phone = Номер мобильного телефона
art29-preservation-backup-contact-email = Электронная почта

## 7 Следственный или оперативный орган

art29-preservation-investigative-authority = Следственный или оперативный орган, ведущий дело
art29-preservation-investigative-authority-different = Следственный или оперативный орган не совпадает с запрашивающим органом
art29-preservation-investigative-authority-organisation = Организация
art29-preservation-investigative-authority-person = Лицо, ответственное за дело
art29-preservation-investigative-authority-telephone = Номер телефона
art29-preservation-investigative-authority-email = Электронная почта

## 8 Прокуратура или суд

art29-preservation-prosecution = Прокуратура или суд, в производстве которых находится дело (при наличии)
art29-preservation-prosecution-office = Прокуратура, ведущая дело
art29-preservation-prosecution-office-case = Номер дела в прокуратуре
art29-preservation-prosecution-court = Суд, рассматривающий дело
art29-preservation-prosecution-court-case = Номер дела в суде

## 9 Правовое основание по национальному законодательству

art29-preservation-domestic-legal-basis = Правовое основание запроса по национальному законодательству (при наличии)
    .hint = Нормы вашего национального законодательства, на основании которых ведется расследование и направляется просьба об обеспечении сохранности, например статьи уголовно-процессуального кодекса.

## 10 Преступление и факты: подпункт b пункта 2 статьи 29

art29-preservation-offence = Преступление и краткое изложение фактов (подпункт b пункта 2 статьи 29)
art29-preservation-offence-offences = Преступления, являющиеся предметом уголовного расследования или разбирательства
    .hint = По одной строке на каждое преступление: его наименование или краткое описание, норма уголовного закона, которой оно предусмотрено, и максимальное наказание.
art29-preservation-offence-offences-offence = Преступление
art29-preservation-offence-offences-provision = Норма закона
art29-preservation-offence-offences-penalty = Максимальное наказание
art29-preservation-offence-facts = Краткое изложение фактов
    .hint = В нескольких предложениях: что произошло, когда и где, кто подозревается, — в объеме, достаточном для понимания запроса запрашиваемым органом, и не более. Каждую дату и время указывайте с часовым поясом.

## 11 Данные, подлежащие сохранению: подпункт c пункта 2 статьи 29

art29-preservation-data = Хранящиеся компьютерные данные, сохранность которых необходимо обеспечить (подпункт c пункта 2 статьи 29)
art29-preservation-data-identifiers = Идентификаторы данных, сохранность которых необходимо обеспечить
    .hint = Каждая учетная запись, имя пользователя, адрес электронной почты, номер телефона, URL, доменное имя, устройство или IP-адрес, данные которых подлежат сохранению. Для IP-адреса укажите порт источника, а также точные дату и время использования с часовым поясом: при совместном использовании адреса поставщик услуг без них не сможет установить пользователя. Период, относящийся только к одному идентификатору, указывается в его строке.
art29-preservation-data-period = Период, за который данные подлежат сохранению
    .hint = Период, который должны охватывать данные, если он одинаков для всех идентификаторов. Начало и конец периода указывайте с часовым поясом.
art29-preservation-data-categories = Категории данных, подлежащих сохранению
    .hint = Отметьте только то, что необходимо для расследования. Сведения об абонентах: личность абонента, адрес и используемая услуга (пункт 3 статьи 18). Данные о трафике: источник, адресат, маршрут, время, дата, объем и продолжительность передачи (подпункт d статьи 1). Данные о содержании: сами передаваемые сообщения.
art29-preservation-data-categories-subscriber = Сведения об абонентах
art29-preservation-data-categories-traffic = Данные о трафике
art29-preservation-data-categories-content = Данные о содержании
art29-preservation-data-categories-other = Иные данные
art29-preservation-data-categories-other-detail = Иные данные, подлежащие сохранению
art29-preservation-data-relationship = Связь данных с преступлением
    .hint = Покажите, как эти данные связаны с преступлением, например: с учетной записи 20.11.2026 в 14:03 UTC+04:00 направлялись сообщения с угрозами, или с IP-адреса был выполнен вход на сервер потерпевшего.

## 12 Держатель данных и местонахождение: подпункт d пункта 2 статьи 29

art29-preservation-custodian = Держатель данных и местонахождение компьютерной системы (подпункт d пункта 2 статьи 29)
art29-preservation-custodian-provider = Поставщик услуг или иной держатель данных
    .hint = Наименование компании или лица, у которого хранятся данные, насколько оно известно. Если оно неизвестно, так и укажите.
art29-preservation-custodian-contact = Адрес или веб-сайт держателя данных
art29-preservation-custodian-location = Местонахождение компьютерной системы
    .hint = Где находится компьютерная система, в которой хранятся данные, насколько это известно: страна, город, хостинг-провайдер или центр обработки данных.

## 13 Необходимость: подпункт e пункта 2 статьи 29

art29-preservation-necessity = Необходимость обеспечения сохранности (подпункт e пункта 2 статьи 29)
art29-preservation-necessity-reasons = Основания для оперативного обеспечения сохранности
art29-preservation-necessity-reasons-deletion = Данные могут быть удалены, изменены или утрачены
art29-preservation-necessity-reasons-retention = Поставщик услуг хранит такие данные лишь непродолжительное время
art29-preservation-necessity-reasons-notice = Подозреваемый может узнать о расследовании и удалить данные
art29-preservation-necessity-reasons-other = Иное
art29-preservation-necessity-reasons-other-detail = Иное основание
art29-preservation-necessity-explanation = Пояснение
    .hint = Необязательно: сведения, подтверждающие срочность, например известный срок хранения данных поставщиком услуг или дата, после которой данные будут удалены.

## 14 Последующий запрос о взаимной правовой помощи: подпункт f пункта 2 статьи 29

art29-preservation-mla = Последующий запрос о взаимной правовой помощи (подпункт f пункта 2 статьи 29)
art29-preservation-mla-intent = Запрашивающая Сторона намерена направить запрос о взаимной правовой помощи в целях обыска или аналогичного доступа, выемки или аналогичного изъятия либо раскрытия хранящихся компьютерных данных.
art29-preservation-mla-expected-date = Предполагаемая дата направления запроса о взаимной правовой помощи
    .hint = Сохранность данных обеспечивается в течение не менее 60 дней (пункт 7 статьи 29), в некоторых государствах — 90 дней. Направьте запрос заблаговременно в пределах этого срока или своевременно запросите продление.

## 15 Статья 30

art29-preservation-traffic-disclosure = Оперативное раскрытие сохраненных данных о трафике (статья 30): если при обеспечении сохранности данных о трафике, относящихся к конкретной передаче, будет установлено, что в этой передаче участвовал поставщик услуг другого государства, просьба оперативно раскрыть данные о трафике в объеме, достаточном для установления этого поставщика услуг и пути, по которому осуществлялась передача.

## 16 Конфиденциальность

art29-preservation-confidentiality = Конфиденциальность
art29-preservation-confidentiality-conditions = Просьбы о соблюдении конфиденциальности
    .hint = Некоторые поставщики услуг уведомляют пользователей о поступивших запросах. Уточните у запрашиваемого органа, возможно ли это, и отметьте то, что необходимо для расследования.
art29-preservation-confidentiality-conditions-no-notification = Просьба не уведомлять абонента или владельца учетной записи о настоящем запросе
art29-preservation-confidentiality-conditions-warn = Просьба предупредить запрашивающий орган до совершения любых действий, которые могут насторожить пользователя
art29-preservation-confidentiality-details = Дополнительные замечания о конфиденциальности

## 17 Подтверждение

art29-preservation-acknowledgement = Просьба подтвердить обеспечение сохранности данных и сообщить регистрационный номер поставщика услуг или контактного пункта

## 18 Подпись

art29-preservation-signature = Подпись
art29-preservation-signature-name = Фамилия и имя
art29-preservation-signature-position = Должность или звание
art29-preservation-signature-date = Дата
