# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Strona { $page } z { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Sygn. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Suma kontrolna { $fingerprint }
pdf-draft = PROJEKT DO KONSULTACJI
pdf-not-translated = [Nie przetłumaczono: brzmienie oryginalne znajduje się w drugiej kolumnie.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Organ wzywający pozostawił bez tłumaczenia: brzmienie oryginalne znajduje się w drugiej kolumnie.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Organ udzielający odpowiedzi pozostawił bez tłumaczenia: brzmienie oryginalne znajduje się w drugiej kolumnie.
pdf-ticked = Tak
pdf-not-ticked = Nie
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Sposób sporządzenia niniejszego wniosku
pdf-review-heading-answer = Sposób sporządzenia niniejszej odpowiedzi
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Stałe brzmienie formularza w tej kolumnie (nagłówki, etykiety i opcje) jest tłumaczeniem maszynowym, którego nie zweryfikował jeszcze żaden tłumacz prawniczy.
pdf-review-answers = Odpowiedzi sporządził organ wzywający, który dostarczył również ich brzmienie w drugim języku.
# The same in an answer to a request.
pdf-review-answers-answer = Odpowiedzi sporządził organ udzielający odpowiedzi, który dostarczył również ich brzmienie w drugim języku.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Tłumaczenie odpowiedzi sprawdził(a) { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Tłumaczenie odpowiedzi sprawdził(a) { $name } ({ $office }).
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = od { $from } do { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = port źródłowy { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = w chwili { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = KOPIA DO WGLĄDU – OTRZYMANY WNIOSEK
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Kopia do wglądu otrzymanego wniosku, suma kontrolna { $fingerprint }; oryginałem jest PDF podpisany przez organ wzywający. Tekst swobodny wydrukowano tak, jak organ wzywający go zapisał i przetłumaczył.
