# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Podpis
signature-name = Imię i nazwisko
signature-position = Stanowisko lub stopień
signature-date = Data
signature-line = Podpis
