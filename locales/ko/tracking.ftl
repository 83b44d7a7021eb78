# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = 송부 후
tracking-intro = 이 요청에 관한 소속 기관의 기록입니다. 송부한 날짜와 받은 회신을 기록합니다. 초안과 함께 이 브라우저 안에 머물며 요청서에는 인쇄되지 않습니다.
tracking-status = 상태
tracking-status-draft = 아직 송부하지 않음
tracking-status-sent = 송부함
tracking-status-receipt-confirmed = 접수 확인됨
tracking-status-executed = 보전 집행됨
tracking-status-answered = 조치 통지됨
tracking-status-clarification-asked = 보충 설명 요청됨
tracking-status-refused = 집행 불가
tracking-status-closed = 종결됨

# Recording the request as sent.
tracking-sent-on = 송부 날짜
tracking-channel = 송부 방법
tracking-channel-email = 전자우편
tracking-channel-portal = 기관 또는 서비스 제공자의 포털
tracking-channel-post = 우편 또는 특송
tracking-channel-diplomatic = 외교 경로
tracking-channel-other = 그 밖의 경로
tracking-mark-sent = 송부한 것으로 기록
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = { $date }에 { $channel }(으)로 송부했습니다.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = { $date }까지 접수 확인이 올 것으로 예상됩니다.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = 송부 후 { $days }일 이내에 접수 확인이 없습니다. 이 요청에 대하여 후속 확인을 하십시오.
tracking-reminder = 캘린더 알림(.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = 접수 확인 기한: 요청 { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = 요청 { $reference }은(는) { $date }에 송부되었으나 아직 접수가 확인되지 않았습니다. 피요청기관에 접수 확인을 요구하십시오.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = 피요청기관이 { $date }까지의 보전을 확인했습니다.

# Answers received.
tracking-answers = 받은 회신
tracking-answers-none = 아직 기록된 회신이 없습니다.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $date } 자 { $kind }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = 상대방 참조번호: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = 사유: { $reasons }
tracking-answer-from-pdf = 회신 PDF에서 읽음
tracking-answer-by-hand = 직접 입력함

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = 받은 회신 직접 입력
tracking-answer-kind = 회신
tracking-answer-date = 회신 날짜
tracking-answer-reference = 상대방 참조번호
tracking-answer-ends-on = 데이터 보전 기한
tracking-answer-reasons = 사유
tracking-reason-incomplete = 요청이 불완전함
tracking-reason-wrong-addressee = 잘못된 기관 또는 법인
tracking-reason-identification = 이용자 또는 데이터 식별 불충분
tracking-reason-not-held = 데이터 미보유
tracking-reason-retention-expired = 데이터가 더 이상 보관되지 않음
tracking-reason-legal-obstacle = 법적 장애
tracking-reason-dual-criminality = 쌍방가벌성 요건 미충족
tracking-reason-other = 그 밖의 사유
tracking-record = 회신 기록
tracking-date-needed = 날짜를 연-월-일 형식으로 입력하십시오. 예: 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = 요청 종결
tracking-reopen = 요청 재개
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = { $date }에 종결했습니다.
tracking-category = 범죄 분류(소속 기관 통계용)
tracking-category-none = 선택하지 않음
tracking-category-confidentiality = 컴퓨터 데이터 및 시스템의 비밀성, 무결성 및 가용성에 대한 범죄
tracking-category-computer-related = 컴퓨터 관련 위조 또는 사기
tracking-category-content = 내용 관련 범죄
tracking-category-copyright = 저작권 및 관련 권리의 침해
tracking-category-other = 그 밖의 범죄

# Recording an answer from its PDF (home screen).
tracking-open-answer = 받은 회신 기록(해당 PDF)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = 요청 { $reference }에 대한 { $kind }을(를) 기록했습니다.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = 이 회신은 요청 { $reference }에 대하여 이미 기록되어 있습니다.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = 이 브라우저에는 이 회신과 일치하는 요청이 없습니다(회신에 기재된 요청은 { $reference }입니다). 먼저 요청의 초안 파일을 가져오십시오. 잠긴 요청은 잠금을 해제해야 합니다. 아무것도 저장되지 않았습니다.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = 이 브라우저에 참조번호가 { $reference }인 요청이 여러 개 있으나, 그중 어느 것에도 이 회신에 기재된 지문이 인쇄되어 있지 않습니다. 올바른 요청에 회신을 직접 입력하십시오. 아무것도 저장되지 않았습니다.
tracking-not-answer = 이 PDF는 요청이며 요청에 대한 회신이 아닙니다. “받은 요청”에서 여십시오. 아무것도 저장되지 않았습니다.
tracking-is-answer = 이 PDF는 요청에 대한 회신이며 요청이 아닙니다. “받은 회신 기록”으로 기록하십시오. 아무것도 저장되지 않았습니다.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = 상태
tracking-filter-country = 국가
tracking-filter-type = 요청 유형
tracking-filter-all = 전체
tracking-filter-overdue = 접수 확인 기한이 지난 요청만
tracking-confirm-days = 접수 확인을 기다리는 일수
tracking-overdue-flag = 접수 확인 기한 경과
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = { $total }건 중 { $shown }건 표시
