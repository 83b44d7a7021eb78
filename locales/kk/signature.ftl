# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Қолы
signature-name = Аты-жөні
signature-position = Лауазымы немесе шені
signature-date = Күні
signature-line = Қолы
