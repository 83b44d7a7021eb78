# Текстови који се штампају у PDF-у.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Страна { $page } од { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Број: { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Отисак { $fingerprint }
pdf-draft = НАЦРТ ЗА КОНСУЛТАЦИЈЕ
pdf-not-translated = [Није преведено: изворни текст налази се у другој колони.]
pdf-ticked = Да
pdf-not-ticked = Не
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = од { $from } до { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = изворни порт { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = у { $time }
