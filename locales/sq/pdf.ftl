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
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Lënë pa përkthim nga autoriteti kërkues: teksti origjinal gjendet në kolonën tjetër.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Lënë pa përkthim nga autoriteti që përgjigjet: teksti origjinal gjendet në kolonën tjetër.
pdf-ticked = Po
pdf-not-ticked = Jo
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Si u hartua kjo kërkesë
pdf-review-heading-answer = Si u hartua kjo përgjigje
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Teksti i përhershëm i formularit në këtë kolonë (titujt, etiketat dhe opsionet) është përkthim automatik që ende nuk e ka shqyrtuar asnjë përkthyes ligjor.
pdf-review-answers = Përgjigjet u shkruan nga autoriteti kërkues, i cili dha edhe tekstin e tyre në gjuhën tjetër.
# The same in an answer to a request.
pdf-review-answers-answer = Përgjigjet në fushat e formularit u shkruan nga autoriteti që përgjigjet, i cili dha edhe tekstin e tyre në gjuhën tjetër.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Përkthimi i përgjigjeve u kontrollua nga { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Përkthimi i përgjigjeve u kontrollua nga { $name } ({ $office }).
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

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = KOPJE PËR LEXIM E NJË KËRKESE TË MARRË
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Kopje për lexim e një kërkese të marrë, gjurma { $fingerprint }; origjinali është PDF-ja e nënshkruar nga autoriteti kërkues. Teksti i lirë është shtypur ashtu siç e ka shkruar dhe përkthyer autoriteti kërkues.
