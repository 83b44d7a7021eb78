# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Podpis
signature-name = Meno a priezvisko
signature-position = Funkcia alebo hodnosť
signature-date = Dátum
signature-line = Podpis
