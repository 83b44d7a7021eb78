# 서비스 제공자에게 보내는 요청에서 서비스 제공자를 선택하는 부분: providers/의 프로필(각 서비스에 대하여
# 책임을 지는 주체, 요청을 보내는 곳, 요청에 갖추어야 할 사항). 각 사실은 명시된 날짜에 공개 자료에서 확인한 것입니다.

provider-picker = 서비스 제공자
    .hint = 제공자를 선택하면 아래의 법인, 그 주소 및 연락처가 제공자의 프로필에서 채워집니다. 또는 "그 밖의 서비스 제공자"를 선택하고 직접 입력하십시오. 프로필에 없는 사실은 직접 채워야 합니다.
provider-picker-other = 그 밖의 서비스 제공자(아래에 입력)
provider-picker-service = 서비스
provider-picker-region = 관련 이용자의 거주지
provider-picker-requesters = 요청기관의 소재지
provider-picker-filled = { $provider }의 프로필에서 채웠습니다. 요청을 보내기 전에 모든 사실을 확인하십시오.
provider-profile-read = 이 프로필은 { $date }에 공개 자료에서 확인한 것으로, 최신이 아닐 수 있습니다. 요청을 보내기 전에 제공자 자신의 법집행기관용 안내를 확인하십시오.
provider-profile-requirements = 제공자가 요청에 요구하는 사항
provider-profile-no-requirements = 프로필에는 이 종류의 요청에 대한 요구 사항이 없습니다.
provider-profile-emergency = 긴급 요청
provider-profile-no-emergency = 프로필에는 긴급 요청을 위한 경로가 없습니다.
provider-profile-preservation = 요청에 따른 보전
provider-profile-preservation-days = { $extendable ->
        [yes] 데이터는 { $days }일 동안 보전됩니다. 연장을 요청할 수 있습니다.
        [no] 데이터는 { $days }일 동안 보전됩니다. 보전은 연장되지 않습니다.
       *[unknown] 데이터는 { $days }일 동안 보전됩니다. 보전을 연장할 수 있는지는 자료에 나와 있지 않습니다.
    }
provider-profile-preservation-extension = 연장은 1회에 { $days }일입니다.
provider-profile-preservation-max-extensions = { $count ->
        [one] 연장은 최대 { $count }회입니다.
       *[other] 연장은 최대 { $count }회입니다.
    }
provider-profile-no-preservation = 프로필에는 보전 기간이 없습니다.
provider-profile-languages = 요청서 작성에 사용할 수 있는 언어: { $codes }
provider-profile-not-found = 자료에서 찾았으나 확인되지 않은 사항: { $kinds }
provider-profile-sources = 자료
provider-profile-source = { $title }, { $date } 확인: { $url }
provider-profile-source-secondary = { $title }, { $date } 확인: { $url } (제공자의 관행에 대한 제3자의 설명이므로, 근거로 삼기 전에 확인하십시오)

## 연락처
provider-contact-portal = 포털(계정 필요): { $value }
provider-contact-web-form = 웹 양식: { $value }
provider-contact-email = 전자우편: { $value }

## 프로필이 (국가 외에) 구별하는 지역으로, 선택 목록에 표시됨
provider-region-eu = 유럽연합
provider-region-eea = 유럽경제지역
provider-region-european-region = 제공자의 "유럽 지역"
provider-region-non-us = 미국 외 지역
provider-region-other = 그 밖의 지역

## 프로필이 담고 있는 사실의 종류
provider-fact-entity = 법인
provider-fact-address = 법적 절차 문서의 송달 주소
provider-fact-portal = 요청용 포털 또는 주소
provider-fact-emergency = 긴급 요청 경로
provider-fact-languages = 허용되는 언어
provider-fact-preservation = 보전 기간
provider-fact-preservation-extension = 보전의 연장
provider-fact-requirements = 요구 사항

## 요구 사항 코드(providers/README.md)
provider-requirement-official-email-domain = 공식 정부 전자우편 주소로 보낼 것(또는 그러한 주소로 만든 포털 계정을 통하여 보낼 것)
provider-requirement-portal-account = 제공자의 포털을 통하여 계정으로 보낼 것
provider-requirement-in-writing = 서면으로 작성할 것
provider-requirement-signature = 요청 공무원이 서명할 것
provider-requirement-letterhead = 기관의 공식 서식 용지에 작성할 것
provider-requirement-non-editable-format = 수정할 수 없는 형식으로 보낼 것
provider-requirement-issued-under-law = 기관에 권한을 부여하는 법률에 따라 그 절차를 거쳐 발부될 것
provider-requirement-account-identifier = 제공자 자신의 식별자(이용자 ID, 사용자 이름, URL, 전자우편 주소)로 계정을 특정할 것
provider-requirement-relevance-stated = 요청하는 데이터와 수사의 관련성을 기재할 것
provider-requirement-entity-for-user-location = 이용자의 거주지를 담당하는 법인 앞으로 보낼 것
provider-requirement-mlat-for-content = 내용 데이터의 경우: 형사사법공조(조약 또는 촉탁서) 또는 미국 CLOUD Act에 따라 체결된 협정을 통할 것
provider-requirement-mlat-for-disclosure = 모든 공개의 경우: 형사사법공조 또는 촉탁서를 통할 것
provider-requirement-subpoena-or-equivalent-for-non-content = 내용 데이터가 아닌 데이터의 경우: 소환장(subpoena) 또는 이에 상당하는 현지의 문서
provider-requirement-warrant-or-equivalent-for-content = 내용 데이터의 경우: 수색영장, 법원 명령 또는 이에 상당하는 현지의 문서
provider-requirement-judicial-order = 사법기관의 명령
provider-requirement-formal-channel-only = 제공자의 공식 경로를 통해서만 보낼 것. 비공식 요청에는 응답하지 않음
provider-requirement-emergency-form = 긴급 요청: 제공자 자신의 긴급 양식을 사용할 것
provider-requirement-emergency-facts-stated = 긴급 요청: 사망 또는 중대한 신체 상해의 위험과 데이터로 그 위험을 어떻게 막을 수 있는지를 기재할 것
