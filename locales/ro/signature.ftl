# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Semnătura
signature-name = Numele și prenumele
signature-position = Funcția sau gradul
signature-date = Data
signature-line = Semnătura
