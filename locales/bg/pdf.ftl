# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Страница { $page } от { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Реф. № { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Контролен отпечатък { $fingerprint }
pdf-draft = ПРОЕКТ ЗА СЪГЛАСУВАНЕ
pdf-not-translated = [Не е преведено: оригиналният текст е в другата колона.]
pdf-ticked = Да
pdf-not-ticked = Не
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = от { $from } до { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = порт на източника { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = на { $time }
