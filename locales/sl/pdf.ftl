# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Stran { $page } od { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Opr. št. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Kontrolna vsota { $fingerprint }
pdf-draft = OSNUTEK ZA POSVETOVANJE
pdf-not-translated = [Ni prevedeno: izvirno besedilo je v drugem stolpcu.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Organ prosilec je pustil neprevedeno: izvirno besedilo je v drugem stolpcu.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Organ, ki odgovarja, je pustil neprevedeno: izvirno besedilo je v drugem stolpcu.
pdf-ticked = Da
pdf-not-ticked = Ne
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Kako je bilo to zaprosilo pripravljeno
pdf-review-heading-answer = Kako je bil ta odgovor pripravljen
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Stalno besedilo obrazca v tem stolpcu (naslovi, oznake polj in možnosti) je strojni prevod, ki ga noben pravni prevajalec še ni pregledal.
pdf-review-answers = Odgovore je napisal organ prosilec, ki je zagotovil tudi njihovo besedilo v drugem jeziku.
# The same in an answer to a request.
pdf-review-answers-answer = Odgovore je napisal organ, ki odgovarja, ki je zagotovil tudi njihovo besedilo v drugem jeziku.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Prevod odgovorov je preveril(a) { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Prevod odgovorov je preveril(a) { $name } ({ $office }).
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = od { $from } do { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = izvorna vrata { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = dne { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = IZVOD ZA VPOGLED PREJETEGA ZAPROSILA
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Izvod za vpogled prejetega zaprosila, kontrolna vsota { $fingerprint }; izvirnik je PDF, ki ga je podpisal organ prosilec. Prosto besedilo je natisnjeno tako, kot ga je organ prosilec napisal in prevedel.
