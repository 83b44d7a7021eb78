# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Strana { $page } z { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Č. k. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Kontrolný súčet { $fingerprint }
pdf-draft = NÁVRH NA KONZULTÁCIU
pdf-not-translated = [Nepreložené: pôvodné znenie je v druhom stĺpci.]
pdf-ticked = Áno
pdf-not-ticked = Nie
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = od { $from } do { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = zdrojový port { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = dňa { $time }
