# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Strana { $page } z { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Č. j. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Kontrolní součet { $fingerprint }
pdf-draft = KONCEPT KE KONZULTACI
pdf-not-translated = [Nepřeloženo: původní znění je v druhém sloupci.]
pdf-ticked = Ano
pdf-not-ticked = Ne
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = od { $from } do { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = zdrojový port { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = dne { $time }
