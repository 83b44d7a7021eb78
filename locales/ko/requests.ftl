# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = 저장된 컴퓨터 데이터의 신속한 보전 요청
art31-subscriber-title = 가입자 정보에 관한 형사사법공조 요청
art31-traffic-title = 저장된 트래픽 데이터에 관한 형사사법공조 요청
art31-content-title = 저장된 내용 데이터에 관한 형사사법공조 요청
emergency-disclosure-title = 저장된 컴퓨터 데이터의 긴급 공개 요청
provider-preservation-title = 서비스 제공자에 대한 데이터 보전 요청
provider-disclosure-title = 서비스 제공자에 대한 가입자 정보, IP 주소 및 로그인 기록의 자발적 공개 요청
reply-receipt-title = 요청 접수 확인
reply-preserved-title = 보전 확인
reply-action-title = 취한 조치에 관한 통지
reply-clarification-title = 보충 설명 요청
reply-refusal-title = 요청을 집행할 수 없다는 통지
