# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = { $page } / { $pages } ページ
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = 整理番号 { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = フィンガープリント { $fingerprint }
pdf-draft = 協議用草案
pdf-not-translated = ［未翻訳：原文はもう一方の欄にあります。］
pdf-ticked = はい
pdf-not-ticked = いいえ
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = { $from } から { $to } まで
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = 送信元ポート { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = { $time } 時点
