# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = 제3절에 기재된 요청의 접수 확인

## 1 to 4: common to every answer

reply-receipt-date = 날짜
reply-receipt-reference = 당 기관 참조번호
    .hint = 소속 기관이 이 요청을 처리하는 참조번호로, 요청기관이 후속 연락을 할 때 인용할 수 있도록 합니다.
reply-receipt-request = 회신 대상 요청
reply-receipt-request-reference = 요청의 참조번호
reply-receipt-request-date = 요청의 날짜
reply-receipt-request-authority = 요청기관
reply-receipt-request-fingerprint = 요청의 지문
    .hint = 요청의 모든 페이지 하단에 인쇄된 지문입니다. 받은 요청에서 자동으로 기재되며, 이 회신이 요청의 어느 판에 대한 것인지 요청기관이 정확히 알 수 있게 합니다.
reply-receipt-responding-authority = 회신기관
reply-receipt-responding-authority-organisation = 기관
reply-receipt-responding-authority-person = 요청 처리 담당 공무원
reply-receipt-responding-authority-position = 직위 또는 직급
reply-receipt-responding-authority-telephone = 전화번호
reply-receipt-responding-authority-email = 전자우편 주소

## 5 to 7

reply-receipt-received-date = 요청을 받은 날짜
reply-receipt-forwarded = 집행을 위하여 이송한 기관
    .hint = 요청을 집행을 위하여 다른 기관에 이송한 경우 그 기관을 기재합니다. 소속 기관이 집행하는 경우에는 비워 두십시오.
reply-receipt-remarks = 비고
