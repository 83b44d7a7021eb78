# Textes imprimés dans le PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Page { $page } sur { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Réf. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Empreinte { $fingerprint }
pdf-draft = PROJET POUR CONSULTATION
pdf-not-translated = [Non traduit : le libellé original figure dans l'autre colonne.]
pdf-ticked = Oui
pdf-not-ticked = Non
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = du { $from } au { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = port source { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = le { $time }
