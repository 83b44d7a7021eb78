# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] 사이버범죄에 관한 협약(ETS 제185호) 제31조
       *[other] { basis-legal-basis }
    }
art31-traffic-date = 날짜
art31-traffic-reference = 참조번호 / 사건번호
art31-traffic-status = 요청의 상태
    .hint = 해당하는 항목을 모두 표시하십시오. 후속 요청을 선택하면 이전 요청의 세부 사항을 기재하는 제9절과 제10절이 열립니다.
art31-traffic-status-new = 신규 요청
art31-traffic-status-follow-up-mla = 이전 형사사법공조 요청에 따른 후속 요청(세부 사항은 제9절)
art31-traffic-status-follow-up-preservation = 이전 보전 요청에 따른 후속 요청(세부 사항은 제10절)
art31-traffic-requested-authority = 피요청기관
art31-traffic-requested-authority-country = 피요청국
art31-traffic-requested-authority-authority = 기관
    .hint = { $basis ->
            [budapest] 피요청국의 공조 담당 중앙기관(제27조 제2항) 또는 그 국가가 이러한 요청을 접수하도록 지정한 기관.
           *[other] 피요청국의 공조 담당 중앙기관 또는 그 국가가 이러한 요청을 접수하도록 지정한 기관.
        }
art31-traffic-requesting-authority = 요청기관
art31-traffic-requesting-authority-organisation = 기관
art31-traffic-requesting-authority-person = 요청 담당자
art31-traffic-requesting-authority-address = 주소
art31-traffic-requesting-authority-phone = 전화번호
art31-traffic-requesting-authority-mobile = 휴대전화 번호
art31-traffic-requesting-authority-email = 전자우편 주소
art31-traffic-requesting-authority-fax = 팩스 번호
art31-traffic-requesting-authority-office-hours = 근무시간
art31-traffic-requesting-authority-time-zone = 시간대
    .hint = 사무소의 시간대를 UTC와의 시차로 표시하십시오. 이 요청서의 그 밖의 모든 시각에는 각각의 시간대가 기재되어 있습니다.
art31-traffic-requesting-authority-response = 회신 방법
art31-traffic-requesting-authority-response-expedited = 전자우편 또는 그 밖의 신속한 수단에 의한 회신을 희망함
art31-traffic-requesting-authority-response-other = 그 밖의 수단에 의한 회신을 희망함
art31-traffic-requesting-authority-response-other-detail = 희망하는 회신 수단
art31-traffic-additional-contact = 요청기관의 추가 확인이 필요한 경우 연락처
art31-traffic-additional-contact-contacts = 연락 담당자
art31-traffic-additional-contact-contacts-name = 성명
art31-traffic-additional-contact-contacts-job-title = 직위
art31-traffic-additional-contact-contacts-function = 직무
art31-traffic-additional-contact-contacts-phone = 전화번호
art31-traffic-additional-contact-contacts-mobile = 휴대전화 번호
art31-traffic-additional-contact-contacts-email = 전자우편 주소
art31-traffic-investigating-authority = 사건을 담당하는 수사기관 / 집행기관(요청기관과 다른 경우)
art31-traffic-investigating-authority-organisation = 기관
art31-traffic-investigating-authority-person = 사건 담당자
art31-traffic-investigating-authority-address = 주소
art31-traffic-investigating-authority-phone = 전화번호
art31-traffic-investigating-authority-mobile = 휴대전화 번호
art31-traffic-investigating-authority-email = 전자우편 주소
art31-traffic-investigating-authority-fax = 팩스 번호
art31-traffic-prosecution-court = 담당 검찰청 또는 법원(해당하는 경우)
art31-traffic-prosecution-court-prosecution = 담당 검찰청 및 사건번호
art31-traffic-prosecution-court-court = 담당 법원 및 사건번호
art31-traffic-prosecution-court-decisions = 이 요청과 관련된 검찰 또는 법원의 결정
    .hint = 결정마다 결정한 기관, 그 날짜와 번호, 그리고 명하거나 허가하는 내용을 기재하십시오. 피요청국이 요구하면 사본을 첨부하십시오.
art31-traffic-previous-mla = 이전 형사사법공조 요청에 관한 정보(해당하는 경우)
art31-traffic-previous-mla-date = 날짜
art31-traffic-previous-mla-reference = 접수번호 / 참조번호
art31-traffic-previous-mla-requesting = 이전 요청을 한 기관의 연락처
art31-traffic-previous-mla-executing = 이전 요청에 회신한(또는 이를 집행한) 기관의 연락처
art31-traffic-previous-mla-channel = 이전 요청을 제출하는 데 사용한 통신 수단(전자우편 주소, 팩스 번호 등)
art31-traffic-previous-preservation = 이전 보전 요청에 관한 정보(해당하는 경우)
art31-traffic-previous-preservation-date = 날짜
art31-traffic-previous-preservation-reference = 접수번호 / 참조번호
art31-traffic-previous-preservation-requesting = 보전을 요청한 기관의 연락처
art31-traffic-previous-preservation-executing = 보전 요청에 회신한(또는 이를 집행한) 기관의 연락처
art31-traffic-previous-preservation-channel = 연락 경로
art31-traffic-previous-preservation-channel-network-247 = 24/7 네트워크 연락창구
art31-traffic-previous-preservation-channel-provider = 서비스 제공자에게 직접
art31-traffic-previous-preservation-channel-police = 경찰 협력 경로
art31-traffic-previous-preservation-channel-mla = 공조 담당 중앙기관
art31-traffic-previous-preservation-channel-other = 그 밖의 경로
art31-traffic-previous-preservation-channel-other-detail = 사용한 경로
art31-traffic-previous-preservation-expiry = 데이터 보전 종료일
    .hint = 피요청국 또는 서비스 제공자가 확인한 보전 종료 날짜(알고 있는 경우).
art31-traffic-legal-grounds = 요청의 법적 근거
art31-traffic-legal-grounds-domestic = 요청의 국내법적 근거(해당하는 경우)
    .hint = 이 요청의 근거가 되는 자국 법령의 규정. 예: 형사사법공조 요청에 관한 형사소송법의 조문.
art31-traffic-legal-grounds-instruments = 그 밖에 적용되는 조약 또는 약정
art31-traffic-legal-grounds-instruments-ets-30 = 형사사법공조에 관한 유럽협약(ETS 제30호) 및 그 의정서
art31-traffic-legal-grounds-instruments-bilateral = 양자 조약
art31-traffic-legal-grounds-instruments-bilateral-detail = 조약의 명칭 및 날짜
art31-traffic-legal-grounds-instruments-reciprocity = 상호주의
art31-traffic-offences = 범죄
art31-traffic-offences-offences = 범죄
art31-traffic-offences-offences-name = 범죄
art31-traffic-offences-offences-provision = 법률 규정
art31-traffic-offences-offences-penalty = 법정형의 상한
art31-traffic-offences-damage = 발생한 피해
    .hint = 피해가 있는 경우 그 금액을 해당 통화로 기재하십시오.
art31-traffic-offences-damage-below-threshold = 피해액이 5,000미국달러 상당액 미만임
    .hint = 요청서에는 인쇄되지 않는 본인 확인용입니다. 미국은 일반적으로 피해액이 5,000미국달러 미만인 사건에 관한 요청을 거절합니다. 자국 통화로 된 피해액을 이 금액과 비교하십시오.
art31-traffic-facts = 사실관계 요약
    .hint = 누가, 언제, 어디서, 무엇을 하였는지, 그리고 해당 서비스를 이용하여 범죄가 어떻게 저질러졌는지. 모든 시각에 시간대를 함께 기재하십시오.
art31-traffic-identifiers = 요청하는 데이터의 식별자 및 기간
art31-traffic-identifiers-identifiers = 요청하는 데이터의 식별자
    .hint = 데이터를 요청하는 각 계정, 주소 또는 번호. IP 주소의 경우 출발지 포트와 정확한 일시를 시간대와 함께 기재하십시오. 공유 주소 뒤에서는 이것이 없으면 제공자가 가입자를 식별할 수 없습니다.
art31-traffic-identifiers-period = 데이터를 요청하는 정확한 기간
    .hint = 시작과 끝을 시간대와 함께 기재하십시오. 수사에 필요한 기간만 요청하십시오. 장기간(90일 초과)에 대한 요청은 범위가 지나치게 넓다는 이유로 거절되는 경우가 많습니다.
art31-traffic-data = 요청하는 데이터
art31-traffic-data-traffic = 요청하는 트래픽 데이터
    .hint = { $basis ->
            [budapest] 처음 여덟 항목은 협약 제1조 d호의 트래픽 데이터 정의, 즉 통신 연쇄의 일부로서 컴퓨터 시스템이 생성한 데이터에 따른 것입니다.
           *[other] 통신 연쇄의 일부로서 컴퓨터 시스템이 생성한 데이터입니다. 수사에 필요한 것만 표시하십시오.
        }
art31-traffic-data-traffic-origin = 통신의 출발지
art31-traffic-data-traffic-destination = 통신의 목적지
art31-traffic-data-traffic-route = 경로
art31-traffic-data-traffic-time = 시각
art31-traffic-data-traffic-date = 날짜
art31-traffic-data-traffic-size = 크기
art31-traffic-data-traffic-duration = 지속시간
art31-traffic-data-traffic-service = 기반 서비스의 유형
art31-traffic-data-traffic-connection-log = IP 접속 기록: IP 주소, 출발지 포트, 일시가 포함된 로그인 및 로그아웃
art31-traffic-data-traffic-headers = 내용을 제외한 전자우편 헤더 정보
art31-traffic-data-traffic-other = 그 밖의 항목
art31-traffic-data-traffic-other-detail = 요청하는 그 밖의 트래픽 데이터
art31-traffic-data-subscriber = 요청하는 가입자 정보
    .hint = { $basis ->
            [budapest] 트래픽 데이터 외에 추가로 필요한 것만 표시하십시오. 처음 여섯 항목은 협약 제18조 제3항의 가입자 정보 정의에 따른 것입니다.
           *[other] 트래픽 데이터 외에 추가로 필요한 것만 표시하십시오.
        }
art31-traffic-data-subscriber-service = 이용한 통신 서비스의 유형, 이를 위해 취해진 기술적 조치 및 서비스 기간
art31-traffic-data-subscriber-identity = 가입자의 신원
art31-traffic-data-subscriber-address = 우편 주소 또는 지리적 주소
art31-traffic-data-subscriber-access-number = 전화번호 및 그 밖의 접속 번호
art31-traffic-data-subscriber-billing = 요금 청구 및 지불 정보
art31-traffic-data-subscriber-installation = 통신 장비의 설치 장소
art31-traffic-data-subscriber-email = 계정에 연결된 전자우편 주소
art31-traffic-data-subscriber-registration-ip = 등록 시의 IP 주소 및 일시
art31-traffic-data-subscriber-other = 그 밖의 항목
art31-traffic-data-subscriber-other-detail = 요청하는 그 밖의 가입자 정보
art31-traffic-preservation = 데이터의 보전
art31-traffic-preservation-sought = 데이터 보전이 이미 요청되었습니까?
    .hint = { $basis ->
            [budapest] 데이터가 협약 제29조에 따라 24/7 네트워크를 통하여 또는 서비스 제공자에게 직접 요청하여 보전되었는지 여부. 참조번호가 있으면 피요청기관과 제공자가 보전된 데이터를 찾을 수 있습니다. 이 요청이 제10절에 기재된 보전 요청에 따른 후속 요청이라면 같은 날짜와 참조번호를 기재하십시오.
           *[other] 데이터가 24/7 네트워크, 피요청국의 다른 기관을 통하여 또는 서비스 제공자에게 직접 요청하여 보전되었는지 여부. 참조번호가 있으면 피요청기관과 제공자가 보전된 데이터를 찾을 수 있습니다. 이 요청이 제10절에 기재된 보전 요청에 따른 후속 요청이라면 같은 날짜와 참조번호를 기재하십시오.
        }
art31-traffic-preservation-sought-yes = 예
art31-traffic-preservation-sought-no = 아니요
art31-traffic-preservation-date = 보전 요청의 날짜
art31-traffic-preservation-reference = 보전 요청의 참조번호
    .hint = 피요청기관 또는 서비스 제공자가 부여한 참조번호. 부여되지 않은 경우에는 본인의 참조번호.
art31-traffic-relevance = 데이터와 수사의 관련성
    .hint = 각 식별자와 요청하는 각 종류의 데이터가 범죄 및 피의자와 어떻게 연결되는지, 그리고 서비스 제공자가 그 데이터를 보유하고 있다고 보는 이유를 설명하십시오.
art31-traffic-service-provider = 데이터를 보유한 서비스 제공자
art31-traffic-service-provider-name = 서비스 제공자의 명칭
    .hint = 이용 약관 또는 법집행기관용 지침에 기재된 제공자의 법적 명칭.
art31-traffic-service-provider-address = 주소 또는 소재지
art31-traffic-urgency = 긴급성
art31-traffic-urgency-urgent = 긴급 집행을 요청함
art31-traffic-urgency-reasons = 긴급한 이유
    .hint = { $basis ->
            [budapest] 예: 피의자가 구금되어 있음, 절차상의 기한, 또는 데이터가 특히 멸실되거나 변경되기 쉽다고 믿을 만한 근거(제31조 제3항).
           *[other] 예: 피의자가 구금되어 있음, 절차상의 기한, 또는 데이터가 특히 멸실되거나 변경되기 쉽다고 믿을 만한 근거.
        }
art31-traffic-urgency-deadline = 데이터가 필요한 기한
art31-traffic-confidentiality = 비밀유지
art31-traffic-confidentiality-confidential = 이 요청의 존재와 내용은 그 집행에 필요한 범위를 제외하고 비밀로 유지하여 주십시오
art31-traffic-confidentiality-no-notification = 가입자나 어떠한 제3자에게도 통지하지 않도록 서비스 제공자에게 요구하여 주십시오
    .hint = 제공자의 관행이나 시스템으로 인해 이용자가 알아챌 수 있는지 피요청기관에 문의하십시오.
art31-traffic-confidentiality-reasons = 비밀유지가 필요한 이유
    .hint = 예: 피의자가 증거를 인멸하거나, 도주하거나, 공범에게 알릴 위험.
art31-traffic-form = 데이터의 형식 및 인증
art31-traffic-form-electronic = 판독 가능한 형식의 전자 사본
art31-traffic-form-certified = 인증 사본
art31-traffic-form-certificate = 서비스 제공자의 업무 기록 진정성 증명서
art31-traffic-form-other = 기타
art31-traffic-form-other-detail = 그 밖의 요건
