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
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Dibiarkan tidak diterjemahkan oleh otoritas peminta: rumusan aslinya terdapat di kolom lain.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Dibiarkan tidak diterjemahkan oleh otoritas yang menjawab: rumusan aslinya terdapat di kolom lain.
pdf-ticked = Ya
pdf-not-ticked = Tidak
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Cara penyusunan permintaan ini
pdf-review-heading-answer = Cara penyusunan jawaban ini
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Rumusan tetap formulir di kolom ini (judul, label, dan pilihan) merupakan terjemahan mesin yang belum ditinjau oleh penerjemah hukum.
pdf-review-answers = Jawaban ditulis oleh otoritas peminta, yang juga menyediakan rumusannya dalam bahasa lain.
# The same in an answer to a request.
pdf-review-answers-answer = Jawaban ditulis oleh otoritas yang menjawab, yang juga menyediakan rumusannya dalam bahasa lain.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Terjemahan jawaban diperiksa oleh { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Terjemahan jawaban diperiksa oleh { $name } ({ $office }).
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

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = SALINAN BACA PERMINTAAN YANG DITERIMA
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Salinan baca dari permintaan yang diterima, sidik jari { $fingerprint }; aslinya adalah PDF yang ditandatangani oleh otoritas peminta. Teks bebas dicetak sebagaimana ditulis dan diterjemahkan oleh otoritas peminta.
