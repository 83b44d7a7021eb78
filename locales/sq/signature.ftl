# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Nënshkrimi
signature-name = Emri dhe mbiemri
signature-position = Pozicioni ose grada
signature-date = Data
signature-line = Nënshkrimi
