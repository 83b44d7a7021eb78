# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Саҳифаи { $page } аз { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Рақ. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Ҷамъи санҷишӣ { $fingerprint }
pdf-draft = ЛОИҲА БАРОИ МАШВАРАТ
pdf-not-translated = [Тарҷума нашудааст: матни аслӣ дар сутуни дигар аст.]
pdf-ticked = Ҳа
pdf-not-ticked = Не
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = аз { $from } то { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = порти манбаъ { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = дар { $time }
