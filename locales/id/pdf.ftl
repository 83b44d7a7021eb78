# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Halaman { $page } dari { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Ref. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Sidik jari { $fingerprint }
pdf-draft = DRAF UNTUK KONSULTASI
pdf-not-translated = [Belum diterjemahkan: rumusan aslinya terdapat di kolom lain.]
pdf-ticked = Ya
pdf-not-ticked = Tidak
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = dari { $from } sampai { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = port sumber { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = pada { $time }
