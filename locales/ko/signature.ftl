# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = 서명
signature-name = 성명
    .hint = 비워 두면 PDF에는 요청기관 정보에 기재된 요청 담당자가 표시됩니다.
signature-position = 직위 또는 직급
    .hint = 비워 두면 PDF에는 요청기관 정보에 기재된 직위가 표시됩니다(이 양식에서 직위를 묻는 경우).
signature-place = 장소
signature-date = 날짜
signature-checked-name = 답변 번역 확인자: 성명
    .hint = 선택 사항. 답변의 번역을 확인한 사람으로, PDF 끝의 작성 경위 부분에 그 이름이 기재됩니다. Tandem은 이 항목을 절대 채우지 않습니다.
signature-checked-office = 답변 번역 확인자: 소속 기관
# Printed under the line left for the handwritten signature.
signature-line = 서명
# Printed in the empty box left for the official seal or stamp.
signature-seal = 관인
