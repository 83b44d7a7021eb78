# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Signature
signature-name = Nom
signature-position = Fonction ou grade
signature-date = Date
signature-line = Signature
