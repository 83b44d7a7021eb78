# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Известување за дејствата преземени по барањето наведено во дел 3

## 1 to 4: common to every answer

reply-action-date = Датум
reply-action-reference = Наш број
    .hint = Бројот под кој вашиот орган постапува по барањето, за органот молител да може да го наведе кога ќе се обраќа во врска со барањето.
reply-action-request = Барање на кое се одговара
reply-action-request-reference = Број на барањето
reply-action-request-date = Датум на барањето
reply-action-request-authority = Орган молител
reply-action-request-fingerprint = Отпечаток на барањето
    .hint = Отпечатокот отпечатен во подножјето на секоја страница од барањето. Се пополнува од применото барање: на органот молител точно му покажува на која верзија од неговото барање се однесува овој одговор.
reply-action-responding-authority = Орган што одговара
reply-action-responding-authority-organisation = Орган
reply-action-responding-authority-person = Службено лице што постапува по барањето
reply-action-responding-authority-position = Позиција или чин
reply-action-responding-authority-telephone = Телефонски број
reply-action-responding-authority-email = Адреса за е-пошта

## 5 Action taken

reply-action-action = Преземени дејства
reply-action-action-taken = Дејства преземени по барањето
    .hint = Што е направено досега, на пример: податоците се прибавени од давателот на услуги и се доставуваат со ова известување, или барањето е упатено до суд за издавање наредба.
reply-action-action-date = Датум на дејството
reply-action-action-next = Очекувани понатамошни дејства
