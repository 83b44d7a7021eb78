# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = Барак { $page } / { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = Чыгыш № { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = Текшерүү суммасы { $fingerprint }
pdf-draft = МАКУЛДАШУУ ҮЧҮН ДОЛБООР
pdf-not-translated = [Которулган эмес: түп нускадагы текст башка мамычада.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = Суроо-талап жөнөтүүчү орган тарабынан которулбай калтырылды: түп нускадагы текст башка мамычада.
pdf-left-untranslated-answer = Жооп берүүчү орган тарабынан которулбай калтырылды: түп нускадагы текст башка мамычада.
pdf-ticked = Ооба
pdf-not-ticked = Жок
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = Бул суроо-талап кантип түзүлгөн
pdf-review-heading-answer = Бул жооп кантип түзүлгөн
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = Бул мамычадагы форманын туруктуу тексти (аталыштар, талаалардын аттары жана варианттар) азырынча бир да юрист-котормочу текшере элек машиналык котормо болуп саналат.
pdf-review-answers = Жоопторду суроо-талап жөнөтүүчү орган жазган жана алардын башка тилдеги текстин да ошол орган берген.
pdf-review-answers-answer = Жоопторду жооп берүүчү орган жазган жана алардын башка тилдеги текстин да ошол орган берген.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = Жооптордун котормосун { $name } текшерген.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = Жооптордун котормосун { $name } ({ $office }) текшерген.
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = мезгил: { $from } – { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = булак порту { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = убактысы: { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = КЕЛИП ТҮШКӨН СУРОО-ТАЛАПТЫН ТААНЫШУУ ҮЧҮН КӨЧҮРМӨСҮ
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = Келип түшкөн суроо-талаптын таанышуу үчүн көчүрмөсү, текшерүү суммасы { $fingerprint }; түп нускасы — суроо-талап жөнөтүүчү орган кол койгон PDF документи. Эркин текст суроо-талап жөнөтүүчү орган жазгандай жана которгондой басылган.
