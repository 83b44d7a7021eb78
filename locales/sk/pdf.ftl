# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Strana { $page } z { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Č. k. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Kontrolný súčet { $fingerprint }
pdf-draft = NÁVRH NA KONZULTÁCIU
pdf-not-translated = [Nepreložené: pôvodné znenie je v druhom stĺpci.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Dožadujúci orgán ponechal bez prekladu: pôvodné znenie je v druhom stĺpci.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Odpovedajúci orgán ponechal bez prekladu: pôvodné znenie je v druhom stĺpci.
pdf-ticked = Áno
pdf-not-ticked = Nie
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Spôsob vypracovania tejto žiadosti
pdf-review-heading-answer = Spôsob vypracovania tejto odpovede
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Pevné znenie formulára v tomto stĺpci (nadpisy, označenia polí a možnosti) je strojový preklad, ktorý zatiaľ neskontroloval žiadny právny prekladateľ.
pdf-review-answers = Odpovede vypracoval dožadujúci orgán, ktorý poskytol aj ich znenie v druhom jazyku.
# The same in an answer to a request.
pdf-review-answers-answer = Odpovede vypracoval odpovedajúci orgán, ktorý poskytol aj ich znenie v druhom jazyku.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Preklad odpovedí skontroloval(a) { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Preklad odpovedí skontroloval(a) { $name } ({ $office }).
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = od { $from } do { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = zdrojový port { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = dňa { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = KÓPIA NA NAHLIADNUTIE PRIJATEJ ŽIADOSTI
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Kópia na nahliadnutie prijatej žiadosti, kontrolný súčet { $fingerprint }; originálom je PDF podpísané dožadujúcim orgánom. Voľný text je vytlačený tak, ako ho dožadujúci orgán napísal a preložil.
