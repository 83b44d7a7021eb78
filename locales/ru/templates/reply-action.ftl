# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Уведомление о мерах, принятых по запросу, указанному в разделе 3

## 1 to 4: common to every answer

reply-action-date = Дата
reply-action-reference = Наш регистрационный номер
    .hint = Номер, под которым ваш орган ведёт работу по запросу, чтобы запрашивающий орган мог ссылаться на него в дальнейшей переписке.
reply-action-request = Запрос, на который дан ответ
reply-action-request-reference = Исходящий номер запроса
reply-action-request-date = Дата запроса
reply-action-request-authority = Запрашивающий орган
reply-action-request-fingerprint = Контрольная сумма запроса
    .hint = Контрольная сумма, напечатанная внизу каждой страницы запроса. Заполняется по полученному запросу: она точно указывает запрашивающему органу, на какую редакцию его запроса дан этот ответ.
reply-action-responding-authority = Отвечающий орган
reply-action-responding-authority-organisation = Орган
reply-action-responding-authority-person = Должностное лицо, рассматривающее запрос
reply-action-responding-authority-position = Должность или звание
reply-action-responding-authority-telephone = Номер телефона
reply-action-responding-authority-email = Адрес электронной почты

## 5 Action taken

reply-action-action = Принятые меры
reply-action-action-taken = Меры, принятые по запросу
    .hint = Что сделано на данный момент, например: данные получены от поставщика услуг и направляются вместе с настоящим уведомлением, или запрос передан в суд для вынесения решения.
reply-action-action-date = Дата принятия мер
reply-action-action-next = Ожидаемые дальнейшие меры
