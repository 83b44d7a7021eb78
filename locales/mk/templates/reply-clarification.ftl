# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Барање за појаснување на барањето наведено во дел 3

## 1 to 4: common to every answer

reply-clarification-date = Датум
reply-clarification-reference = Наш број
    .hint = Бројот под кој вашиот орган постапува по барањето, за органот молител да може да го наведе кога ќе се обраќа во врска со барањето.
reply-clarification-request = Барање на кое се одговара
reply-clarification-request-reference = Број на барањето
reply-clarification-request-date = Датум на барањето
reply-clarification-request-authority = Орган молител
reply-clarification-request-fingerprint = Отпечаток на барањето
    .hint = Отпечатокот отпечатен во подножјето на секоја страница од барањето. Се пополнува од применото барање: на органот молител точно му покажува на која верзија од неговото барање се однесува овој одговор.
reply-clarification-responding-authority = Орган што одговара
reply-clarification-responding-authority-organisation = Орган
reply-clarification-responding-authority-person = Службено лице што постапува по барањето
reply-clarification-responding-authority-position = Позиција или чин
reply-clarification-responding-authority-telephone = Телефонски број
reply-clarification-responding-authority-email = Адреса за е-пошта

## 5 Clarification requested

reply-clarification-clarification = Побарано појаснување
reply-clarification-clarification-fields = Полиња од барањето за кои се бара појаснување
    .hint = По еден ред за секое нумерирано поле од барањето што е нејасно или нецелосно: неговиот број како што е отпечатен во барањето и што е потребно.
reply-clarification-clarification-fields-field = Број на полето
reply-clarification-clarification-fields-question = Што е нејасно или недостасува
reply-clarification-clarification-by = Ве молиме одговорете до
    .hint = Незадолжително. Кај зачувување, датумот до кој е потребен одговорот за податоците да продолжат да се чуваат.
