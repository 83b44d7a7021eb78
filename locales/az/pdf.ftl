# PDF-də çap olunan mətnlər.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Səhifə { $page } / { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = İstinad № { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Yoxlama kodu { $fingerprint }
pdf-draft = MƏSLƏHƏTLƏŞMƏ ÜÇÜN LAYİHƏ
pdf-not-translated = [Tərcümə edilməyib: orijinal mətn digər sütundadır.]
pdf-ticked = Bəli
pdf-not-ticked = Xeyr
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = başlanğıc: { $from }, son: { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = mənbə portu { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = vaxt: { $time }
