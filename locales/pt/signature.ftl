# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Assinatura
signature-name = Nome
signature-position = Cargo ou posto
signature-date = Data
signature-line = Assinatura
