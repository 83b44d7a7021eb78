# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Stranica { $page } od { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Oznaka { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Otisak { $fingerprint }
pdf-draft = NACRT ZA SAVJETOVANJE
pdf-not-translated = [Nije prevedeno: izvorni tekst nalazi se u drugom stupcu.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Tijelo koje podnosi zahtjev ostavilo je ovaj odgovor bez prijevoda: izvorni tekst nalazi se u drugom stupcu.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Tijelo koje odgovara ostavilo je ovaj odgovor bez prijevoda: izvorni tekst nalazi se u drugom stupcu.
pdf-ticked = Da
pdf-not-ticked = Ne
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Kako je ovaj zahtjev sastavljen
pdf-review-heading-answer = Kako je ovaj odgovor sastavljen
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Stalni tekst obrasca u ovom stupcu (naslovi, oznake polja i mogućnosti odabira) strojni je prijevod koji još nije pregledao nijedan pravni prevoditelj.
pdf-review-answers = Odgovore je sastavilo tijelo koje podnosi zahtjev, koje je dostavilo i njihov tekst na drugom jeziku.
# The same in an answer to a request.
pdf-review-answers-answer = Odgovore je sastavilo tijelo koje odgovara, koje je dostavilo i njihov tekst na drugom jeziku.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Prijevod odgovora provjerio/la je { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Prijevod odgovora provjerio/la je { $name } ({ $office }).
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = od { $from } do { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = izvorni port { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = u { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = INFORMATIVNI PRIMJERAK ZAPRIMLJENOG ZAHTJEVA
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Informativni primjerak zaprimljenog zahtjeva, otisak { $fingerprint }; izvornik je PDF datoteka koju je potpisalo tijelo koje podnosi zahtjev. Slobodni tekst ispisan je onako kako ga je tijelo koje podnosi zahtjev napisalo i prevelo.
