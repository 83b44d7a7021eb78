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
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Left untranslated by the requesting authority: the original wording is in the other column.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Left untranslated by the authority answering: the original wording is in the other column.
pdf-ticked = Yes
pdf-not-ticked = No
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = How this request was drafted
pdf-review-heading-answer = How this answer was drafted
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = The fixed wording of the form in this column (headings, labels and options) is a machine-drafted translation that no legal translator has yet reviewed.
pdf-review-answers = The answers were written by the requesting authority, which also provided their wording in the other language.
# The same in an answer to a request.
pdf-review-answers-answer = The answers were written by the authority answering, which also provided their wording in the other language.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = The translation of the answers was checked by { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = The translation of the answers was checked by { $name } ({ $office }).
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

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = READING COPY OF A REQUEST RECEIVED
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Reading copy of a request received, fingerprint { $fingerprint }; the original is the PDF the requesting authority signed. Free text is printed as the requesting authority wrote and translated it.
