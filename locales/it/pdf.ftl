# Testi stampati nel PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Pagina { $page } di { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Rif. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Impronta { $fingerprint }
pdf-draft = BOZZA PER CONSULTAZIONE
pdf-not-translated = [Non tradotto: il testo originale è riportato nell'altra colonna.]
pdf-ticked = Sì
pdf-not-ticked = No
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = dal { $from } al { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = porta di origine { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = il { $time }
