# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Sahypa { $page } / { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Çykyş № { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Barlag jemi { $fingerprint }
pdf-draft = YLALAŞMAK ÜÇIN TASLAMA
pdf-not-translated = [Terjime edilmedik: asyl tekst beýleki sütünde.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Haýyş edýän edara tarapyndan terjimesiz goýuldy: asyl tekst beýleki sütünde.
pdf-left-untranslated-answer = Jogap berýän edara tarapyndan terjimesiz goýuldy: asyl tekst beýleki sütünde.
pdf-ticked = Hawa
pdf-not-ticked = Ýok
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Bu haýyş nähili düzüldi
pdf-review-heading-answer = Bu jogap nähili düzüldi
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Şu sütündäki formanyň hemişelik teksti (sözbaşylar, meýdançalaryň atlary we saýlaw görnüşleri) hukukçy-terjimeçi tarapyndan entek barlanmadyk maşyn terjimesidir.
pdf-review-answers = Jogaplary haýyş edýän edara ýazdy we olaryň beýleki dildäki tekstini hem şol edara berdi.
pdf-review-answers-answer = Jogaplary jogap berýän edara ýazdy we olaryň beýleki dildäki tekstini hem şol edara berdi.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Jogaplaryň terjimesini { $name } barlady.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Jogaplaryň terjimesini { $name } ({ $office }) barlady.
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = döwür: { $from } – { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = çeşme porty { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = wagty: { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = GELEN HAÝYŞYŇ TANYŞMAK ÜÇIN NUSGASY
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Gelen haýyşyň tanyşmak üçin nusgasy, barlag jemi { $fingerprint }; asyl nusgasy haýyş edýän edaranyň gol çeken PDF resminamasydyr. Erkin tekst haýyş edýän edaranyň ýazyşy we terjime edişi ýaly çap edildi.
