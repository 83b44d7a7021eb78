# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Sahifa { $page } / { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Chiq. № { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Nazorat summasi { $fingerprint }
pdf-draft = KELISHISH UCHUN LOYIHA
pdf-not-translated = [Tarjima qilinmagan: asl matn boshqa ustunda.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Soʻrov yuboruvchi organ tarjimasiz qoldirgan: asl matn boshqa ustunda.
pdf-left-untranslated-answer = Javob beruvchi organ tarjimasiz qoldirgan: asl matn boshqa ustunda.
pdf-ticked = Ha
pdf-not-ticked = Yoʻq
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Ushbu soʻrov qanday tuzilgan
pdf-review-heading-answer = Ushbu javob qanday tuzilgan
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Ushbu ustundagi shaklning doimiy matni (sarlavhalar, maydon nomlari va variantlar) yurist-tarjimon hali tekshirmagan mashina tarjimasidir.
pdf-review-answers = Javoblarni soʻrov yuboruvchi organ yozgan va ularning boshqa tildagi matnini ham oʻzi taqdim etgan.
pdf-review-answers-answer = Javoblarni javob beruvchi organ yozgan va ularning boshqa tildagi matnini ham oʻzi taqdim etgan.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Javoblar tarjimasini { $name } tekshirgan.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Javoblar tarjimasini { $name } ({ $office }) tekshirgan.
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = davr: { $from } – { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = manba porti { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = vaqti: { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = TANISHISH UCHUN NUSXA – KELGAN SOʻROV
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Kelib tushgan soʻrovning tanishish uchun nusxasi, nazorat summasi { $fingerprint }; asli — soʻrov yuboruvchi organ imzolagan PDF hujjat. Erkin matn soʻrov yuboruvchi organ yozganidek va tarjima qilganidek bosilgan.
