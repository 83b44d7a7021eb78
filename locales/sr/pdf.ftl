# Текстови који се штампају у PDF-у.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Страна { $page } од { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Број: { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Отисак { $fingerprint }
pdf-draft = НАЦРТ ЗА КОНСУЛТАЦИЈЕ
pdf-not-translated = [Није преведено: изворни текст налази се у другој колони.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Остављено непреведено по одлуци органа молиоца: изворни текст налази се у другој колони.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Остављено непреведено по одлуци органа који одговара: изворни текст налази се у другој колони.
pdf-ticked = Да
pdf-not-ticked = Не
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Како је састављен овај захтев
pdf-review-heading-answer = Како је састављен овај одговор
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Стални текст обрасца у овој колони (наслови, ознаке и опције) машински је превод који још није прегледао ниједан правни преводилац.
pdf-review-answers = Одговоре је написао орган молилац, који је доставио и њихов текст на другом језику.
# The same in an answer to a request.
pdf-review-answers-answer = Садржај поља обрасца написао је орган који одговара, који је доставио и његов текст на другом језику.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Превод одговора проверио/ла: { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Превод одговора проверио/ла: { $name } ({ $office }).
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = од { $from } до { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = изворни порт { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = у { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = ПРИМЕРАК ЗА УВИД ПРИМЉЕНОГ ЗАХТЕВА
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Примерак за увид примљеног захтева, отисак { $fingerprint }; оригинал је PDF који је потписао орган молилац. Слободан текст одштампан је онако како га је орган молилац написао и превео.
