# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Саҳифаи { $page } аз { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Рақ. { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Ҷамъи санҷишӣ { $fingerprint }
pdf-draft = ЛОИҲА БАРОИ МАШВАРАТ
pdf-not-translated = [Тарҷума нашудааст: матни аслӣ дар сутуни дигар аст.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Мақоми дархосткунанда бе тарҷума гузоштааст: матни аслӣ дар сутуни дигар аст.
pdf-left-untranslated-answer = Мақоми ҷавобдиҳанда бе тарҷума гузоштааст: матни аслӣ дар сутуни дигар аст.
pdf-ticked = Ҳа
pdf-not-ticked = Не
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Ин дархост чӣ тавр тартиб дода шуд
pdf-review-heading-answer = Ин ҷавоб чӣ тавр тартиб дода шуд
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Матни доимии шакл дар ҳамин сутун (сарлавҳаҳо, номи майдонҳо ва имконоти интихоб) тарҷумаи мошинӣ аст, ки ҳанӯз аз ҷониби тарҷумони ҳуқуқӣ санҷида нашудааст.
pdf-review-answers = Ҷавобҳоро мақоми дархосткунанда навиштааст, ки матни онҳоро бо забони дигар низ худаш пешниҳод кардааст.
pdf-review-answers-answer = Ҷавобҳоро мақоми ҷавобдиҳанда навиштааст, ки матни онҳоро бо забони дигар низ худаш пешниҳод кардааст.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Тарҷумаи ҷавобҳоро { $name } санҷидааст.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Тарҷумаи ҷавобҳоро { $name } ({ $office }) санҷидааст.
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = аз { $from } то { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = порти манбаъ { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = дар { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = НУСХА БАРОИ ШИНОСОӢ БО ДАРХОСТИ ВОРИДШУДА
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Нусха барои шиносоӣ бо дархости воридшуда, ҷамъи санҷишӣ { $fingerprint }; нусхаи аслӣ PDF-ест, ки мақоми дархосткунанда имзо кардааст. Матни озод чунон чоп шудааст, ки мақоми дархосткунанда онро навишта ва тарҷума кардааст.
