# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Strona { $page } z { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Sygn. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Suma kontrolna { $fingerprint }
pdf-draft = PROJEKT DO KONSULTACJI
pdf-not-translated = [Nie przetłumaczono: brzmienie oryginalne znajduje się w drugiej kolumnie.]
pdf-ticked = Tak
pdf-not-ticked = Nie
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = od { $from } do { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = port źródłowy { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = w chwili { $time }
