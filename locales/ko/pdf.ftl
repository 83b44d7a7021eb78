# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = { $pages }쪽 중 { $page }쪽
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = 참조번호 { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = 지문 { $fingerprint }
pdf-draft = 협의용 초안
pdf-not-translated = [번역되지 않음: 원문은 다른 단에 있습니다.]
pdf-ticked = 예
pdf-not-ticked = 아니요
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = { $from }부터 { $to }까지
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = 출발지 포트 { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = { $time } 기준
