# Testi stampati nel PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Pagina { $page } di { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Rif. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Impronta { $fingerprint }
pdf-draft = BOZZA PER CONSULTAZIONE
pdf-not-translated = [Non tradotto: il testo originale è riportato nell'altra colonna.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Risposta lasciata non tradotta dall'autorità richiedente: il testo originale è riportato nell'altra colonna.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Risposta lasciata non tradotta dall'autorità che risponde: il testo originale è riportato nell'altra colonna.
pdf-ticked = Sì
pdf-not-ticked = No
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Come è stata redatta questa richiesta
pdf-review-heading-answer = Come è stata redatta questa risposta
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Il testo fisso del modulo in questa colonna (titoli, etichette e opzioni) è una traduzione automatica non ancora rivista da alcun traduttore giuridico.
pdf-review-answers = Le risposte sono state redatte dall'autorità richiedente, che ne ha fornito anche il testo nell'altra lingua.
# The same in an answer to a request.
pdf-review-answers-answer = Le risposte sono state redatte dall'autorità che risponde, che ne ha fornito anche il testo nell'altra lingua.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = La traduzione delle risposte è stata verificata da { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = La traduzione delle risposte è stata verificata da { $name } ({ $office }).
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = dal { $from } al { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = porta di origine { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = il { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = COPIA DI LETTURA – RICHIESTA RICEVUTA
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Copia di lettura di una richiesta ricevuta, impronta { $fingerprint }; l'originale è il PDF firmato dall'autorità richiedente. Il testo libero è stampato come l'autorità richiedente lo ha redatto e tradotto.
