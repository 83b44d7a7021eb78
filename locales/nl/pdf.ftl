# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Pagina { $page } van { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Kenmerk { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Vingerafdruk { $fingerprint }
pdf-draft = CONCEPT VOOR OVERLEG
pdf-not-translated = [Niet vertaald: de oorspronkelijke tekst staat in de andere kolom.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Door de verzoekende autoriteit onvertaald gelaten: de oorspronkelijke tekst staat in de andere kolom.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Door de antwoordende autoriteit onvertaald gelaten: de oorspronkelijke tekst staat in de andere kolom.
pdf-ticked = Ja
pdf-not-ticked = Nee
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Hoe dit verzoek is opgesteld
pdf-review-heading-answer = Hoe dit antwoord is opgesteld
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = De vaste tekst van het formulier in deze kolom (koppen, veldnamen en keuzemogelijkheden) is een machinaal opgestelde vertaling die nog door geen enkele juridisch vertaler is nagekeken.
pdf-review-answers = De antwoorden zijn geschreven door de verzoekende autoriteit, die ook de tekst ervan in de andere taal heeft aangeleverd.
# The same in an answer to a request.
pdf-review-answers-answer = De antwoorden zijn geschreven door de antwoordende autoriteit, die ook de tekst ervan in de andere taal heeft aangeleverd.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = De vertaling van de antwoorden is gecontroleerd door { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = De vertaling van de antwoorden is gecontroleerd door { $name } ({ $office }).
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = van { $from } tot { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = bronpoort { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = op { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = LEESEXEMPLAAR – ONTVANGEN VERZOEK
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Leesexemplaar van een ontvangen verzoek, vingerafdruk { $fingerprint }; het origineel is de PDF die de verzoekende autoriteit heeft ondertekend. Vrije tekst is afgedrukt zoals de verzoekende autoriteit die heeft geschreven en vertaald.
