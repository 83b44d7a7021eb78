# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Подтверждение получения запроса, указанного в разделе 3

## 1 to 4: common to every answer

reply-receipt-date = Дата
reply-receipt-reference = Наш регистрационный номер
    .hint = Номер, под которым ваш орган ведёт работу по запросу, чтобы запрашивающий орган мог ссылаться на него в дальнейшей переписке.
reply-receipt-request = Запрос, на который дан ответ
reply-receipt-request-reference = Исходящий номер запроса
reply-receipt-request-date = Дата запроса
reply-receipt-request-authority = Запрашивающий орган
reply-receipt-request-fingerprint = Контрольная сумма запроса
    .hint = Контрольная сумма, напечатанная внизу каждой страницы запроса. Заполняется по полученному запросу: она точно указывает запрашивающему органу, на какую редакцию его запроса дан этот ответ.
reply-receipt-responding-authority = Отвечающий орган
reply-receipt-responding-authority-organisation = Орган
reply-receipt-responding-authority-person = Должностное лицо, рассматривающее запрос
reply-receipt-responding-authority-position = Должность или звание
reply-receipt-responding-authority-telephone = Номер телефона
reply-receipt-responding-authority-email = Адрес электронной почты

## 5 to 7

reply-receipt-received-date = Дата получения запроса
reply-receipt-forwarded = Запрос передан для исполнения
    .hint = Орган, которому запрос передан для исполнения, если он был передан; оставьте поле пустым, если запрос исполняет ваш орган.
reply-receipt-remarks = Примечания
