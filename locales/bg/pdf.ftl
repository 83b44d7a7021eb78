# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Страница { $page } от { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Реф. № { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Контролен отпечатък { $fingerprint }
pdf-draft = ПРОЕКТ ЗА СЪГЛАСУВАНЕ
pdf-not-translated = [Не е преведено: оригиналният текст е в другата колона.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Оставено без превод от молещия орган: оригиналният текст е в другата колона.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Оставено без превод от отговарящия орган: оригиналният текст е в другата колона.
pdf-ticked = Да
pdf-not-ticked = Не
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Как е изготвено това искане
pdf-review-heading-answer = Как е изготвен този отговор
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Постоянният текст на формуляра в тази колона (заглавия, наименования на полета и възможности за избор) е машинно изготвен превод, все още непрегледан от юрист преводач.
pdf-review-answers = Отговорите са написани от молещия орган, който е предоставил и техния текст на другия език.
# The same in an answer to a request.
pdf-review-answers-answer = Съдържанието на полетата е написано от отговарящия орган, който е предоставил и неговия текст на другия език.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Преводът на отговорите е проверен от { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Преводът на отговорите е проверен от { $name } ({ $office }).
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = от { $from } до { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = порт на източника { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = на { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = КОПИЕ ЗА СВЕДЕНИЕ – ПОЛУЧЕНО ИСКАНЕ
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Копие за сведение на получено искане, контролен отпечатък { $fingerprint }; оригиналът е PDF, подписан от молещия орган. Свободният текст е отпечатан така, както молещият орган го е написал и превел.
