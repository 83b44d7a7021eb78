# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = 署名
signature-name = 氏名
signature-position = 職名又は階級
signature-date = 日付
signature-line = 署名
