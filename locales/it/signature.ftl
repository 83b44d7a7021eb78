# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Firma
signature-name = Nome e cognome
signature-position = Funzione o grado
signature-date = Data
signature-line = Firma
