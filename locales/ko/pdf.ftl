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
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = 요청기관이 번역하지 않기로 함: 원문은 다른 단에 있습니다.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = 회신기관이 번역하지 않기로 함: 원문은 다른 단에 있습니다.
pdf-ticked = 예
pdf-not-ticked = 아니요
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = 이 요청서의 작성 경위
pdf-review-heading-answer = 이 회신의 작성 경위
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = 이 단에 있는 양식의 고정 문구(제목, 항목명 및 선택지)는 아직 어떤 법률 번역가도 검토하지 않은 기계 번역입니다.
pdf-review-answers = 답변은 요청기관이 작성하였으며, 다른 언어로 된 답변 문구도 요청기관이 제공하였습니다.
# The same in an answer to a request.
pdf-review-answers-answer = 기재 내용은 회신기관이 작성하였으며, 다른 언어로 된 문구도 회신기관이 제공하였습니다.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = 답변의 번역은 { $name }이(가) 확인하였습니다.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = 답변의 번역은 { $name }({ $office })이(가) 확인하였습니다.
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

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = 받은 요청의 열람용 사본
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = 받은 요청의 열람용 사본, 지문 { $fingerprint }. 원본은 요청기관이 서명한 PDF입니다. 자유 기재 내용은 요청기관이 작성하고 번역한 그대로 인쇄되어 있습니다.
