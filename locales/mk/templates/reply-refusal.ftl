# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Известување дека барањето наведено во дел 3 не може да се изврши

## 1 to 4: common to every answer

reply-refusal-date = Датум
reply-refusal-reference = Наш број
    .hint = Бројот под кој вашиот орган постапува по барањето, за органот молител да може да го наведе кога ќе се обраќа во врска со барањето.
reply-refusal-request = Барање на кое се одговара
reply-refusal-request-reference = Број на барањето
reply-refusal-request-date = Датум на барањето
reply-refusal-request-authority = Орган молител
reply-refusal-request-fingerprint = Отпечаток на барањето
    .hint = Отпечатокот отпечатен во подножјето на секоја страница од барањето. Се пополнува од применото барање: на органот молител точно му покажува на која верзија од неговото барање се однесува овој одговор.
reply-refusal-responding-authority = Орган што одговара
reply-refusal-responding-authority-organisation = Орган
reply-refusal-responding-authority-person = Службено лице што постапува по барањето
reply-refusal-responding-authority-position = Позиција или чин
reply-refusal-responding-authority-telephone = Телефонски број
reply-refusal-responding-authority-email = Адреса за е-пошта

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Причини
reply-refusal-reasons-reasons = Барањето не може да се изврши затоа што
reply-refusal-reasons-reasons-incomplete = барањето е нецелосно
reply-refusal-reasons-reasons-wrong-addressee = е упатено до погрешен орган или правно лице
reply-refusal-reasons-reasons-identification = доставените информации не се доволни за идентификување на корисникот или на податоците
reply-refusal-reasons-reasons-not-held = податоците не се во наш посед
reply-refusal-reasons-reasons-retention-expired = податоците повеќе не се чуваат
reply-refusal-reasons-reasons-legal-obstacle = правна пречка го спречува извршувањето
reply-refusal-reasons-reasons-dual-criminality = не е исполнет условот за двојна казнивост
reply-refusal-reasons-reasons-other = друга причина
reply-refusal-reasons-reasons-other-detail = Друга причина
reply-refusal-reasons-explanation = Образложение
    .hint = Незадолжително. Фактите врз кои се засноваат означените причини, изнесени така што органот молител да може да постапи според нив.
reply-refusal-next = Што би овозможило извршување на барањето
    .hint = Незадолжително. На пример: информациите што недостасуваат, надлежниот орган или правно лице, или правната постапка што треба да се користи.
