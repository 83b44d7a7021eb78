# PDF'e basılan metinler.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Sayfa { $page } / { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Sayı: { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Doğrulama kodu { $fingerprint }
pdf-draft = GÖRÜŞE SUNULAN TASLAK
pdf-not-translated = [Çevrilmemiştir: özgün metin diğer sütunda yer almaktadır.]
pdf-ticked = Evet
pdf-not-ticked = Hayır
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = başlangıç: { $from }, bitiş: { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = kaynak port { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = zaman: { $time }
