# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Подпис
signature-name = Име
signature-position = Длъжност или звание
signature-date = Дата
signature-line = Подпис
