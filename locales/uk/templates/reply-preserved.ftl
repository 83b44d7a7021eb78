# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Підтвердження збереження даних, про яке просить запит, зазначений у розділі 3

## 1 to 4: common to every answer

reply-preserved-date = Дата
reply-preserved-reference = Наш реєстраційний номер
    .hint = Номер, під яким ваш орган опрацьовує запит, щоб запитуючий орган міг посилатися на нього в подальшому листуванні.
reply-preserved-request = Запит, на який надано відповідь
reply-preserved-request-reference = Вихідний номер запиту
reply-preserved-request-date = Дата запиту
reply-preserved-request-authority = Запитуючий орган
reply-preserved-request-fingerprint = Контрольна сума запиту
    .hint = Контрольна сума, надрукована внизу кожної сторінки запиту. Заповнюється з отриманого запиту: вона точно вказує запитуючому органу, на яку редакцію його запиту надано цю відповідь.
reply-preserved-responding-authority = Орган, що надає відповідь
reply-preserved-responding-authority-organisation = Орган
reply-preserved-responding-authority-person = Посадова особа, яка розглядає запит
reply-preserved-responding-authority-position = Посада або звання
reply-preserved-responding-authority-telephone = Номер телефону
reply-preserved-responding-authority-email = Адреса електронної пошти

## 5 Preservation

reply-preserved-preservation = Збереження
reply-preserved-preservation-preserved-on = Дата, коли дані збережено
reply-preserved-preservation-ends-on = Дані збережено на строк до
    .hint = Останній день, протягом якого дані зберігатимуться, якщо збереження не буде продовжено або до цієї дати не надійде запит про їх розкриття.
reply-preserved-preservation-scope = Збережені дані
reply-preserved-preservation-scope-all = Усі запитувані дані
reply-preserved-preservation-scope-part = Частина запитуваних даних
reply-preserved-preservation-scope-part-detail = Збережені дані, а також дані, які не збережено, із зазначенням причини
reply-preserved-preservation-holder = Володілець даних
reply-preserved-remarks = Примітки
