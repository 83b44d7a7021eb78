# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Потпис
signature-name = Име и презиме
signature-position = Позиција или чин
signature-date = Датум
signature-line = Потпис
