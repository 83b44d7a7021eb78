# Текстови што се печатат во PDF-от.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Страница { $page } од { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Бр. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Отпечаток { $fingerprint }
pdf-draft = НАЦРТ ЗА КОНСУЛТАЦИИ
pdf-not-translated = [Не е преведено: изворниот текст е во другата колона.]
pdf-ticked = Да
pdf-not-ticked = Не
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = од { $from } до { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = изворна порта { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = во { $time }
