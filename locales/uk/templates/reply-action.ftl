# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Повідомлення про заходи, вжиті за запитом, зазначеним у розділі 3

## 1 to 4: common to every answer

reply-action-date = Дата
reply-action-reference = Наш реєстраційний номер
    .hint = Номер, під яким ваш орган опрацьовує запит, щоб запитуючий орган міг посилатися на нього в подальшому листуванні.
reply-action-request = Запит, на який надано відповідь
reply-action-request-reference = Вихідний номер запиту
reply-action-request-date = Дата запиту
reply-action-request-authority = Запитуючий орган
reply-action-request-fingerprint = Контрольна сума запиту
    .hint = Контрольна сума, надрукована внизу кожної сторінки запиту. Заповнюється з отриманого запиту: вона точно вказує запитуючому органу, на яку редакцію його запиту надано цю відповідь.
reply-action-responding-authority = Орган, що надає відповідь
reply-action-responding-authority-organisation = Орган
reply-action-responding-authority-person = Посадова особа, яка розглядає запит
reply-action-responding-authority-position = Посада або звання
reply-action-responding-authority-telephone = Номер телефону
reply-action-responding-authority-email = Адреса електронної пошти

## 5 Action taken

reply-action-action = Вжиті заходи
reply-action-action-taken = Заходи, вжиті за запитом
    .hint = Що зроблено на цей час, наприклад: дані отримано від постачальника послуг і надсилаються разом із цим повідомленням, або запит передано до суду для постановлення ухвали.
reply-action-action-date = Дата вжиття заходів
reply-action-action-next = Очікувані подальші заходи
