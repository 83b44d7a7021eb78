# Screens of the app.

app-name = Tandem
app-tagline = 전자적 증거에 관한 국제 요청을 두 언어로
app-ui-language = 화면 언어
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = 기계 번역, 아직 검토되지 않음
app-language-search = 언어 찾기(이름 또는 코드)
app-language-none = 입력한 내용과 일치하는 언어가 없습니다.
app-language-group-latin = 라틴 문자
app-language-group-cyrillic = 키릴 문자
app-language-group-rtl = 아랍 문자 및 히브리 문자
app-language-group-other = 그 밖의 문자
app-document-languages = 문서 언어
app-document-language-a = 요청기관의 언어
app-document-language-b = 피요청국의 언어
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = 요청기관의 언어와 피요청국의 언어가 서로 교환되었습니다. 두 문서 언어는 항상 서로 다릅니다. 한 언어로 된 PDF가 필요하면 여기에서는 두 언어를 유지하고 내보낼 때 단일 언어 배치를 선택하십시오.
app-export-pdf = PDF 내보내기
app-export-consultation = 협의용 초안 내보내기
app-exporting = PDF를 준비하고 있습니다…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF를 만들 수 없습니다: { $reason }
app-export-font-missing = 글꼴 { $font }이(가) 아직 이 기기에 없습니다. 이 언어로 된 PDF를 인터넷에 연결된 상태에서 처음 만들 때 저장됩니다. 한 번 연결한 후 PDF를 다시 만드십시오.
app-saved = 이 브라우저에 저장되었습니다
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = 이 브라우저가 초안 저장을 거부했습니다({ $reason }). 아무것도 잃지 않도록 지금 초안을 내려받으십시오.
app-download-draft = 초안 내려받기
app-privacy = 모든 내용은 이 브라우저 안에만 남습니다. 입력한 내용은 어디로도 전송되지 않습니다.
app-request-type = 요청의 종류
app-template-loading = 이 종류의 요청을 불러오는 중…
app-template-failed = 이 종류의 요청을 불러올 수 없습니다. 연결을 확인한 후 다시 시도하십시오. 아무것도 손실되지 않았습니다.
app-load-failed = Tandem의 이 부분을 불러올 수 없습니다. 연결을 확인한 후 다시 시도하십시오. 아무것도 손실되지 않았습니다.
app-choose = 선택하십시오…
app-required = 필수
app-errors-heading = 문제가 있습니다
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] 필수 항목 { $total }개 중 { $done }개 완료
   *[other] 필수 항목 { $total }개 중 { $done }개 완료 · 번역할 답변 { $translate }개
}

# Repeatable rows and identifiers.
app-add-row = 행 추가
app-remove-row = 삭제
app-move-up = 위로 이동
app-move-down = 아래로 이동
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = { $number }행
app-add-identifier = 식별자 추가
identifier-type = 식별자의 종류
identifier-type-ip = IP 주소
identifier-type-email = 전자우편 주소
identifier-type-phone = 전화번호
identifier-type-account = 계정 또는 사용자 ID
identifier-type-username = 사용자 이름
identifier-type-url = URL(웹 주소)
identifier-type-domain = 도메인 이름
identifier-type-device = 기기 식별자(IMEI, MAC 주소, 일련번호)
identifier-value = 식별자
identifier-port = 출발지 포트
identifier-at = 사용 일시
identifier-from = 데이터 시작 시점
identifier-to = 데이터 종료 시점
app-date = 날짜
app-time = 시각
app-time-zone = 시간대
app-choose-time-zone = 시간대를 선택하십시오…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — 요청기관의 시간대
app-currency = 통화
app-utc-equivalent = UTC 환산 시각
app-translation = 다른 문서 언어로 된 문구

# Validation messages, shown at the field and in the summary.
validation-required = 이 질문에 답하십시오.
validation-choose-one = 선택지 중 하나를 고르십시오.
validation-exclusive = "해당 없음"은 다른 선택지와 함께 표시할 수 없습니다.
validation-email = name@example.org와 같은 형식으로 전자우편 주소를 입력하십시오.
validation-phone = 번호는 + 및 국가 번호로 시작하는 국제 형식으로 입력하십시오(예: +995 32 200 00 00).
validation-url = https:// 또는 http://로 시작하는 전체 웹 주소를 입력하십시오.
validation-domain = example.org와 같은 형식으로 도메인 이름을 입력하십시오.
validation-ip = 192.0.2.10과 같은 IPv4 주소 또는 2001:db8::1과 같은 IPv6 주소를 입력하십시오.
validation-port = 1부터 65535까지의 포트 번호를 입력하십시오.
validation-ip-port-missing = 출발지 포트를 기재하십시오. 공유 주소 뒤에서는 이것이 없으면 제공자가 가입자를 식별하지 못할 수 있습니다.
validation-ip-time-missing = 해당 IP 주소가 사용된 정확한 일시를 시간대와 함께 기재하십시오.
validation-date = 날짜는 연-월-일 형식으로 입력하십시오(예: 2026-11-22).
validation-date-time = 날짜와 시각을 입력하십시오.
validation-time-zone-missing = 이 시각의 시간대를 선택하십시오.
validation-time-zone = 시간대를 선택하십시오.
validation-country = 목록에서 국가를 선택하십시오.
validation-amount = 금액은 숫자로 입력하고, 소수 부분이 있으면 그 앞에 마침표를 쓰십시오(예: 4500 또는 4500.50).
validation-currency = 금액의 통화를 선택하십시오.
validation-identifier-type = 이 식별자의 종류를 선택하십시오.
validation-identifier-missing = 요청하는 데이터의 식별자를 하나 이상 추가하십시오.
validation-range-open = 기간의 시작과 끝을 모두 기재하십시오.
validation-range-order = 기간의 끝이 시작보다 앞섭니다.
validation-dates-order = 이 날짜는 이보다 앞서야 하는 날짜보다 이릅니다.
validation-us-damage-threshold = 미국은 일반적으로 피해액이 5,000미국달러 미만인 사건에 관한 요청을 거절합니다. 이 요청이 미국에서 집행될 수 있는지 검토하십시오.
validation-period-long = 이 기간은 이러한 종류의 요청에서 통상 정당화되는 기간보다 깁니다. 수사에 필요한 기간만 요청하거나, 요청서에 그 이유를 설명하십시오.
validation-recommended = 권장: 이 항목이 없는 요청은 흔히 거절되거나 반송됩니다.
validation-answers-differ = 이 답변은 요청서 앞부분에서 제공한 같은 정보와 다릅니다.
validation-untranslated = 이 답변의 다른 문서 언어 문구를 입력하거나 "두 언어에서 동일" 또는 "번역하지 않고 두기"를 선택하십시오.
validation-answers-contradict = 이 답변은 요청의 상태와 모순됩니다. 보전 요청에 따른 후속 요청이라는 것은 보전이 이미 요청되었음을 뜻합니다.
app-layout = PDF 배치
app-layout-side-by-side = 두 문서 언어를 나란히
app-layout-target-only = 피요청국의 언어만
app-layout-single = 요청기관의 언어만
