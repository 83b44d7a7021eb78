# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Pagina { $page } van { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Kenmerk { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Vingerafdruk { $fingerprint }
pdf-draft = CONCEPT VOOR OVERLEG
pdf-not-translated = [Niet vertaald: de oorspronkelijke tekst staat in de andere kolom.]
pdf-ticked = Ja
pdf-not-ticked = Nee
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = van { $from } tot { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = bronpoort { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = op { $time }
