# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = التوقيع
signature-name = الاسم
signature-position = المنصب أو الرتبة
signature-date = التاريخ
signature-line = التوقيع
