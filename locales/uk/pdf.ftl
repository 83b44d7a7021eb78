# Тексти, що друкуються в PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Сторінка { $page } з { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Вих. № { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Контрольна сума { $fingerprint }
pdf-draft = ПРОЄКТ ДЛЯ ПОГОДЖЕННЯ
pdf-not-translated = [Не перекладено: текст мовою оригіналу наведено в іншій колонці.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Залишено запитуючим органом без перекладу: текст мовою оригіналу наведено в іншій колонці.
pdf-left-untranslated-answer = Залишено органом, що надає відповідь, без перекладу: текст мовою оригіналу наведено в іншій колонці.
pdf-ticked = Так
pdf-not-ticked = Ні
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Як складено цей запит
pdf-review-heading-answer = Як складено цю відповідь
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Постійний текст форми в цій колонці (заголовки, назви полів і варіанти відповідей) є машинним перекладом, який ще не перевірив жоден юрист-перекладач.
pdf-review-answers = Відповіді складено запитуючим органом, який також надав їхній текст іншою мовою.
pdf-review-answers-answer = Відповіді складено органом, що надає відповідь, який також надав їхній текст іншою мовою.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Переклад відповідей перевірив(-ла) { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Переклад відповідей перевірив(-ла) { $name } ({ $office }).
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = з { $from } до { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = порт джерела { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = о { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = КОПІЯ ДЛЯ ОЗНАЙОМЛЕННЯ ОТРИМАНОГО ЗАПИТУ
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Копія для ознайомлення отриманого запиту, контрольна сума { $fingerprint }; оригіналом є PDF, підписаний запитуючим органом. Довільний текст надруковано так, як його написав і переклав запитуючий орган.
