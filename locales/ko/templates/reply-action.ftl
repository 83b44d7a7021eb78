# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = 제3절에 기재된 요청에 대하여 취한 조치에 관한 통지

## 1 to 4: common to every answer

reply-action-date = 날짜
reply-action-reference = 당 기관 참조번호
    .hint = 소속 기관이 이 요청을 처리하는 참조번호로, 요청기관이 후속 연락을 할 때 인용할 수 있도록 합니다.
reply-action-request = 회신 대상 요청
reply-action-request-reference = 요청의 참조번호
reply-action-request-date = 요청의 날짜
reply-action-request-authority = 요청기관
reply-action-request-fingerprint = 요청의 지문
    .hint = 요청의 모든 페이지 하단에 인쇄된 지문입니다. 받은 요청에서 자동으로 기재되며, 이 회신이 요청의 어느 판에 대한 것인지 요청기관이 정확히 알 수 있게 합니다.
reply-action-responding-authority = 회신기관
reply-action-responding-authority-organisation = 기관
reply-action-responding-authority-person = 요청 처리 담당 공무원
reply-action-responding-authority-position = 직위 또는 직급
reply-action-responding-authority-telephone = 전화번호
reply-action-responding-authority-email = 전자우편 주소

## 5 Action taken

reply-action-action = 취한 조치
reply-action-action-taken = 요청에 대하여 취한 조치
    .hint = 지금까지 한 조치입니다. 예: 서비스 제공자로부터 데이터를 취득하여 이 통지와 함께 송부함, 또는 명령을 받기 위하여 요청을 법원에 회부함.
reply-action-action-date = 조치 날짜
reply-action-action-next = 예정된 추가 조치
