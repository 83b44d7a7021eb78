# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Уведомление о невозможности исполнения запроса, указанного в разделе 3

## 1 to 4: common to every answer

reply-refusal-date = Дата
reply-refusal-reference = Наш регистрационный номер
    .hint = Номер, под которым ваш орган ведёт работу по запросу, чтобы запрашивающий орган мог ссылаться на него в дальнейшей переписке.
reply-refusal-request = Запрос, на который дан ответ
reply-refusal-request-reference = Исходящий номер запроса
reply-refusal-request-date = Дата запроса
reply-refusal-request-authority = Запрашивающий орган
reply-refusal-request-fingerprint = Контрольная сумма запроса
    .hint = Контрольная сумма, напечатанная внизу каждой страницы запроса. Заполняется по полученному запросу: она точно указывает запрашивающему органу, на какую редакцию его запроса дан этот ответ.
reply-refusal-responding-authority = Отвечающий орган
reply-refusal-responding-authority-organisation = Орган
reply-refusal-responding-authority-person = Должностное лицо, рассматривающее запрос
reply-refusal-responding-authority-position = Должность или звание
reply-refusal-responding-authority-telephone = Номер телефона
reply-refusal-responding-authority-email = Адрес электронной почты

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Причины
reply-refusal-reasons-reasons = Запрос не может быть исполнен, поскольку
reply-refusal-reasons-reasons-incomplete = запрос является неполным
reply-refusal-reasons-reasons-wrong-addressee = он направлен ненадлежащему органу или юридическому лицу
reply-refusal-reasons-reasons-identification = представленных сведений недостаточно для установления пользователя или данных
reply-refusal-reasons-reasons-not-held = данные отсутствуют
reply-refusal-reasons-reasons-retention-expired = данные более не хранятся
reply-refusal-reasons-reasons-legal-obstacle = имеется правовое препятствие для исполнения
reply-refusal-reasons-reasons-dual-criminality = не соблюдено условие двойной криминальности
reply-refusal-reasons-reasons-other = иная причина
reply-refusal-reasons-reasons-other-detail = Иная причина
reply-refusal-reasons-explanation = Пояснение
    .hint = Необязательно. Факты, лежащие в основе отмеченных причин, изложенные так, чтобы запрашивающий орган мог на их основании принять меры.
reply-refusal-next = Что позволило бы исполнить запрос
    .hint = Необязательно. Например: недостающие сведения, компетентный орган или юридическое лицо либо правовая процедура, которую следует использовать.
