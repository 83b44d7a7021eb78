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
pdf-ticked = 是
pdf-not-ticked = 否
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
