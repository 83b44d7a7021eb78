# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = 제3절에 기재된 요청에서 요청된 보전의 확인

## 1 to 4: common to every answer

reply-preserved-date = 날짜
reply-preserved-reference = 당 기관 참조번호
    .hint = 소속 기관이 이 요청을 처리하는 참조번호로, 요청기관이 후속 연락을 할 때 인용할 수 있도록 합니다.
reply-preserved-request = 회신 대상 요청
reply-preserved-request-reference = 요청의 참조번호
reply-preserved-request-date = 요청의 날짜
reply-preserved-request-authority = 요청기관
reply-preserved-request-fingerprint = 요청의 지문
    .hint = 요청의 모든 페이지 하단에 인쇄된 지문입니다. 받은 요청에서 자동으로 기재되며, 이 회신이 요청의 어느 판에 대한 것인지 요청기관이 정확히 알 수 있게 합니다.
reply-preserved-responding-authority = 회신기관
reply-preserved-responding-authority-organisation = 기관
reply-preserved-responding-authority-person = 요청 처리 담당 공무원
reply-preserved-responding-authority-position = 직위 또는 직급
reply-preserved-responding-authority-telephone = 전화번호
reply-preserved-responding-authority-email = 전자우편 주소

## 5 Preservation

reply-preserved-preservation = 보전
reply-preserved-preservation-preserved-on = 데이터 보전 날짜
reply-preserved-preservation-ends-on = 데이터 보전 기한
    .hint = 보전이 연장되거나 그때까지 데이터 공개 요청을 받지 않는 한 데이터가 보관되는 마지막 날입니다.
reply-preserved-preservation-scope = 보전된 데이터
reply-preserved-preservation-scope-all = 요청된 데이터 전부
reply-preserved-preservation-scope-part = 요청된 데이터의 일부
reply-preserved-preservation-scope-part-detail = 보전된 데이터, 그리고 보전되지 않은 데이터와 그 이유
reply-preserved-preservation-holder = 데이터 보유자
reply-preserved-remarks = 비고
