# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Podpis
signature-name = Jméno a příjmení
signature-position = Funkce nebo hodnost
signature-date = Datum
signature-line = Podpis
