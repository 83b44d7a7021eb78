# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = 제3절에 기재된 요청을 집행할 수 없다는 통지

## 1 to 4: common to every answer

reply-refusal-date = 날짜
reply-refusal-reference = 당 기관 참조번호
    .hint = 소속 기관이 이 요청을 처리하는 참조번호로, 요청기관이 후속 연락을 할 때 인용할 수 있도록 합니다.
reply-refusal-request = 회신 대상 요청
reply-refusal-request-reference = 요청의 참조번호
reply-refusal-request-date = 요청의 날짜
reply-refusal-request-authority = 요청기관
reply-refusal-request-fingerprint = 요청의 지문
    .hint = 요청의 모든 페이지 하단에 인쇄된 지문입니다. 받은 요청에서 자동으로 기재되며, 이 회신이 요청의 어느 판에 대한 것인지 요청기관이 정확히 알 수 있게 합니다.
reply-refusal-responding-authority = 회신기관
reply-refusal-responding-authority-organisation = 기관
reply-refusal-responding-authority-person = 요청 처리 담당 공무원
reply-refusal-responding-authority-position = 직위 또는 직급
reply-refusal-responding-authority-telephone = 전화번호
reply-refusal-responding-authority-email = 전자우편 주소

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = 사유
reply-refusal-reasons-reasons = 요청을 집행할 수 없는 사유
reply-refusal-reasons-reasons-incomplete = 요청이 불완전함
reply-refusal-reasons-reasons-wrong-addressee = 요청이 잘못된 기관 또는 법인에 송부됨
reply-refusal-reasons-reasons-identification = 제공된 정보로는 이용자 또는 데이터를 식별할 수 없음
reply-refusal-reasons-reasons-not-held = 데이터를 보유하고 있지 않음
reply-refusal-reasons-reasons-retention-expired = 데이터가 더 이상 보관되어 있지 않음
reply-refusal-reasons-reasons-legal-obstacle = 법적 장애로 집행할 수 없음
reply-refusal-reasons-reasons-dual-criminality = 쌍방가벌성 요건이 충족되지 않음
reply-refusal-reasons-reasons-other = 그 밖의 사유
reply-refusal-reasons-reasons-other-detail = 그 밖의 사유
reply-refusal-reasons-explanation = 설명
    .hint = 선택 사항. 체크한 사유의 근거가 되는 사실을 요청기관이 조치할 수 있는 방식으로 기재합니다.
reply-refusal-next = 요청의 집행을 가능하게 할 사항
    .hint = 선택 사항. 예: 누락된 정보, 관할 기관 또는 법인, 또는 이용할 법적 절차.
