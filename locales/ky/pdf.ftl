# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Барак { $page } / { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Чыгыш № { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Текшерүү суммасы { $fingerprint }
pdf-draft = МАКУЛДАШУУ ҮЧҮН ДОЛБООР
pdf-not-translated = [Которулган эмес: түп нускадагы текст башка мамычада.]
pdf-ticked = Ооба
pdf-not-ticked = Жок
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = мезгил: { $from } – { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = булак порту { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = убактысы: { $time }
