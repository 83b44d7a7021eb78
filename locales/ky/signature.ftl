# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Колу
signature-name = Аты-жөнү
signature-position = Кызмат орду же наамы
signature-date = Күнү
signature-line = Колу
