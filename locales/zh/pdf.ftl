# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = 第 { $page } 页，共 { $pages } 页
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = 编号：{ $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = 指纹：{ $fingerprint }
pdf-draft = 征求意见稿
pdf-not-translated = ［未翻译：原文见另一栏。］
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = 请求机关决定不予翻译：原文见另一栏。
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = 答复机关决定不予翻译：原文见另一栏。
pdf-ticked = 是
pdf-not-ticked = 否
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = 本请求的起草说明
pdf-review-heading-answer = 本答复的起草说明
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = 本栏中表格自带的文字（标题、标签和选项）为机器翻译，尚未经任何法律译员审校。
pdf-review-answers = 答复由请求机关编写，其另一种语言的文本也由请求机关提供。
# The same in an answer to a request.
pdf-review-answers-answer = 答复内容由答复机关编写，其另一种语言的文本也由答复机关提供。
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = 答复译文已由{ $name }校核。
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = 答复译文已由{ $name }（{ $office }）校核。
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = 自 { $from } 至 { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = 源端口 { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = 于 { $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = 收到的请求的阅读副本
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = 收到的请求的阅读副本，指纹 { $fingerprint }；原件为请求机关签名的PDF。自由文本按请求机关编写和翻译的原样印出。
