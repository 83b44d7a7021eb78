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
pdf-ticked = Иә
pdf-not-ticked = Жоқ
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
