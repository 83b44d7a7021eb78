# Tekstet e shtypura në PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Faqja { $page } nga { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Ref. nr. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Gjurma { $fingerprint }
pdf-draft = PROJEKT PËR KONSULTIM
pdf-not-translated = [E papërkthyer: teksti origjinal gjendet në kolonën tjetër.]
pdf-ticked = Po
pdf-not-ticked = Jo
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = nga { $from } deri më { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = porta burimore { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = më { $time }
