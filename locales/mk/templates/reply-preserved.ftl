# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Потврда за зачувувањето побарано во барањето наведено во дел 3

## 1 to 4: common to every answer

reply-preserved-date = Датум
reply-preserved-reference = Наш број
    .hint = Бројот под кој вашиот орган постапува по барањето, за органот молител да може да го наведе кога ќе се обраќа во врска со барањето.
reply-preserved-request = Барање на кое се одговара
reply-preserved-request-reference = Број на барањето
reply-preserved-request-date = Датум на барањето
reply-preserved-request-authority = Орган молител
reply-preserved-request-fingerprint = Отпечаток на барањето
    .hint = Отпечатокот отпечатен во подножјето на секоја страница од барањето. Се пополнува од применото барање: на органот молител точно му покажува на која верзија од неговото барање се однесува овој одговор.
reply-preserved-responding-authority = Орган што одговара
reply-preserved-responding-authority-organisation = Орган
reply-preserved-responding-authority-person = Службено лице што постапува по барањето
reply-preserved-responding-authority-position = Позиција или чин
reply-preserved-responding-authority-telephone = Телефонски број
reply-preserved-responding-authority-email = Адреса за е-пошта

## 5 Preservation

reply-preserved-preservation = Зачувување
reply-preserved-preservation-preserved-on = Датум кога податоците се зачувани
reply-preserved-preservation-ends-on = Податоците се зачувани до
    .hint = Последниот ден до кој податоците ќе се чуваат, освен ако зачувувањето не се продолжи или дотогаш не се прими барање за нивно откривање.
reply-preserved-preservation-scope = Зачувани податоци
reply-preserved-preservation-scope-all = Сите побарани податоци
reply-preserved-preservation-scope-part = Дел од побараните податоци
reply-preserved-preservation-scope-part-detail = Податоци што се зачувани и податоци што не се зачувани, со причината
reply-preserved-preservation-holder = Чувар на податоците
reply-preserved-remarks = Забелешки
