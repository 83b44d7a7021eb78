# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Strana { $page } z { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Č. j. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Kontrolní součet { $fingerprint }
pdf-draft = KONCEPT KE KONZULTACI
pdf-not-translated = [Nepřeloženo: původní znění je v druhém sloupci.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Dožadující orgán ponechal tuto odpověď bez překladu: původní znění je v druhém sloupci.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Orgán podávající odpověď ponechal tuto odpověď bez překladu: původní znění je v druhém sloupci.
pdf-ticked = Ano
pdf-not-ticked = Ne
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Jak byla tato žádost vyhotovena
pdf-review-heading-answer = Jak byla tato odpověď vyhotovena
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Pevné znění formuláře v tomto sloupci (nadpisy, popisky a možnosti) je strojový překlad, který dosud nezkontroloval žádný právní překladatel.
pdf-review-answers = Odpovědi vypracoval dožadující orgán, který rovněž poskytl jejich znění v druhém jazyce.
# The same in an answer to a request.
pdf-review-answers-answer = Odpovědi vypracoval orgán podávající odpověď, který rovněž poskytl jejich znění v druhém jazyce.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Překlad odpovědí zkontroloval(a) { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Překlad odpovědí zkontroloval(a) { $name } ({ $office }).
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = od { $from } do { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = zdrojový port { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = dne { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = KOPIE K NAHLÉDNUTÍ PŘIJATÉ ŽÁDOSTI
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Kopie k nahlédnutí přijaté žádosti, kontrolní součet { $fingerprint }; originálem je PDF podepsané dožadujícím orgánem. Volný text je vytištěn tak, jak jej dožadující orgán napsal a přeložil.
