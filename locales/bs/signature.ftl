# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Potpis
signature-name = Ime i prezime
signature-position = Položaj ili čin
signature-date = Datum
signature-line = Potpis
