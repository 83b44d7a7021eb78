# Текстови што се печатат во PDF-от.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Страница { $page } од { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Бр. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Отпечаток { $fingerprint }
pdf-draft = НАЦРТ ЗА КОНСУЛТАЦИИ
pdf-not-translated = [Не е преведено: изворниот текст е во другата колона.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Оставено непреведено од органот молител: изворниот текст е во другата колона.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Оставено непреведено од органот што одговара: изворниот текст е во другата колона.
pdf-ticked = Да
pdf-not-ticked = Не
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Како е составено ова барање
pdf-review-heading-answer = Како е составен овој одговор
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Постојаниот текст на образецот во оваа колона (наслови, ознаки и опции) е машински превод што сѐ уште не го прегледал ниту еден правен преведувач.
pdf-review-answers = Одговорите ги напиша органот молител, кој го достави и нивниот текст на другиот јазик.
# The same in an answer to a request.
pdf-review-answers-answer = Содржината на полињата ја напиша органот што одговара, кој го достави и нејзиниот текст на другиот јазик.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Преводот на одговорите го провери: { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Преводот на одговорите го провери: { $name } ({ $office }).
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = од { $from } до { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = изворна порта { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = во { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = ПРИМЕРОК ЗА УВИД НА ПРИМЕНО БАРАЊЕ
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Примерок за увид на примено барање, отпечаток { $fingerprint }; оригиналот е PDF-от што го потпишал органот молител. Слободниот текст е отпечатен онака како што органот молител го напишал и превел.
