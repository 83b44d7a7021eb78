# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Потврда за прием на барањето наведено во дел 3

## 1 to 4: common to every answer

reply-receipt-date = Датум
reply-receipt-reference = Наш број
    .hint = Бројот под кој вашиот орган постапува по барањето, за органот молител да може да го наведе кога ќе се обраќа во врска со барањето.
reply-receipt-request = Барање на кое се одговара
reply-receipt-request-reference = Број на барањето
reply-receipt-request-date = Датум на барањето
reply-receipt-request-authority = Орган молител
reply-receipt-request-fingerprint = Отпечаток на барањето
    .hint = Отпечатокот отпечатен во подножјето на секоја страница од барањето. Се пополнува од применото барање: на органот молител точно му покажува на која верзија од неговото барање се однесува овој одговор.
reply-receipt-responding-authority = Орган што одговара
reply-receipt-responding-authority-organisation = Орган
reply-receipt-responding-authority-person = Службено лице што постапува по барањето
reply-receipt-responding-authority-position = Позиција или чин
reply-receipt-responding-authority-telephone = Телефонски број
reply-receipt-responding-authority-email = Адреса за е-пошта

## 5 to 7

reply-receipt-received-date = Датум на прием на барањето
reply-receipt-forwarded = Препратено на извршување до
    .hint = Органот до кој барањето е препратено на извршување, ако е препратено; оставете празно ако барањето го извршува вашиот орган.
reply-receipt-remarks = Забелешки
