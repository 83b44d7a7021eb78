# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = { $page }. oldal / { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Hiv. sz.: { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Ujjlenyomat: { $fingerprint }
pdf-draft = EGYEZTETÉSRE SZÁNT TERVEZET
pdf-not-translated = [Nincs lefordítva: az eredeti szöveg a másik oszlopban található.]
pdf-ticked = Igen
pdf-not-ticked = Nem
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = { $from } és { $to } között
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = forrásport: { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = időpont: { $time }
