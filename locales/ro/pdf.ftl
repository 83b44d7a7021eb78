# Texte tipărite în PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Pagina { $page } din { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Nr. ref. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Amprentă { $fingerprint }
pdf-draft = PROIECT PENTRU CONSULTARE
pdf-not-translated = [Netradus: formularea originală se află în cealaltă coloană.]
pdf-ticked = Da
pdf-not-ticked = Nu
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = de la { $from } până la { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = port sursă { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = la { $time }
