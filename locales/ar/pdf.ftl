# النصوص المطبوعة في ملف PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = الصفحة { $page } من { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = المرجع: { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = البصمة الرقمية: { $fingerprint }
pdf-draft = مسودة للتشاور
pdf-not-translated = [غير مترجم: الصياغة الأصلية واردة في العمود الآخر.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = تُركت دون ترجمة بقرار من السلطة الطالبة: الصياغة الأصلية واردة في العمود الآخر.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = تُركت دون ترجمة بقرار من السلطة المجيبة: الصياغة الأصلية واردة في العمود الآخر.
pdf-ticked = نعم
pdf-not-ticked = لا
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = كيفية صياغة هذا الطلب
pdf-review-heading-answer = كيفية صياغة هذا الرد
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = الصياغة الثابتة للنموذج في هذا العمود (العناوين والتسميات والخيارات) ترجمة آلية لم يراجعها بعد أي مترجم قانوني.
pdf-review-answers = كتبت السلطة الطالبة الإجابات، وقدّمت أيضًا صياغتها باللغة الأخرى.
# The same in an answer to a request.
pdf-review-answers-answer = كتبت السلطة المجيبة الإجابات، وقدّمت أيضًا صياغتها باللغة الأخرى.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = دقّق ترجمةَ الإجابات { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = دقّق ترجمةَ الإجابات { $name } ({ $office }).
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = من { $from } إلى { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = منفذ المصدر { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = في { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = نسخة للاطلاع من طلب وارد
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = نسخة للاطلاع من طلب وارد، البصمة الرقمية { $fingerprint }؛ والأصل هو ملف PDF الذي وقّعته السلطة الطالبة. النص الحر مطبوع كما حررته السلطة الطالبة وترجمته.
