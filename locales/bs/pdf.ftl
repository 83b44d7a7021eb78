# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Stranica { $page } od { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Ref. br. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Otisak { $fingerprint }
pdf-draft = NACRT ZA KONSULTACIJE
pdf-not-translated = [Nije prevedeno: izvorni tekst nalazi se u drugoj koloni.]
pdf-ticked = Da
pdf-not-ticked = Ne
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = od { $from } do { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = izvorni port { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = u { $time }
