# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Firma
signature-name = Nombre
signature-position = Cargo o rango
signature-date = Fecha
signature-line = Firma
