# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Бет { $page } / { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Шығыс № { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Бақылау сомасы { $fingerprint }
pdf-draft = КЕЛІСУГЕ АРНАЛҒАН ЖОБА
pdf-not-translated = [Аударылмаған: түпнұсқа мәтін екінші бағанда.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Сұрау салушы орган аудармай қалдырды: түпнұсқа мәтін екінші бағанда.
pdf-left-untranslated-answer = Жауап беруші орган аудармай қалдырды: түпнұсқа мәтін екінші бағанда.
pdf-ticked = Иә
pdf-not-ticked = Жоқ
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Бұл сұрау салу қалай жасалды
pdf-review-heading-answer = Бұл жауап қалай жасалды
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Осы бағандағы нысанның тұрақты мәтіні (тақырыптар, өріс атаулары және нұсқалар) заң аудармашысы әлі тексермеген машиналық аударма болып табылады.
pdf-review-answers = Жауаптарды сұрау салушы орган жазды, олардың екінші тілдегі мәтінін де сол орган ұсынды.
pdf-review-answers-answer = Жауаптарды жауап беруші орган жазды, олардың екінші тілдегі мәтінін де сол орган ұсынды.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Жауаптардың аудармасын { $name } тексерді.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Жауаптардың аудармасын { $name } ({ $office }) тексерді.
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = кезең: { $from } – { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = бастапқы порт { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = уақыты: { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = КЕЛІП ТҮСКЕН СҰРАУ САЛУДЫҢ ТАНЫСУҒА АРНАЛҒАН КӨШІРМЕСІ
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Келіп түскен сұрау салудың танысуға арналған көшірмесі, бақылау сомасы { $fingerprint }; түпнұсқасы — сұрау салушы орган қол қойған PDF құжаты. Еркін мәтін сұрау салушы орган жазғандай және аударғандай басылған.
