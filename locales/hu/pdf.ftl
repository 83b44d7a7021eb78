# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = { $page }. oldal / { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Hiv. sz.: { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Ujjlenyomat: { $fingerprint }
pdf-draft = EGYEZTETÉSRE SZÁNT TERVEZET
pdf-not-translated = [Nincs lefordítva: az eredeti szöveg a másik oszlopban található.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = A megkereső hatóság fordítás nélkül hagyta: az eredeti szöveg a másik oszlopban található.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = A válaszadó hatóság fordítás nélkül hagyta: az eredeti szöveg a másik oszlopban található.
pdf-ticked = Igen
pdf-not-ticked = Nem
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = A megkeresés elkészítésének módja
pdf-review-heading-answer = A válasz elkészítésének módja
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Az űrlap rögzített szövege ebben az oszlopban (címsorok, mezőnevek és választási lehetőségek) gépi úton készült fordítás, amelyet jogi szakfordító még nem ellenőrzött.
pdf-review-answers = A válaszokat a megkereső hatóság írta, és azok szövegét a másik nyelven is ő bocsátotta rendelkezésre.
# The same in an answer to a request.
pdf-review-answers-answer = A válaszokat a válaszadó hatóság írta, és azok szövegét a másik nyelven is ő bocsátotta rendelkezésre.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = A válaszok fordítását { $name } ellenőrizte.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = A válaszok fordítását { $name } ({ $office }) ellenőrizte.
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = { $from } és { $to } között
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = forrásport: { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = időpont: { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = BEÉRKEZETT MEGKERESÉS OLVASÓPÉLDÁNYA
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Beérkezett megkeresés olvasópéldánya, ujjlenyomat: { $fingerprint }; az eredeti a megkereső hatóság által aláírt PDF. A szabad szöveg úgy van nyomtatva, ahogyan a megkereső hatóság megírta és lefordította.
