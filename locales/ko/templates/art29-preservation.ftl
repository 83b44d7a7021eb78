# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] 사이버범죄에 관한 협약(ETS 제185호) 제29조 및 제30조
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = 날짜
art29-preservation-reference = 참조번호 / 사건번호
art29-preservation-status = 요청의 상태
art29-preservation-status-new = 신규 요청
art29-preservation-status-extension = 이전 요청의 연장
art29-preservation-status-previous-reference = 이전 요청의 접수번호 또는 참조번호
art29-preservation-previous-request-date = 이전 요청의 날짜
art29-preservation-executed-date = 피요청당사국이 보전을 집행한 날짜
    .hint = 요청서에는 인쇄되지 않는 본인용 메모입니다. 피요청당사국 또는 서비스 제공자가 확인한 날짜를 알게 되는 대로 기재하십시오. 앱과 알림에 표시되는 보전 기간은 이 날짜부터 기산됩니다.

## 4 Requested authority

art29-preservation-requested-authority = 피요청기관
art29-preservation-requested-authority-type = 요청의 수신처
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] 24/7 연락창구(제35조)
       *[other] 24/7 연락창구
    }
art29-preservation-requested-authority-type-competent-authority = 그 밖의 권한 있는 기관
art29-preservation-requested-authority-authority = 기관의 명칭
    .hint = { $basis ->
            [budapest] 유럽평의회의 명부 또는 피요청국의 선언에 기재된 피요청국의 24/7 연락창구 또는 권한 있는 기관.
           *[other] 선택한 문서에 따른 피요청국의 선언에 기재된 피요청국의 24/7 연락창구 또는 권한 있는 기관.
        }
art29-preservation-requested-authority-country = 피요청국
    .hint = 데이터 보전을 요청받는 당사국으로, 통상 컴퓨터 시스템 또는 서비스 제공자가 소재하는 국가입니다.

## 5 Requesting authority

art29-preservation-requesting-authority = 요청기관
art29-preservation-requesting-authority-organisation = 기관
art29-preservation-requesting-authority-person = 요청 담당자
art29-preservation-requesting-authority-address = 주소
art29-preservation-requesting-authority-telephone = 전화번호
    .hint = + 및 국가 번호로 시작하는 국제 형식으로 기재하십시오. 긴급한 문의에 대비하여 근무시간 외에도 응답하는 번호를 기재하십시오.
art29-preservation-requesting-authority-cell-phone = 휴대전화 번호
art29-preservation-requesting-authority-email = 전자우편
art29-preservation-requesting-authority-fax = 팩스 번호
art29-preservation-requesting-authority-office-hours = 근무시간
    .hint = 아래 시간대 기준의 근무일 및 근무시간. 예: 월요일부터 금요일까지, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = 시간대
    .hint = 사무소의 시간대를 UTC와의 시차로 표시하십시오. 달리 명시하지 않는 한 이 요청서의 모든 시각은 이 시간대에 따릅니다.
art29-preservation-requesting-authority-response = 희망하는 회신 방법
art29-preservation-requesting-authority-response-expedited = 전자우편 또는 그 밖의 신속한 수단에 의한 회신을 희망함
art29-preservation-requesting-authority-response-means = 다음 수단에 의한 회신을 희망함:
art29-preservation-requesting-authority-response-means-detail = 회신 수단

## 6 Backup contact

art29-preservation-backup-contact = 요청기관의 추가 확인이 필요한 경우 연락처
art29-preservation-backup-contact-name = 성명
art29-preservation-backup-contact-job-title = 직위
art29-preservation-backup-contact-function = 직무
art29-preservation-backup-contact-telephone = 전화번호
art29-preservation-backup-contact-cell-phone = 휴대전화 번호
art29-preservation-backup-contact-email = 전자우편

## 7 Investigative or operational authority

art29-preservation-investigative-authority = 사건을 담당하는 수사기관 또는 집행기관
art29-preservation-investigative-authority-different = 수사기관 또는 집행기관이 요청기관과 다름
art29-preservation-investigative-authority-organisation = 기관
art29-preservation-investigative-authority-person = 사건 담당자
art29-preservation-investigative-authority-address = 주소
art29-preservation-investigative-authority-telephone = 전화번호
art29-preservation-investigative-authority-cell-phone = 휴대전화 번호
art29-preservation-investigative-authority-email = 전자우편
art29-preservation-investigative-authority-fax = 팩스 번호

## 8 Prosecution office or court

art29-preservation-prosecution = 담당 검찰청 또는 법원(해당하는 경우)
art29-preservation-prosecution-office = 담당 검찰청
art29-preservation-prosecution-office-case = 검찰청 사건번호
art29-preservation-prosecution-court = 담당 법원
art29-preservation-prosecution-court-case = 법원 사건번호

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = 요청의 국내법적 근거(해당하는 경우)
    .hint = 사건을 수사하고 이 보전을 요청하는 근거가 되는 자국 법령의 규정. 예: 형사소송법의 해당 조문.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] 범죄 및 사실관계 요약(제29조 제2항 b호)
       *[other] 범죄 및 사실관계 요약
    }
art29-preservation-offence-offences = 형사 수사 또는 절차의 대상인 범죄
    .hint = 범죄마다 한 행: 죄명 또는 간략한 설명, 그 범죄를 규정하는 자국 형법 규정 및 법정형의 상한.
art29-preservation-offence-offences-offence = 범죄
art29-preservation-offence-offences-provision = 법률 규정
art29-preservation-offence-offences-penalty = 법정형의 상한
art29-preservation-offence-facts = 사실관계 요약
    .hint = 무엇이, 언제, 어디서 일어났는지 몇 문장으로 기재하십시오. 피요청기관이 요청을 이해하기에 충분한 정도로 하고, 그 이상은 필요하지 않습니다. 모든 일시에 시간대를 함께 기재하십시오. 24/7 연락창구는 이 요청을 서비스 제공자에게 전달하는 경우가 많으므로, 피의자나 피해자의 이름은 피요청기관이 데이터를 찾는 데 그 이름이 필요한 경우에만 기재하십시오.
art29-preservation-offence-convention-offence = 이 범죄는 사이버범죄에 관한 협약 제2조부터 제11조까지에 따라 규정된 범죄에 해당함
    .hint = 쌍방가벌성은 보전의 요건이 아닙니다(제29조 제3항). 다만 피요청당사국이 제2조부터 제11조까지의 범죄 외의 범죄에 대하여 이를 요구할 권리를 유보한 경우는 예외입니다(제29조 제4항). 범죄가 그중 하나에 해당하면 표시하고 해당 조문을 기재하십시오. 표시한 경우에만 인쇄됩니다.
art29-preservation-offence-convention-articles = 협약의 해당 조문
art29-preservation-offence-convention-articles-art2 = 제2조: 불법접근
art29-preservation-offence-convention-articles-art3 = 제3조: 불법감청
art29-preservation-offence-convention-articles-art4 = 제4조: 데이터 방해
art29-preservation-offence-convention-articles-art5 = 제5조: 시스템 방해
art29-preservation-offence-convention-articles-art6 = 제6조: 장치의 오용
art29-preservation-offence-convention-articles-art7 = 제7조: 컴퓨터 관련 위조
art29-preservation-offence-convention-articles-art8 = 제8조: 컴퓨터 관련 사기
art29-preservation-offence-convention-articles-art9 = 제9조: 아동음란물 관련 범죄
art29-preservation-offence-convention-articles-art10 = 제10조: 저작권 및 관련 권리의 침해에 관한 범죄
art29-preservation-offence-convention-articles-art11 = 제11조: 미수 및 방조 또는 교사

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] 보전되어야 할 저장된 컴퓨터 데이터(제29조 제2항 c호)
       *[other] 보전되어야 할 저장된 컴퓨터 데이터
    }
art29-preservation-data-identifiers = 보전되어야 할 데이터의 식별자
    .hint = 데이터를 보전해야 할 각 계정, 사용자 이름, 전자우편 주소, 전화번호, URL, 도메인, 기기 또는 IP 주소. IP 주소의 경우 출발지 포트와 정확한 사용 일시를 시간대와 함께 기재하십시오. 공유 주소 뒤에서는 이것이 없으면 제공자가 사용자를 찾을 수 없습니다. 하나의 식별자에만 관련된 기간은 그 식별자의 행에 기재하십시오.
art29-preservation-data-period = 보전되어야 할 데이터의 기간
    .hint = 모든 식별자에 공통되는 경우 데이터가 포괄해야 할 기간. 시작과 끝을 모두 시간대와 함께 기재하십시오. 수사에 필요한 기간만 요청하십시오. 장기간(90일 초과)에 대한 요청은 범위가 지나치게 넓다는 이유로 거절되는 경우가 많습니다.
art29-preservation-data-categories = 보전되어야 할 데이터의 범주
    .hint = { $basis ->
            [budapest] 수사에 필요한 것만 표시하십시오. 가입자 정보: 가입자의 신원, 주소 및 이용한 서비스(제18조 제3항). 트래픽 데이터: 통신의 출발지, 목적지, 경로, 시각, 날짜, 크기, 지속시간 또는 기반 서비스의 유형(제1조 d호). 내용 데이터: 통신 그 자체.
           *[other] 수사에 필요한 것만 표시하십시오. 가입자 정보: 가입자의 신원, 주소 및 이용한 서비스. 트래픽 데이터: 통신의 출발지, 목적지, 경로, 시각, 날짜, 크기, 지속시간 또는 기반 서비스의 유형. 내용 데이터: 통신 그 자체.
        }
art29-preservation-data-categories-subscriber = 가입자 정보
art29-preservation-data-categories-traffic = 트래픽 데이터
art29-preservation-data-categories-content = 내용 데이터
art29-preservation-data-categories-other = 그 밖의 데이터
art29-preservation-data-categories-other-detail = 보전되어야 할 그 밖의 데이터
art29-preservation-data-relationship = 데이터와 범죄의 관련성
    .hint = 이 데이터가 범죄와 어떻게 관련되는지 보이십시오. 예: 해당 계정이 2026. 11. 20. 14:03(UTC+04:00)에 협박 메시지를 보냈다거나, 해당 IP 주소가 피해자의 서버에 로그인하는 데 사용되었다는 것.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] 데이터의 관리자 및 컴퓨터 시스템의 소재지(제29조 제2항 d호)
       *[other] 데이터의 관리자 및 컴퓨터 시스템의 소재지
    }
art29-preservation-custodian-provider = 서비스 제공자 또는 그 밖의 데이터 관리자
    .hint = 데이터를 보유하는 회사 또는 개인의 명칭(알려진 범위에서). 알려지지 않은 경우 그 사실을 기재하십시오.
art29-preservation-custodian-contact = 관리자의 주소 또는 웹사이트
art29-preservation-custodian-location = 컴퓨터 시스템의 소재지
    .hint = 데이터를 보유하는 컴퓨터 시스템이 있는 곳(알려진 범위에서): 국가, 도시, 호스팅 사업자 또는 데이터 센터.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] 보전의 필요성(제29조 제2항 e호)
       *[other] 보전의 필요성
    }
art29-preservation-necessity-reasons = 신속한 보전이 필요한 이유
art29-preservation-necessity-reasons-deletion = 데이터가 삭제, 변경 또는 멸실될 수 있음
art29-preservation-necessity-reasons-retention = 서비스 제공자가 이러한 데이터를 단기간만 보관함
art29-preservation-necessity-reasons-notice = 피의자가 수사 사실을 알고 데이터를 삭제할 수 있음
art29-preservation-necessity-reasons-other = 그 밖의 사유
art29-preservation-necessity-reasons-other-detail = 그 밖의 이유
art29-preservation-necessity-explanation = 설명
    .hint = 선택 사항: 긴급성을 구체적으로 보여 주는 사정. 예: 알려진 제공자의 보관 기간 또는 데이터가 삭제될 날짜.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] 추후 제출할 형사사법공조 요청(제29조 제2항 f호)
       *[other] 추후 제출할 형사사법공조 요청
    }
art29-preservation-mla-intent = 요청당사국은 저장된 컴퓨터 데이터의 수색 또는 이와 유사한 접근, 압수 또는 이와 유사한 확보, 또는 공개를 위한 형사사법공조 요청을 제출할 의사가 있습니다.
art29-preservation-mla-expected-date = 형사사법공조 요청의 예정일
    .hint = { $basis ->
            [budapest] 협약 제29조 제7항에 따라 보전은 형사사법공조 요청을 제출할 수 있도록 60일 이상의 기간 동안 이루어지며, 그 요청을 접수한 후에는 그에 대한 결정이 있을 때까지 데이터가 계속 보전됩니다. 피요청국이 실제로 얼마 동안 보전하는지는 그 국가의 법률과 관행에 따릅니다. 보전 패널을 참조하여 기간 내에 충분한 여유를 두고 요청을 송부하거나, 적시에 연장을 요청하십시오.
           *[other] 피요청국이 데이터를 얼마 동안 보전하는지는 그 국가의 법률과 관행에 따릅니다. 보전 패널을 참조하여 기간 내에 충분한 여유를 두고 형사사법공조 요청을 송부하거나, 적시에 연장을 요청하십시오.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] 보전된 트래픽 데이터의 신속한 공개(제30조): 특정 통신에 관한 트래픽 데이터를 보전하는 과정에서 다른 국가의 서비스 제공자가 그 통신의 전송에 관여하였음이 발견된 경우, 그 서비스 제공자와 그 통신이 전송된 경로를 식별하기에 충분한 양의 트래픽 데이터를 신속히 공개하여 주십시오.
       *[other] 보전된 트래픽 데이터의 신속한 공개: 특정 통신에 관한 트래픽 데이터를 보전하는 과정에서 다른 국가의 서비스 제공자가 그 통신의 전송에 관여하였음이 발견된 경우, 그 서비스 제공자와 그 통신이 전송된 경로를 식별하기에 충분한 양의 트래픽 데이터를 신속히 공개하여 주십시오.
    }

## 16 Confidentiality

art29-preservation-confidentiality = 비밀유지
art29-preservation-confidentiality-conditions = 요청하는 비밀유지 조치
    .hint = 일부 서비스 제공자는 요청 사실을 이용자에게 알립니다. 그런 일이 일어날 수 있는지 피요청기관에 문의하고, 수사에 필요한 것을 표시하십시오.
art29-preservation-confidentiality-conditions-no-notification = 이 요청에 관하여 가입자 또는 계정 보유자에게 통지하지 마십시오
art29-preservation-confidentiality-conditions-warn = 이용자가 알아챌 수 있는 조치를 취하기 전에 요청기관에 알려 주십시오
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] 보전으로 데이터의 장래 이용 가능성이 확보되지 않거나, 보전이 수사의 비밀유지를 위협하거나 그 밖에 수사를 저해할 경우에는, 요청기관이 그럼에도 요청을 집행하여야 할지 결정할 수 있도록 요청기관에 신속히 알려 주십시오(제29조 제6항)
       *[other] 보전으로 데이터의 장래 이용 가능성이 확보되지 않거나, 보전이 수사의 비밀유지를 위협하거나 그 밖에 수사를 저해할 경우에는, 요청기관이 그럼에도 요청을 집행하여야 할지 결정할 수 있도록 요청기관에 신속히 알려 주십시오
    }
art29-preservation-confidentiality-details = 비밀유지에 관한 그 밖의 의견

## 17 Acknowledgement

art29-preservation-acknowledgement = 데이터가 보전되었음을 확인하고, 이 요청에 부여된 참조번호와 보전이 종료되는 날짜를 알려 주십시오
