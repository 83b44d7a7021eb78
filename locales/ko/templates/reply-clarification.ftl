# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = 제3절에 기재된 요청에 관한 보충 설명 요청

## 1 to 4: common to every answer

reply-clarification-date = 날짜
reply-clarification-reference = 당 기관 참조번호
    .hint = 소속 기관이 이 요청을 처리하는 참조번호로, 요청기관이 후속 연락을 할 때 인용할 수 있도록 합니다.
reply-clarification-request = 회신 대상 요청
reply-clarification-request-reference = 요청의 참조번호
reply-clarification-request-date = 요청의 날짜
reply-clarification-request-authority = 요청기관
reply-clarification-request-fingerprint = 요청의 지문
    .hint = 요청의 모든 페이지 하단에 인쇄된 지문입니다. 받은 요청에서 자동으로 기재되며, 이 회신이 요청의 어느 판에 대한 것인지 요청기관이 정확히 알 수 있게 합니다.
reply-clarification-responding-authority = 회신기관
reply-clarification-responding-authority-organisation = 기관
reply-clarification-responding-authority-person = 요청 처리 담당 공무원
reply-clarification-responding-authority-position = 직위 또는 직급
reply-clarification-responding-authority-telephone = 전화번호
reply-clarification-responding-authority-email = 전자우편 주소

## 5 Clarification requested

reply-clarification-clarification = 요청하는 보충 설명
reply-clarification-clarification-fields = 문제가 되는 요청 항목
    .hint = 요청에서 불명확하거나 불완전한 번호 항목마다 한 줄씩, 요청에 인쇄된 항목 번호와 필요한 사항을 기재합니다.
reply-clarification-clarification-fields-field = 항목 번호
reply-clarification-clarification-fields-question = 불명확하거나 누락된 사항
reply-clarification-clarification-by = 회신 기한
    .hint = 선택 사항. 보전의 경우, 데이터를 보관하기 위하여 회신이 필요한 날짜입니다.
