# Im PDF gedruckte Texte.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Seite { $page } von { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Az. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Prüfsumme { $fingerprint }
pdf-draft = ENTWURF ZUR ABSTIMMUNG
pdf-not-translated = [Nicht übersetzt: Der Originalwortlaut steht in der anderen Spalte.]
pdf-ticked = Ja
pdf-not-ticked = Nein
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = von { $from } bis { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = Quellport { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = am { $time }
