# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = 签名
signature-name = 姓名
signature-position = 职务或职级
signature-date = 日期
signature-line = 签名
