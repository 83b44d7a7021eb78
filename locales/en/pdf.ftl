# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Page { $page } of { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Ref. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Fingerprint { $fingerprint }
pdf-draft = DRAFT FOR CONSULTATION
pdf-not-translated = [Not translated: the original wording is in the other column.]
pdf-ticked = Yes
pdf-not-ticked = No
# The review status of this locale's translations, printed in every footer.
pdf-review-status = Source text (English)
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = from { $from } to { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = source port { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = at { $time }
