# Textes imprimés dans le PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Page { $page } sur { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Réf. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Empreinte { $fingerprint }
pdf-draft = PROJET POUR CONSULTATION
pdf-not-translated = [Non traduit : le libellé original figure dans l'autre colonne.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Laissé sans traduction par l'autorité requérante : le libellé original figure dans l'autre colonne.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Laissé sans traduction par l'autorité qui répond : le libellé original figure dans l'autre colonne.
pdf-ticked = Oui
pdf-not-ticked = Non
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Modalités d'établissement de la présente demande
pdf-review-heading-answer = Modalités d'établissement de la présente réponse
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Dans cette colonne, le libellé fixe du formulaire (titres, intitulés et options) est une traduction automatique qu'aucun traducteur juridique n'a encore relue.
pdf-review-answers = Les réponses ont été rédigées par l'autorité requérante, qui en a également fourni le libellé dans l'autre langue.
# The same in an answer to a request.
pdf-review-answers-answer = Les réponses ont été rédigées par l'autorité qui répond, qui en a également fourni le libellé dans l'autre langue.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = La traduction des réponses a été vérifiée par { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = La traduction des réponses a été vérifiée par { $name } ({ $office }).
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = du { $from } au { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = port source { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = le { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = COPIE DE LECTURE D'UNE DEMANDE REÇUE
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Copie de lecture d'une demande reçue, empreinte { $fingerprint } ; l'original est le PDF signé par l'autorité requérante. Le texte libre est imprimé tel que l'autorité requérante l'a rédigé et traduit.
