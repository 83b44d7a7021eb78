# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Підтвердження отримання запиту, зазначеного в розділі 3

## 1 to 4: common to every answer

reply-receipt-date = Дата
reply-receipt-reference = Наш реєстраційний номер
    .hint = Номер, під яким ваш орган опрацьовує запит, щоб запитуючий орган міг посилатися на нього в подальшому листуванні.
reply-receipt-request = Запит, на який надано відповідь
reply-receipt-request-reference = Вихідний номер запиту
reply-receipt-request-date = Дата запиту
reply-receipt-request-authority = Запитуючий орган
reply-receipt-request-fingerprint = Контрольна сума запиту
    .hint = Контрольна сума, надрукована внизу кожної сторінки запиту. Заповнюється з отриманого запиту: вона точно вказує запитуючому органу, на яку редакцію його запиту надано цю відповідь.
reply-receipt-responding-authority = Орган, що надає відповідь
reply-receipt-responding-authority-organisation = Орган
reply-receipt-responding-authority-person = Посадова особа, яка розглядає запит
reply-receipt-responding-authority-position = Посада або звання
reply-receipt-responding-authority-telephone = Номер телефону
reply-receipt-responding-authority-email = Адреса електронної пошти

## 5 to 7

reply-receipt-received-date = Дата отримання запиту
reply-receipt-forwarded = Запит передано для виконання до
    .hint = Орган, якому запит передано для виконання, якщо його було передано; залиште поле порожнім, якщо запит виконує ваш орган.
reply-receipt-remarks = Примітки
