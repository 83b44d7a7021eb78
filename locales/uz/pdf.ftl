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
pdf-ticked = Ha
pdf-not-ticked = Yoʻq
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
