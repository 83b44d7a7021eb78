# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Запит про надання роз'яснень щодо запиту, зазначеного в розділі 3

## 1 to 4: common to every answer

reply-clarification-date = Дата
reply-clarification-reference = Наш реєстраційний номер
    .hint = Номер, під яким ваш орган опрацьовує запит, щоб запитуючий орган міг посилатися на нього в подальшому листуванні.
reply-clarification-request = Запит, на який надано відповідь
reply-clarification-request-reference = Вихідний номер запиту
reply-clarification-request-date = Дата запиту
reply-clarification-request-authority = Запитуючий орган
reply-clarification-request-fingerprint = Контрольна сума запиту
    .hint = Контрольна сума, надрукована внизу кожної сторінки запиту. Заповнюється з отриманого запиту: вона точно вказує запитуючому органу, на яку редакцію його запиту надано цю відповідь.
reply-clarification-responding-authority = Орган, що надає відповідь
reply-clarification-responding-authority-organisation = Орган
reply-clarification-responding-authority-person = Посадова особа, яка розглядає запит
reply-clarification-responding-authority-position = Посада або звання
reply-clarification-responding-authority-telephone = Номер телефону
reply-clarification-responding-authority-email = Адреса електронної пошти

## 5 Clarification requested

reply-clarification-clarification = Потрібні роз'яснення
reply-clarification-clarification-fields = Поля запиту, що потребують роз'яснення
    .hint = Один рядок для кожного нумерованого поля запиту, яке є незрозумілим або неповним: його номер, як його надруковано в запиті, і що потрібно.
reply-clarification-clarification-fields-field = Номер поля
reply-clarification-clarification-fields-question = Що незрозуміло або чого бракує
reply-clarification-clarification-by = Просимо відповісти до
    .hint = Необов'язково. Для запиту про збереження — дата, до якої потрібна відповідь, щоб дані й надалі зберігалися.
