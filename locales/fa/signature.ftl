# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = امضا
signature-name = نام
signature-position = سمت یا رتبه
signature-date = تاریخ
signature-line = امضا
