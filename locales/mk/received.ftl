# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Примени барања
received-intro = Барање што друг орган го составил со Tandem се отвора тука само за читање, со секоја ознака, штиклирање, држава и датум на јазикот на овој екран. Датотеката останува во овој прелистувач.
received-open = Отвори примено барање (неговиот PDF или датотеката со нацрт)
received-none = Сѐ уште нема примени барања.
# Terms of a request received in the list (each followed by its value).
received-from = Орган молител
received-reference = Број на предмет
received-date = Примено
received-delete = Избриши
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Применото барање е избришано: { $title }. За да го вратите, повторно отворете ја неговата датотека.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Оваа датотека е поголема од { $limit } КБ, повеќе од кое било барање составено со Tandem. Ништо не е зачувано.
received-refused-not-pdf = Оваа датотека не е ниту PDF ниту датотека со нацрт од Tandem. Ништо не е зачувано.
received-refused-no-data = Овој PDF не го содржи барањето во форма на податоци: не е составен со Tandem или е изменет откако е составен. Ништо не е зачувано.
received-refused-unreadable = Податоците на барањето во оваа датотека не можат да се прочитаат: оштетени се или не се во форматот на Tandem. Ништо не е зачувано.
received-refused-newer = Ова барање е составено со понова верзија на Tandem. Ништо не е зачувано.
received-refused-unknown = Ова барање се однесува на вид барање што оваа верзија на Tandem го нема. Ништо не е зачувано.
received-refused-locked = Оваа датотека со нацрт е заклучена со лозинка-фраза. Побарајте го PDF-от на барањето од органот молител. Ништо не е зачувано.
received-refused-fingerprint = Податоците на барањето во овој PDF не одговараат на отпечатокот отпечатен на него: датотеката е изменета откако е составена. Ништо не е зачувано. Читајте ги отпечатените страници на самиот PDF и побарајте нов примерок од органот молител.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Овој прелистувач одби да го зачува барањето ({ $reason }). Ништо не е зачувано.

# The screen of a request received.
received-banner = Примено барање — само за читање. Составено со Tandem од органот молител; одговорите се негови.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Примено во овој прелистувач на { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Јазици на документот на барањето: { $a } | { $b }. Слободниот текст е прикажан онака како што органот молител го напишал на јазикот { $a }, а до него е неговиот сопствен превод на јазикот { $b }.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Отпечаток { $fingerprint }: одговара на податоците на барањето, како што е отпечатен на секоја страница од неговиот PDF.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Отпечаток { $fingerprint }: пресметан од датотеката со нацрт, која нема отпечатен отпечаток со кој би се споредил.
received-copy-heading = Примерок за увид
received-copy-intro = Извезете го ова барање како PDF на кои било два јазика, на пример на неговиот јазик покрај вашиот. Секоја страница е означена како примерок за увид на примено барање; нема поле за потпис.
received-copy-export = Извези примерок за увид (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Одговорете на ова барање
received-answer-intro = Секој одговор е посебен образец, пополнет со бројот, датумот и отпечатокот на ова барање, и се извезува како двојазичен PDF на вашиот јазик и на јазикот на органот молител. PDF-от го содржи одговорот и во форма на податоци, за Tandem кај органот молител да го евидентира кон ова барање.
received-answers-made = Одговори подготвени за ова барање
