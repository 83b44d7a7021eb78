# PDF-də çap olunan mətnlər.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Səhifə { $page } / { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = İstinad № { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Yoxlama kodu { $fingerprint }
pdf-draft = MƏSLƏHƏTLƏŞMƏ ÜÇÜN LAYİHƏ
pdf-not-translated = [Tərcümə edilməyib: orijinal mətn digər sütundadır.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Sorğu edən orqan tərəfindən tərcüməsiz saxlanılıb: orijinal mətn digər sütundadır.
pdf-left-untranslated-answer = Cavab verən orqan tərəfindən tərcüməsiz saxlanılıb: orijinal mətn digər sütundadır.
pdf-ticked = Bəli
pdf-not-ticked = Xeyr
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Bu sorğu necə tərtib edilib
pdf-review-heading-answer = Bu cavab necə tərtib edilib
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Bu sütunda formanın sabit mətni (başlıqlar, sahə adları və seçimlər) hələ heç bir hüquqi tərcüməçinin yoxlamadığı maşın tərcüməsidir.
pdf-review-answers = Cavablar sorğu edən orqan tərəfindən yazılıb; onların digər dildəki mətnini də həmin orqan təqdim edib.
pdf-review-answers-answer = Cavablar cavab verən orqan tərəfindən yazılıb; onların digər dildəki mətnini də həmin orqan təqdim edib.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Cavabların tərcüməsi { $name } tərəfindən yoxlanılıb.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Cavabların tərcüməsi { $name } ({ $office }) tərəfindən yoxlanılıb.
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = başlanğıc: { $from }, son: { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = mənbə portu { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = vaxt: { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = TANIŞLIQ NÜSXƏSİ – DAXİL OLMUŞ SORĞU
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Daxil olmuş sorğunun tanışlıq nüsxəsi, yoxlama kodu { $fingerprint }; əsli sorğu edən orqanın imzaladığı PDF-dir. Sərbəst mətn sorğu edən orqanın yazdığı və tərcümə etdiyi kimi çap olunub.
