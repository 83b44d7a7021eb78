# Im PDF gedruckte Texte.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Seite { $page } von { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Az. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Prüfsumme { $fingerprint }
pdf-draft = ENTWURF ZUR ABSTIMMUNG
pdf-not-translated = [Nicht übersetzt: Der Originalwortlaut steht in der anderen Spalte.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Von der ersuchenden Behörde bewusst nicht übersetzt: Der Originalwortlaut steht in der anderen Spalte.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Von der antwortenden Behörde bewusst nicht übersetzt: Der Originalwortlaut steht in der anderen Spalte.
pdf-ticked = Ja
pdf-not-ticked = Nein
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Wie dieses Ersuchen erstellt wurde
pdf-review-heading-answer = Wie diese Antwort erstellt wurde
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Der feste Wortlaut des Formulars in dieser Spalte (Überschriften, Feldbezeichnungen und Auswahlmöglichkeiten) ist eine maschinelle Übersetzung, die noch kein juristischer Fachübersetzer geprüft hat.
pdf-review-answers = Die Antworten wurden von der ersuchenden Behörde verfasst, die auch ihren Wortlaut in der anderen Sprache bereitgestellt hat.
# The same in an answer to a request.
pdf-review-answers-answer = Die Antworten wurden von der antwortenden Behörde verfasst, die auch ihren Wortlaut in der anderen Sprache bereitgestellt hat.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Die Übersetzung der Antworten wurde von { $name } geprüft.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Die Übersetzung der Antworten wurde von { $name } ({ $office }) geprüft.
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = von { $from } bis { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = Quellport { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = am { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = LESEKOPIE – EINGEGANGENES ERSUCHEN
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Lesekopie eines eingegangenen Ersuchens, Prüfsumme { $fingerprint }; das Original ist das von der ersuchenden Behörde unterzeichnete PDF. Freitext ist so gedruckt, wie die ersuchende Behörde ihn verfasst und übersetzt hat.
