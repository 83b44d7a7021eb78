# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Повідомлення про неможливість виконання запиту, зазначеного в розділі 3

## 1 to 4: common to every answer

reply-refusal-date = Дата
reply-refusal-reference = Наш реєстраційний номер
    .hint = Номер, під яким ваш орган опрацьовує запит, щоб запитуючий орган міг посилатися на нього в подальшому листуванні.
reply-refusal-request = Запит, на який надано відповідь
reply-refusal-request-reference = Вихідний номер запиту
reply-refusal-request-date = Дата запиту
reply-refusal-request-authority = Запитуючий орган
reply-refusal-request-fingerprint = Контрольна сума запиту
    .hint = Контрольна сума, надрукована внизу кожної сторінки запиту. Заповнюється з отриманого запиту: вона точно вказує запитуючому органу, на яку редакцію його запиту надано цю відповідь.
reply-refusal-responding-authority = Орган, що надає відповідь
reply-refusal-responding-authority-organisation = Орган
reply-refusal-responding-authority-person = Посадова особа, яка розглядає запит
reply-refusal-responding-authority-position = Посада або звання
reply-refusal-responding-authority-telephone = Номер телефону
reply-refusal-responding-authority-email = Адреса електронної пошти

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Причини
reply-refusal-reasons-reasons = Запит не може бути виконано, оскільки
reply-refusal-reasons-reasons-incomplete = запит є неповним
reply-refusal-reasons-reasons-wrong-addressee = його надіслано неналежному органу або юридичній особі
reply-refusal-reasons-reasons-identification = наданої інформації недостатньо для встановлення користувача або даних
reply-refusal-reasons-reasons-not-held = дані відсутні
reply-refusal-reasons-reasons-retention-expired = дані більше не зберігаються
reply-refusal-reasons-reasons-legal-obstacle = існує правова перешкода для виконання
reply-refusal-reasons-reasons-dual-criminality = умову подвійної злочинності не дотримано
reply-refusal-reasons-reasons-other = інша причина
reply-refusal-reasons-reasons-other-detail = Інша причина
reply-refusal-reasons-explanation = Пояснення
    .hint = Необов'язково. Факти, на яких ґрунтуються позначені причини, викладені так, щоб запитуючий орган міг на їх підставі вжити заходів.
reply-refusal-next = Що дало б змогу виконати запит
    .hint = Необов'язково. Наприклад: відсутня інформація, компетентний орган або юридична особа чи правова процедура, яку слід застосувати.
