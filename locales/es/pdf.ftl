# Textos impresos en el PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Página { $page } de { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Ref. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Código de verificación { $fingerprint }
pdf-draft = BORRADOR PARA CONSULTA
pdf-not-translated = [Sin traducir: el texto original figura en la otra columna.]
pdf-ticked = Sí
pdf-not-ticked = No
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = del { $from } al { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = puerto de origen { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = el { $time }
