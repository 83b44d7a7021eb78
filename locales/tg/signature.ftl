# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Имзо
signature-name = Ному насаб
signature-position = Мансаб ё рутба
signature-date = Сана
signature-line = Имзо
