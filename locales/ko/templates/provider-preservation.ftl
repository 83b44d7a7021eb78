# 서식 provider-preservation: 데이터 보전을 위하여 서비스 제공자에게 직접 보내는 요청.
# 조약은 인용하지 않습니다. 제공자는 자신의 정책과 법에 따라 결정하며, 요청서에는 요청기관이 근거하는
# 국내법을 기재합니다.

provider-preservation-legal-basis = 요청기관이 자국 국내법(제6절)에 따라 서비스 제공자에게 직접 하는 요청

## 1~3: 날짜, 참조번호, 요청 상태

provider-preservation-date = 날짜
provider-preservation-reference = 참조번호 / 사건번호
provider-preservation-status = 요청 상태
provider-preservation-status-new = 새 요청
provider-preservation-status-extension = 이전 보전 요청의 연장
provider-preservation-status-previous-reference = 이전 요청의 참조번호(서비스 제공자가 부여한 번호가 있으면 그 번호)
provider-preservation-previous-request-date = 이전 요청의 날짜

## 4 수신 서비스 제공자

provider-preservation-addressee = 수신 서비스 제공자
provider-preservation-addressee-name = 수신 법인
    .hint = 해당 서비스와 관련 이용자에 대하여 책임을 지는 회사. 잘못된 법인에 보낸 요청은 거절되는 경우가 많습니다. 위에서 제공자를 선택하거나, 제공자의 법집행기관용 안내에 기재된 법인을 입력하십시오.
provider-preservation-addressee-service = 관련 서비스
    .hint = 데이터를 보전해야 할 서비스를 이용자가 아는 이름으로 기재하십시오(예: 사회관계망 서비스, 전자우편 또는 메시지 서비스).
provider-preservation-addressee-country = 법인의 설립국
provider-preservation-addressee-address = 법적 절차 문서의 송달 주소
provider-preservation-addressee-portal = 법집행기관 요청용 포털 또는 웹 양식
provider-preservation-addressee-email = 법집행기관 요청용 전자우편

## 5 요청기관

provider-preservation-requesting-authority = 요청기관
provider-preservation-requesting-authority-organisation = 기관
provider-preservation-requesting-authority-person = 요청 담당 공무원
provider-preservation-requesting-authority-position = 직위 또는 직급
provider-preservation-requesting-authority-address = 주소
provider-preservation-requesting-authority-telephone = 전화번호
    .hint = + 및 국가 번호로 시작하는 국제 형식으로 기재하십시오. 서비스 제공자가 다시 전화하여 요청이 진정한 것인지 확인할 수 있도록 하기 위한 것입니다.
provider-preservation-requesting-authority-cell-phone = 휴대전화 번호
provider-preservation-requesting-authority-email = 공식 전자우편 주소
    .hint = 소속 기관의 공식 도메인에 속한 주소. 서비스 제공자는 개인 또는 무료 전자우편 주소에서 보낸 요청을 거절할 수 있습니다.
provider-preservation-requesting-authority-time-zone = 시간대
    .hint = 사무소의 시간대를 UTC와의 시차로 표시하십시오. 달리 명시하지 않는 한 이 요청서의 모든 시각은 이 시간대에 따릅니다.

## 6 국내법적 근거

provider-preservation-domestic-legal-basis = 요청기관의 법에 따른 요청의 법적 근거
provider-preservation-domestic-legal-basis-domestic-legal-basis = 요청기관이 근거하는 국내법 규정
    .hint = 소속 기관에 사건을 수사하고 이 요청을 할 권한을 부여하는 자국 법령의 조문(예: 형사소송법). 조약을 인용하지 말고, 서비스 제공자에게 그 자신의 법을 설명하지 마십시오. 제공자는 자신의 정책과 법에 따라 요청에 응할지를 결정합니다.
provider-preservation-domestic-legal-basis-decision = 요청을 허가하는 결정 또는 명령(있는 경우)
    .hint = 자국 법률이 요구하는 경우, 요청의 근거가 되는 결정, 명령 또는 영장의 발부 기관, 날짜 및 번호.

## 7 범죄 및 사실관계

provider-preservation-offence = 범죄 및 사실관계 요약
provider-preservation-offence-offences = 수사 중인 범죄
    .hint = 범죄마다 한 행씩: 범죄의 명칭 또는 간단한 설명, 그 범죄를 규정하는 자국 형법의 규정, 법정 최고형.
provider-preservation-offence-offences-offence = 범죄
provider-preservation-offence-offences-provision = 법률 규정
provider-preservation-offence-offences-penalty = 법정 최고형
provider-preservation-offence-facts = 사실관계 요약
    .hint = 무엇이, 언제, 어디서 일어났는지 몇 문장으로 기재하고, 모든 일시에 시간대를 함께 기재하십시오. 서비스 제공자에게는 데이터를 찾는 데 필요한 정도 이상은 필요하지 않습니다. 피의자나 피해자의 이름은 필요한 경우에만 기재하십시오.

## 8 보전되어야 할 데이터

provider-preservation-data = 보전되어야 할 데이터
provider-preservation-data-identifiers = 보전되어야 할 계정 또는 데이터의 식별자
    .hint = 각 계정, 사용자 이름, 이용자 ID, 전자우편 주소, 전화번호, URL 또는 IP 주소를 서비스에 표시되는 그대로 기재하십시오. 잘못되거나 불완전한 식별자는 거절의 주된 이유입니다. IP 주소의 경우 출발지 포트와 정확한 사용 일시를 시간대와 함께 기재하십시오. 하나의 식별자에만 관련된 기간은 그 식별자의 행에 기재하십시오.
provider-preservation-data-period = 보전되어야 할 데이터의 기간
    .hint = 모든 식별자에 공통되는 경우 데이터가 포괄해야 할 기간으로, 시작과 끝을 각각 시간대와 함께 기재하십시오. 장기간(90일 초과)에 대한 요청은 범위가 지나치게 넓다는 이유로 거절되는 경우가 많습니다.
provider-preservation-data-categories = 보전되어야 할 데이터의 범주
    .hint = 수사에 필요한 것만 표시하십시오. 보전은 데이터를 있는 그대로 유지할 뿐 공개하는 것이 아닙니다. 데이터는 제9절에 기재된 법적 절차를 통하여 요청됩니다.
provider-preservation-data-categories-subscriber = 가입자 정보
provider-preservation-data-categories-traffic = IP 주소 및 로그인 기록을 포함한 트래픽 데이터
provider-preservation-data-categories-content = 내용 데이터
provider-preservation-data-categories-other = 그 밖의 데이터
provider-preservation-data-categories-other-detail = 보전되어야 할 그 밖의 데이터
provider-preservation-data-relationship = 데이터와 수사의 관련성
    .hint = 이 계정 또는 데이터가 범죄와 어떻게 관련되는지 보이십시오. 예: 해당 계정이 2026. 11. 20. 14:03(UTC+04:00)에 협박 메시지를 보냈다는 것.

## 9 후속 법적 절차

provider-preservation-follow-up = 보전된 데이터의 공개
provider-preservation-follow-up-process = 요청기관은 다음 방법으로 보전된 데이터의 공개를 구할 예정입니다
    .hint = 보낼 것을 표시하십시오. 보전은 데이터를 유지할 뿐이므로, 데이터를 받으려면 보전이 종료되기 전에 충분한 여유를 두고 공개 요청을 보내거나 적시에 연장을 요청하십시오.
provider-preservation-follow-up-process-mla = 서비스 제공자가 설립된 국가에 대한 형사사법공조 요청
provider-preservation-follow-up-process-provider = 서비스 제공자에 대한 자발적 공개 요청
provider-preservation-follow-up-process-other = 그 밖의 법적 절차
provider-preservation-follow-up-process-other-detail = 법적 절차
provider-preservation-follow-up-expected-date = 공개 요청의 예정일
    .hint = 서비스 제공자가 데이터를 얼마 동안 보전하는지는 그 제공자의 정책에 따릅니다. 위의 프로필을 참조하여 그 기간 안에 공개 요청을 보내십시오.

## 10 비밀유지

provider-preservation-confidentiality = 비밀유지
provider-preservation-confidentiality-conditions = 요청하는 비밀유지 조치
    .hint = 일부 서비스 제공자는 달리 요청받지 않으면 요청 사실을 이용자에게 알리며, 알릴지 여부를 스스로 결정합니다. 수사에 필요한 것을 표시하고 그 이유를 아래에 기재하십시오.
provider-preservation-confidentiality-conditions-no-notification = 이 요청에 관하여 이용자, 계정 보유자 또는 제3자에게 통지하지 마십시오
provider-preservation-confidentiality-conditions-warn = 귀사의 정책상 이용자에게 통지하여야 하는 경우, 통지하기 전에 요청기관에 알려 주십시오
provider-preservation-confidentiality-details = 비밀유지의 이유

## 11 회신

provider-preservation-reply = 회신
provider-preservation-reply-acknowledgement = 데이터가 보전되었음을 확인하고, 이 요청에 부여된 참조번호와 보전이 종료되는 날짜를 알려 주십시오
provider-preservation-reply-channel = 다음 방법으로 회신하여 주십시오
provider-preservation-reply-channel-email = 제5절에 기재된 요청기관의 공식 주소로 전자우편을 통하여
provider-preservation-reply-channel-portal = 귀사의 법집행기관용 포털을 통하여
provider-preservation-reply-channel-other = 그 밖의 방법으로
provider-preservation-reply-channel-other-detail = 회신 방법
