# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Sahypa { $page } / { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Çykyş № { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Barlag jemi { $fingerprint }
pdf-draft = YLALAŞMAK ÜÇIN TASLAMA
pdf-not-translated = [Terjime edilmedik: asyl tekst beýleki sütünde.]
pdf-ticked = Hawa
pdf-not-ticked = Ýok
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = döwür: { $from } – { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = çeşme porty { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = wagty: { $time }
