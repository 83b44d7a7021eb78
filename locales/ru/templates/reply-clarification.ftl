# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Запрос о предоставлении разъяснений по запросу, указанному в разделе 3

## 1 to 4: common to every answer

reply-clarification-date = Дата
reply-clarification-reference = Наш регистрационный номер
    .hint = Номер, под которым ваш орган ведёт работу по запросу, чтобы запрашивающий орган мог ссылаться на него в дальнейшей переписке.
reply-clarification-request = Запрос, на который дан ответ
reply-clarification-request-reference = Исходящий номер запроса
reply-clarification-request-date = Дата запроса
reply-clarification-request-authority = Запрашивающий орган
reply-clarification-request-fingerprint = Контрольная сумма запроса
    .hint = Контрольная сумма, напечатанная внизу каждой страницы запроса. Заполняется по полученному запросу: она точно указывает запрашивающему органу, на какую редакцию его запроса дан этот ответ.
reply-clarification-responding-authority = Отвечающий орган
reply-clarification-responding-authority-organisation = Орган
reply-clarification-responding-authority-person = Должностное лицо, рассматривающее запрос
reply-clarification-responding-authority-position = Должность или звание
reply-clarification-responding-authority-telephone = Номер телефона
reply-clarification-responding-authority-email = Адрес электронной почты

## 5 Clarification requested

reply-clarification-clarification = Требуемые разъяснения
reply-clarification-clarification-fields = Поля запроса, требующие разъяснения
    .hint = По одной строке на каждое нумерованное поле запроса, которое неясно или неполно: его номер, как он напечатан в запросе, и что требуется.
reply-clarification-clarification-fields-field = Номер поля
reply-clarification-clarification-fields-question = Что неясно или отсутствует
reply-clarification-clarification-by = Просьба ответить до
    .hint = Необязательно. Для запроса об обеспечении сохранности — дата, до которой нужен ответ, чтобы данные продолжали храниться.
