# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = 서명
signature-name = 성명
signature-position = 직위 또는 직급
signature-date = 날짜
signature-line = 서명
