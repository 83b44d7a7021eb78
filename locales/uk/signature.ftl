# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Підпис
signature-name = Ім'я та прізвище
signature-position = Посада або звання
signature-date = Дата
signature-line = Підпис
