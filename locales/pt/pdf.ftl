# Textos impressos no PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Página { $page } de { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Ref.ª { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Código de verificação { $fingerprint }
pdf-draft = PROJETO PARA CONSULTA
pdf-not-translated = [Não traduzido: o texto original consta da outra coluna.]
pdf-ticked = Sim
pdf-not-ticked = Não
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = de { $from } a { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = porta de origem { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = em { $time }
