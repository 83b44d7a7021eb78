# PDF-ում տպվող տեքստեր։

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Էջ { $page }՝ { $pages }-ից
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Ելից № { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Թվային դրոշմ { $fingerprint }
pdf-draft = ՆԱԽԱԳԻԾ ԽՈՐՀՐԴԱԿՑՈՒԹՅԱՆ ՀԱՄԱՐ
pdf-not-translated = [Թարգմանված չէ. բնօրինակի ձևակերպումը տրված է մյուս սյունակում։]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Հայցող մարմնի որոշմամբ թողնված է առանց թարգմանության. բնօրինակի ձևակերպումը տրված է մյուս սյունակում։
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = Պատասխանող մարմնի որոշմամբ թողնված է առանց թարգմանության. բնօրինակի ձևակերպումը տրված է մյուս սյունակում։
pdf-ticked = Այո
pdf-not-ticked = Ոչ
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Ինչպես է կազմվել այս հարցումը
pdf-review-heading-answer = Ինչպես է կազմվել այս պատասխանը
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Այս սյունակում ձևի հաստատուն տեքստը (վերնագրեր, դաշտերի անվանումներ և տարբերակներ) մեքենայական թարգմանություն է, որը դեռ չի ստուգել որևէ իրավաբան-թարգմանիչ։
pdf-review-answers = Պատասխանները գրել է հայցող մարմինը, որը տրամադրել է նաև դրանց ձևակերպումը մյուս լեզվով։
# The same in an answer to a request.
pdf-review-answers-answer = Դաշտերի բովանդակությունը գրել է պատասխանող մարմինը, որը տրամադրել է նաև դրա ձևակերպումը մյուս լեզվով։
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Պատասխանների թարգմանությունը ստուգել է { $name }։
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Պատասխանների թարգմանությունը ստուգել է { $name } ({ $office })։
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = սկիզբը՝ { $from }, ավարտը՝ { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = աղբյուրի պորտ { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = ժամը՝ { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = ՍՏԱՑՎԱԾ ՀԱՐՑՄԱՆ ԸՆԹԵՐՑՄԱՆ ՕՐԻՆԱԿ
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Ստացված հարցման ընթերցման օրինակ, թվային դրոշմ { $fingerprint }․ բնօրինակը հայցող մարմնի ստորագրած PDF-ն է։ Ազատ տեքստը տպված է այնպես, ինչպես հայցող մարմինը այն գրել և թարգմանել է։
