# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Подтверждение обеспечения сохранности данных по запросу, указанному в разделе 3

## 1 to 4: common to every answer

reply-preserved-date = Дата
reply-preserved-reference = Наш регистрационный номер
    .hint = Номер, под которым ваш орган ведёт работу по запросу, чтобы запрашивающий орган мог ссылаться на него в дальнейшей переписке.
reply-preserved-request = Запрос, на который дан ответ
reply-preserved-request-reference = Исходящий номер запроса
reply-preserved-request-date = Дата запроса
reply-preserved-request-authority = Запрашивающий орган
reply-preserved-request-fingerprint = Контрольная сумма запроса
    .hint = Контрольная сумма, напечатанная внизу каждой страницы запроса. Заполняется по полученному запросу: она точно указывает запрашивающему органу, на какую редакцию его запроса дан этот ответ.
reply-preserved-responding-authority = Отвечающий орган
reply-preserved-responding-authority-organisation = Орган
reply-preserved-responding-authority-person = Должностное лицо, рассматривающее запрос
reply-preserved-responding-authority-position = Должность или звание
reply-preserved-responding-authority-telephone = Номер телефона
reply-preserved-responding-authority-email = Адрес электронной почты

## 5 Preservation

reply-preserved-preservation = Обеспечение сохранности
reply-preserved-preservation-preserved-on = Дата обеспечения сохранности данных
reply-preserved-preservation-ends-on = Сохранность данных обеспечивается до
    .hint = Последний день, в течение которого данные будут храниться, если срок обеспечения сохранности не будет продлён или до этой даты не поступит запрос об их раскрытии.
reply-preserved-preservation-scope = Данные, сохранность которых обеспечена
reply-preserved-preservation-scope-all = Все запрошенные данные
reply-preserved-preservation-scope-part = Часть запрошенных данных
reply-preserved-preservation-scope-part-detail = Данные, сохранность которых обеспечена, и данные, сохранность которых не обеспечена, с указанием причины
reply-preserved-preservation-holder = Держатель данных
reply-preserved-remarks = Примечания
