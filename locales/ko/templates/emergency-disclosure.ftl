# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] 사이버범죄에 관한 협약 제2추가의정서(CETS 제224호) 제9조, 24/7 네트워크를 통함. 이 의정서는 그 당사국인 국가들 사이에서만 적용됩니다
        [protocol-art10] 사이버범죄에 관한 협약 제2추가의정서(CETS 제224호) 제10조. 이 의정서는 그 당사국인 국가들 사이에서만 적용됩니다
        [provider] 긴급 상황에서 서비스 제공자에 대한 자발적 공개 요청
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = 날짜
emergency-disclosure-reference = 참조번호 / 사건번호

emergency-disclosure-channel = 경로 및 법적 근거
emergency-disclosure-channel-basis = 이 요청에 사용하는 경로
    .hint = { $match ->
        [general] 선택한 문서에는 긴급 요청에 관한 조문이 없습니다. 요청은 그 문서의 긴급 요청 및 공조에 관한 규정에 근거하며, 그 규정은 요청서 첫머리에 인용됩니다.
        [user] 조약의 명칭과 요청의 근거가 되는 조문을 기재하십시오. 이는 요청서 첫머리에 인쇄됩니다.
       *[other] 제2추가의정서 제9조: 피요청국 안의 서비스 제공자가 보유한 데이터에 대하여 24/7 네트워크를 통하여 요청합니다. 제10조: 중앙기관 또는 권한 있는 기관을 통한 긴급 공조입니다. 이 의정서는 의정서가 발효 중인 국가들 사이에서만 적용되므로, 둘 중 어느 것을 선택하기 전에 두 국가 모두에 대하여 발효 중인지 확인하십시오. 두 국가 모두를 구속하는 다른 조약: 요청은 그 조약의 긴급 요청 및 공조에 관한 규정에 근거합니다. 상호주의: 적용되는 조약이 없습니다. 제공자의 긴급 경로: 요청은 서비스 제공자에게 직접 전달되며, 공개 여부는 제공자가 스스로 결정합니다. 조약은 인용하지 않습니다.
    }
emergency-disclosure-channel-basis-protocol-art9 = 긴급 상황에서 24/7 네트워크를 통한 신속한 공개(제2추가의정서 제9조)
emergency-disclosure-channel-basis-protocol-art10 = 긴급 공조(제2추가의정서 제10조)
emergency-disclosure-channel-basis-provider = 서비스 제공자의 긴급 공개 경로

emergency-disclosure-addressee = 피요청국 및 수신처
emergency-disclosure-addressee-country = 피요청국
    .hint = 서비스 제공자에게 직접 보내는 요청의 경우: 제공자가 설립된 국가.
emergency-disclosure-addressee-name = 수신처: 기관 또는 서비스 제공자
    .hint = 이 요청을 받는 24/7 연락창구, 중앙기관 또는 권한 있는 기관, 또는 서비스 제공자.
emergency-disclosure-addressee-address = 주소
emergency-disclosure-addressee-portal = 법집행기관 요청용 포털 또는 웹 양식
emergency-disclosure-addressee-email = 전자우편
emergency-disclosure-addressee-provider = 데이터를 보유한 서비스 제공자(수신처가 아닌 경우): 명칭 및 주소
    .hint = 의정서 제9조에 따른 요청에는 필수입니다(제9조 제3항 c호): 데이터를 보유한 피요청국 안의 서비스 제공자의 명칭과 주소.

emergency-disclosure-requesting-authority = 요청기관
emergency-disclosure-requesting-authority-authority = 권한 있는 기관
emergency-disclosure-requesting-authority-officer = 요청 공무원
emergency-disclosure-requesting-authority-position = 직위
emergency-disclosure-requesting-authority-address = 주소
emergency-disclosure-requesting-authority-phone = 전화
    .hint = 국제 형식으로: 긴급 상황이 계속되는 동안 언제든지 응답하는 번호.
emergency-disclosure-requesting-authority-mobile = 휴대전화
emergency-disclosure-requesting-authority-email = 전자우편
    .hint = 소속 기관의 공식 주소. 서비스 제공자는 개인 주소에서 온 요청에 응하지 않을 수 있습니다.
emergency-disclosure-requesting-authority-time-zone = 시간대
    .hint = 사무소의 시간대를 UTC와의 시차로 표시하십시오. 달리 명시하지 않는 한 이 요청서의 모든 시각은 이 시간대에 따릅니다.
emergency-disclosure-requesting-authority-reachable = 긴급 상황이 계속되는 동안 요청 공무원과 위 전화번호로 언제든지 연락할 수 있음
    .hint = 긴급 요청에는 언제든지 응답하는 사람이 필요합니다. 그렇게 할 수 없다면 위에 자국 24/7 연락창구의 번호를 기재하십시오.

emergency-disclosure-authoriser = 상급자 또는 승인 공무원
emergency-disclosure-authoriser-name = 성명
    .hint = 이 긴급 요청을 승인하였고 피요청국 또는 서비스 제공자에게 이를 확인해 줄 수 있는 공무원.
emergency-disclosure-authoriser-position = 직위
emergency-disclosure-authoriser-phone = 전화
emergency-disclosure-authoriser-email = 전자우편

emergency-disclosure-offences = 범죄
emergency-disclosure-offences-offence = 수사 중인 범죄
    .hint = 범죄마다 한 행으로, 그 법률 규정과 법정형의 상한을 함께 기재하십시오.
emergency-disclosure-offences-offence-description = 범죄
emergency-disclosure-offences-offence-provision = 법률 규정
emergency-disclosure-offences-offence-penalty = 법정형의 상한
emergency-disclosure-mla = 국내법적 근거 및 요청하는 공조
emergency-disclosure-mla-domestic-legal-basis = 국내법적 근거
    .hint = 사건을 수사하고 이 요청을 하는 근거가 되는 자국 법령의 규정. 긴급 공조(의정서 제10조)에는 필수이며, 이것이 없는 요청은 흔히 거절되므로 모든 경로에서 기재를 권장합니다.
emergency-disclosure-mla-prosecution = 담당 검찰청 또는 법원 및 사건번호
    .hint = 긴급 공조의 경우: 사건을 담당하는 사법기관(있는 경우).
emergency-disclosure-mla-assistance = 요청하는 공조
    .hint = 긴급 공조의 경우: 피요청국에 요청하는 조치. 예: 서비스 제공자에게 제9절에 기재된 데이터를 공개하여 요청기관에 전달하도록 명령하는 것.
emergency-disclosure-mla-procedure = 집행 시 따라야 할 절차
    .hint = 긴급 공조의 경우로서 자국 법률이 요구하는 때: 예를 들어 기록의 진정성 증명서, 또는 데이터가 증거능력을 갖추기 위하여 취득되어야 하는 형식.

emergency-disclosure-emergency = 긴급 상황
emergency-disclosure-emergency-risk = 위험의 종류
emergency-disclosure-emergency-risk-kidnapping = 납치 또는 인질 억류
emergency-disclosure-emergency-risk-threat-to-kill = 살해 협박
emergency-disclosure-emergency-risk-suicide = 자살 위험
emergency-disclosure-emergency-risk-child = 아동의 생명 또는 안전에 대한 위험
emergency-disclosure-emergency-risk-terrorism = 테러 위협
emergency-disclosure-emergency-risk-bomb = 폭탄 위협
emergency-disclosure-emergency-risk-other = 생명 또는 안전에 대한 그 밖의 위험
emergency-disclosure-emergency-risk-other-detail = 위험의 종류
emergency-disclosure-emergency-facts = 자연인의 생명 또는 안전에 대한 중대하고 임박한 위험을 보여 주는 사실
    .hint = { $basis ->
            [protocol2] 누가 위험에 처해 있는지(이름 또는 인상착의), 위험이 무엇인지, 왜 언제든 현실화될 수 있는지, 그리고 정보의 출처와 입수 시각(시간대 포함)을 기재하십시오. 단지 가능성에 그치거나 임박하지 않은 위험은 의정서가 말하는 긴급 상황이 아닙니다.
           *[other] 누가 위험에 처해 있는지(이름 또는 인상착의), 위험이 무엇인지, 왜 언제든 현실화될 수 있는지, 그리고 정보의 출처와 입수 시각(시간대 포함)을 기재하십시오. 단지 가능성에 그치거나 임박하지 않은 위험은 긴급 상황이 아닙니다.
        }
emergency-disclosure-emergency-relation = 요청하는 데이터와 긴급 상황의 관련성
    .hint = 데이터가 어떻게 위험을 피하는 데 도움이 되는지(예: 위험에 처한 사람의 위치 파악, 협박하는 사람의 신원 확인), 그리고 이 서비스 제공자가 그 데이터를 보유하고 있다고 보는 이유를 기재하십시오.
emergency-disclosure-emergency-urgency = 보전 및 형사사법공조를 통해서는 데이터를 적시에 확보할 수 없는 이유
    .hint = 피해가 얼마나 빨리 발생할 수 있는지, 그리고 보전 요청 후 형사사법공조 요청을 하거나 제출명령을 하는 방법으로는 왜 데이터를 적시에 확보할 수 없는지 기재하십시오.
emergency-disclosure-emergency-needed-by = 데이터가 필요한 기한
    .hint = 데이터가 아직 도움이 될 수 있는 마지막 시각을 시간대와 함께 기재하십시오. 데이터가 즉시 필요하면 비워 두십시오.

emergency-disclosure-data = 요청하는 데이터
emergency-disclosure-data-identifiers = 요청하는 데이터의 식별자
    .hint = 각 계정, 주소 또는 번호를 서비스에 표시된 그대로 정확히 기재하십시오. IP 주소의 경우 출발지 포트와 정확한 일시를 시간대와 함께 기재하십시오. 주소가 공유되는 경우 이것이 없으면 제공자가 이용자를 식별할 수 없습니다.
emergency-disclosure-data-period = 요청하는 데이터의 기간
    .hint = 긴급 상황이 허용하는 한 좁게, 양 끝에 시간대를 함께 기재하십시오. 긴급 상황으로 며칠을 넘는 기간이 정당화되는 경우는 드뭅니다(7일을 넘는 기간은 표시됩니다).
emergency-disclosure-data-categories = 요청하는 데이터의 범주
    .hint = 긴급 상황에 필요한 데이터만 요청하십시오. 미국 등 일부 국가의 서비스 제공자는 내용 데이터가 아닌 데이터만 외국 기관에 직접 공개할 수 있습니다.
emergency-disclosure-data-categories-subscriber = 가입자 정보
emergency-disclosure-data-categories-traffic = 트래픽 데이터
emergency-disclosure-data-categories-content = 내용 데이터
emergency-disclosure-data-categories-location = 위치 데이터
emergency-disclosure-data-categories-other = 그 밖의 데이터
emergency-disclosure-data-categories-other-detail = 요청하는 그 밖의 데이터

emergency-disclosure-instructions = 특별한 절차상 지시
emergency-disclosure-instructions-confidentiality = 비밀유지: 이 요청에 관하여 이용자나 어떠한 제3자에게도 통지하지 마십시오
    .hint = 일부 서비스 제공자는 통지하지 말라는 요청이 없으면 이용자에게 요청 사실을 통지합니다. 이용자가 요청을 알게 되면 위험에 처한 사람이 해를 입을 수 있습니다.
emergency-disclosure-instructions-format = 희망하는 데이터 형식
emergency-disclosure-instructions-format-electronic = 전자적이고 기계 판독 가능한 형식(예: 스프레드시트 또는 CSV 파일)
emergency-disclosure-instructions-format-document = 전자 문서(PDF)
emergency-disclosure-instructions-format-usual = 서비스 제공자가 통상 사용하는 형식
emergency-disclosure-instructions-format-other = 그 밖의 형식
emergency-disclosure-instructions-format-other-detail = 형식
emergency-disclosure-instructions-other = 데이터 확보에 도움이 될 수 있는 그 밖의 지시 또는 정보

emergency-disclosure-follow-up = 후속 법적 절차
emergency-disclosure-follow-up-process = 이 요청에 이어질 법적 절차
    .hint = 긴급 상황에서 공개된 데이터를 증거로 사용할 수 있도록 정식 법적 절차를 통하여 다시 요청할 것인지 여부.
emergency-disclosure-follow-up-process-mla = 형사사법공조 요청
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] 제2추가의정서 제7조에 따른 서비스 제공자에 대한 제출명령
       *[other] 서비스 제공자에 대한 제출명령
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] 저장된 컴퓨터 데이터의 신속한 보전 요청(협약 제29조)
        [protocol2] 저장된 컴퓨터 데이터의 신속한 보전 요청(협약 제29조)
       *[other] 저장된 컴퓨터 데이터의 신속한 보전 요청
    }
emergency-disclosure-follow-up-process-none = 후속 법적 절차가 예정되어 있지 않음
emergency-disclosure-follow-up-process-other = 그 밖의 법적 절차
emergency-disclosure-follow-up-process-other-detail = 법적 절차
emergency-disclosure-follow-up-expected-date = 송부 예정일
    .hint = 후속 법적 절차가 예정되어 있지 않으면 비워 두십시오.
emergency-disclosure-follow-up-details = 후속 절차의 세부 사항 또는 예정되어 있지 않은 이유
