# 서식 provider-disclosure: 내용 데이터가 아닌 데이터(가입자 정보, IP 주소 및 로그인 기록)의 자발적 공개를
# 위하여 서비스 제공자에게 직접 보내는 요청. 조약은 인용하지 않습니다. 제공자는 자신의 정책과 법에 따라 공개
# 여부를 결정하며, 요청서에는 요청기관이 근거하는 국내법을 기재합니다.

provider-disclosure-legal-basis = 요청기관이 자국 국내법(제6절)에 따라 자발적 공개를 위하여 서비스 제공자에게 직접 하는 요청
provider-disclosure-date = 날짜
provider-disclosure-reference = 참조번호 / 사건번호
provider-disclosure-status = 요청 상태
provider-disclosure-status-new = 새 요청
provider-disclosure-status-follow-up-preservation = 서비스 제공자에게 보낸 보전 요청에 따른 후속 요청
provider-disclosure-previous-preservation = 후속 대상 보전 요청
provider-disclosure-previous-preservation-date = 보전 요청의 날짜
provider-disclosure-previous-preservation-reference = 보전 요청의 참조번호
provider-disclosure-previous-preservation-provider-reference = 서비스 제공자가 보전에 부여한 참조번호
    .hint = 서비스 제공자가 자체 참조번호로 보전을 확인하였다면 그 번호를 기재하십시오. 그러면 제공자가 보전된 데이터를 바로 찾을 수 있습니다.

## 4 수신 서비스 제공자

provider-disclosure-addressee = 수신 서비스 제공자
provider-disclosure-addressee-name = 수신 법인
    .hint = 해당 서비스와 관련 이용자에 대하여 책임을 지는 회사. 잘못된 법인에 보낸 요청은 거절되는 경우가 많습니다. 위에서 제공자를 선택하거나, 제공자의 법집행기관용 안내에 기재된 법인을 입력하십시오.
provider-disclosure-addressee-service = 관련 서비스
    .hint = 데이터를 요청하는 서비스를 이용자가 아는 이름으로 기재하십시오(예: 사회관계망 서비스, 전자우편 또는 메시지 서비스).
provider-disclosure-addressee-country = 법인의 설립국
provider-disclosure-addressee-address = 법적 절차 문서의 송달 주소
provider-disclosure-addressee-portal = 법집행기관 요청용 포털 또는 웹 양식
provider-disclosure-addressee-email = 법집행기관 요청용 전자우편

## 5 요청기관

provider-disclosure-requesting-authority = 요청기관
provider-disclosure-requesting-authority-organisation = 기관
provider-disclosure-requesting-authority-person = 요청 담당 공무원
provider-disclosure-requesting-authority-position = 직위 또는 직급
provider-disclosure-requesting-authority-address = 주소
provider-disclosure-requesting-authority-telephone = 전화번호
    .hint = + 및 국가 번호로 시작하는 국제 형식으로 기재하십시오. 서비스 제공자가 다시 전화하여 요청이 진정한 것인지 확인할 수 있도록 하기 위한 것입니다.
provider-disclosure-requesting-authority-cell-phone = 휴대전화 번호
provider-disclosure-requesting-authority-email = 공식 전자우편 주소
    .hint = 소속 기관의 공식 도메인에 속한 주소. 서비스 제공자는 개인 또는 무료 전자우편 주소에서 보낸 요청을 거절할 수 있습니다.
provider-disclosure-requesting-authority-time-zone = 시간대
    .hint = 사무소의 시간대를 UTC와의 시차로 표시하십시오. 달리 명시하지 않는 한 이 요청서의 모든 시각은 이 시간대에 따릅니다.

## 6 국내법적 근거

provider-disclosure-domestic-legal-basis = 요청기관의 법에 따른 요청의 법적 근거
provider-disclosure-domestic-legal-basis-domestic-legal-basis = 요청기관이 근거하는 국내법 규정
    .hint = 소속 기관에 사건을 수사하고 이 데이터를 요청할 권한을 부여하는 자국 법령의 조문(예: 형사소송법). 조약을 인용하지 말고, 서비스 제공자에게 그 자신의 법을 설명하지 마십시오. 제공자는 자신의 정책과 법에 따라 공개 여부를 결정합니다.
provider-disclosure-domestic-legal-basis-decision = 요청을 허가하는 결정 또는 명령(있는 경우)
    .hint = 자국 법률이 요구하는 경우, 요청의 근거가 되는 결정, 명령 또는 영장의 발부 기관, 날짜 및 번호. 많은 서비스 제공자는 자국 법이 요구하는 문서 또는 이에 상당하는 현지의 문서를 요구합니다. 위의 제공자 요구 사항을 참조하십시오.

## 7 범죄 및 사실관계

provider-disclosure-offence = 범죄 및 사실관계 요약
provider-disclosure-offence-offences = 수사 중인 범죄
    .hint = 범죄마다 한 행씩: 범죄의 명칭 또는 간단한 설명, 그 범죄를 규정하는 자국 형법의 규정, 법정 최고형.
provider-disclosure-offence-offences-offence = 범죄
provider-disclosure-offence-offences-provision = 법률 규정
provider-disclosure-offence-offences-penalty = 법정 최고형
provider-disclosure-offence-facts = 사실관계 요약
    .hint = 무엇이, 언제, 어디서 일어났는지 몇 문장으로 기재하고, 모든 일시에 시간대를 함께 기재하십시오. 서비스 제공자에게는 데이터를 찾고 그 데이터가 왜 필요한지 이해하는 데 필요한 정도 이상은 필요하지 않습니다. 피의자나 피해자의 이름은 필요한 경우에만 기재하십시오.

## 8 요청하는 데이터

provider-disclosure-data = 요청하는 데이터(통신 내용 제외)
provider-disclosure-data-identifiers = 관련 계정의 식별자
    .hint = 각 계정, 사용자 이름, 이용자 ID, 전자우편 주소, 전화번호, URL 또는 IP 주소를 서비스에 표시되는 그대로 기재하십시오. 잘못되거나 불완전한 식별자는 거절의 주된 이유입니다. IP 주소의 경우 출발지 포트와 정확한 사용 일시를 시간대와 함께 기재하십시오. 하나의 식별자에만 관련된 기간은 그 식별자의 행에 기재하십시오.
provider-disclosure-data-period = 요청하는 데이터의 기간
    .hint = 시작과 끝을 각각 시간대와 함께, 수사가 허용하는 한 좁게 기재하십시오. 장기간(90일 초과)에 대한 요청은 범위가 지나치게 넓다는 이유로 거절되는 경우가 많습니다.
provider-disclosure-data-categories = 요청하는 데이터의 범주
    .hint = 내용 데이터가 아닌 데이터만 해당합니다. 서비스 제공자는 일반적으로 형사사법공조를 통해서만 외국 기관에 통신 내용을 공개합니다. 수사에 필요한 것만 표시하십시오.
provider-disclosure-data-categories-subscriber = 가입자 정보: 제공된 이름, 주소, 전자우편 주소 및 전화번호, 그리고 계정 생성일
provider-disclosure-data-categories-registration-ip = 계정 생성에 사용된 IP 주소(날짜, 시각, 시간대 및 출발지 포트 포함)
provider-disclosure-data-categories-login-ip = 로그인 IP 주소(로그인 기록)(날짜, 시각, 시간대 및 출발지 포트 포함)
provider-disclosure-data-categories-services = 이용한 서비스와 이용 기간
provider-disclosure-data-categories-other = 내용 데이터가 아닌 그 밖의 데이터
provider-disclosure-data-categories-other-detail = 요청하는 그 밖의 데이터
provider-disclosure-data-relationship = 데이터와 수사의 관련성
    .hint = 이 계정이 범죄와 어떻게 관련되는지, 데이터로 무엇이 입증되는지 보이십시오. 예: 해당 계정이 2026. 11. 20. 14:03(UTC+04:00)에 협박 메시지를 보냈으며, 그 가입자 정보와 로그인 기록으로 계정을 사용한 사람을 특정할 수 있다는 것.

## 9 긴급성

provider-disclosure-urgency = 긴급성
provider-disclosure-urgency-reasons = 요청이 긴급한 경우 그 이유
    .hint = 예: 공판기일 또는 구속 심사 기일. 사람의 생명이나 안전에 위험이 있는 경우에는 이 요청 대신 긴급 공개 요청을 사용하십시오.
provider-disclosure-urgency-deadline = 데이터가 필요한 기한
    .hint = 기한이 없으면 비워 두십시오.

## 10 비밀유지

provider-disclosure-confidentiality = 비밀유지
provider-disclosure-confidentiality-conditions = 요청하는 비밀유지 조치
    .hint = 일부 서비스 제공자는 달리 요청받지 않으면 요청 사실을 이용자에게 알리며, 알릴지 여부를 스스로 결정합니다. 수사에 필요한 것을 표시하고 그 이유를 아래에 기재하십시오.
provider-disclosure-confidentiality-conditions-no-notification = 이 요청에 관하여 이용자, 계정 보유자 또는 제3자에게 통지하지 마십시오
provider-disclosure-confidentiality-conditions-warn = 귀사의 정책상 이용자에게 통지하여야 하는 경우, 통지하기 전에 요청기관에 알려 주십시오
provider-disclosure-confidentiality-details = 비밀유지의 이유

## 11 회신

provider-disclosure-reply = 회신
provider-disclosure-reply-format = 데이터의 희망 형식
provider-disclosure-reply-format-electronic = 기계 판독이 가능한 전자 형식(예: 스프레드시트 또는 CSV 파일)
provider-disclosure-reply-format-document = 전자 문서(PDF)
provider-disclosure-reply-format-usual = 귀사가 통상 사용하는 형식
provider-disclosure-reply-channel = 다음 방법으로 회신하여 주십시오
provider-disclosure-reply-channel-email = 제5절에 기재된 요청기관의 공식 주소로 전자우편을 통하여
provider-disclosure-reply-channel-portal = 귀사의 법집행기관용 포털을 통하여
provider-disclosure-reply-channel-other = 그 밖의 방법으로
provider-disclosure-reply-channel-other-detail = 회신 방법
