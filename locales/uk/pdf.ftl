# Тексти, що друкуються в PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Сторінка { $page } з { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Вих. № { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Контрольна сума { $fingerprint }
pdf-draft = ПРОЄКТ ДЛЯ ПОГОДЖЕННЯ
pdf-not-translated = [Не перекладено: текст мовою оригіналу наведено в іншій колонці.]
pdf-ticked = Так
pdf-not-ticked = Ні
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = з { $from } до { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = порт джерела { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = о { $time }
