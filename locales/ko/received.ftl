# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = 받은 요청
received-intro = 다른 기관이 Tandem으로 작성한 요청이 여기에서 읽기 전용으로 열리며, 모든 항목명, 체크 표시, 국가 및 날짜가 이 화면의 언어로 표시됩니다. 파일은 이 브라우저 안에 머뭅니다.
received-open = 받은 요청 열기(해당 PDF 또는 초안 파일)
received-none = 아직 받은 요청이 없습니다.
# Terms of a request received in the list (each followed by its value).
received-from = 요청기관
received-reference = 참조번호
received-date = 받은 일시
received-delete = 삭제
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = 받은 요청을 삭제했습니다: { $title }. 되돌리려면 해당 파일을 다시 여십시오.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = 이 파일은 { $limit } kB보다 커서 Tandem으로 작성된 어떤 요청보다도 큽니다. 아무것도 저장되지 않았습니다.
received-refused-not-pdf = 이 파일은 PDF도 아니고 Tandem 초안 파일도 아닙니다. 아무것도 저장되지 않았습니다.
received-refused-no-data = 이 PDF에는 요청이 데이터로 들어 있지 않습니다. Tandem으로 작성되지 않았거나 작성된 후 변경되었습니다. 아무것도 저장되지 않았습니다.
received-refused-unreadable = 이 파일의 요청 데이터를 읽을 수 없습니다. 데이터가 손상되었거나 Tandem 형식이 아닙니다. 아무것도 저장되지 않았습니다.
received-refused-newer = 이 요청은 더 새로운 버전의 Tandem으로 작성되었습니다. 아무것도 저장되지 않았습니다.
received-refused-unknown = 이 요청은 이 버전의 Tandem에 없는 종류의 요청입니다. 아무것도 저장되지 않았습니다.
received-refused-locked = 이 초안 파일은 암호문으로 잠겨 있습니다. 요청기관에 요청의 PDF를 요구하십시오. 아무것도 저장되지 않았습니다.
received-refused-fingerprint = 이 PDF의 요청 데이터가 PDF에 인쇄된 지문과 일치하지 않습니다. 파일이 작성된 후 변경되었습니다. 아무것도 저장되지 않았습니다. PDF 자체의 인쇄된 페이지를 읽고, 요청기관에 새 사본을 요구하십시오.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = 이 브라우저가 요청의 저장을 거부했습니다({ $reason }). 아무것도 저장되지 않았습니다.

# The screen of a request received.
received-banner = 받은 요청 — 읽기 전용. 요청기관이 Tandem으로 작성했으며, 답변은 요청기관의 것입니다.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = 이 브라우저에서 받은 일시: { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = 요청의 문서 언어: { $a } | { $b }. 자유 기재 내용은 요청기관이 { $a }(으)로 작성한 그대로 표시되고, 그 옆에 요청기관 자신의 { $b } 번역이 표시됩니다.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = 지문 { $fingerprint }: 요청의 PDF 각 페이지에 인쇄된 대로 요청 데이터와 일치합니다.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = 지문 { $fingerprint }: 초안 파일에서 계산한 것이며, 이 파일에는 대조할 인쇄된 지문이 없습니다.
received-copy-heading = 열람용 사본
received-copy-intro = 이 요청을 원하는 두 언어로 PDF로 내보낼 수 있습니다. 예를 들어 요청의 언어와 귀하의 언어를 나란히 둘 수 있습니다. 모든 페이지에 받은 요청의 열람용 사본이라는 표시가 있으며, 서명란은 없습니다.
received-copy-export = 열람용 사본 내보내기(PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = 이 요청에 회신
received-answer-intro = 각 회신은 별도의 양식으로, 이 요청의 참조번호, 날짜 및 지문이 기재되며 귀하의 언어와 요청기관의 언어로 된 2개 언어 PDF로 내보내집니다. PDF에는 회신이 데이터로 들어 있어, 요청한 쪽의 Tandem이 이를 이 요청에 대한 회신으로 기록합니다.
received-answers-made = 이 요청에 대해 작성한 회신
