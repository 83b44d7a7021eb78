# Texte tipărite în PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Pagina { $page } din { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Nr. ref. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Amprentă { $fingerprint }
pdf-draft = PROIECT PENTRU CONSULTARE
pdf-not-translated = [Netradus: formularea originală se află în cealaltă coloană.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Răspuns lăsat netradus de autoritatea solicitantă: formularea originală se află în cealaltă coloană.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Răspuns lăsat netradus de autoritatea care răspunde: formularea originală se află în cealaltă coloană.
pdf-ticked = Da
pdf-not-ticked = Nu
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Cum a fost redactată această cerere
pdf-review-heading-answer = Cum a fost redactat acest răspuns
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Textul fix al formularului din această coloană (titluri, etichete și opțiuni) este o traducere automată pe care niciun traducător juridic nu a revizuit-o încă.
pdf-review-answers = Răspunsurile au fost redactate de autoritatea solicitantă, care a furnizat și formularea lor în cealaltă limbă.
# The same in an answer to a request.
pdf-review-answers-answer = Răspunsurile au fost redactate de autoritatea care răspunde, care a furnizat și formularea lor în cealaltă limbă.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Traducerea răspunsurilor a fost verificată de { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Traducerea răspunsurilor a fost verificată de { $name } ({ $office }).
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = de la { $from } până la { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = port sursă { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = la { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = COPIE DE LECTURĂ A UNEI CERERI PRIMITE
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Copie de lectură a unei cereri primite, amprentă { $fingerprint }; originalul este PDF-ul semnat de autoritatea solicitantă. Textul liber este tipărit așa cum l-a redactat și tradus autoritatea solicitantă.
