# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Unterschrift
signature-name = Vor- und Nachname
signature-position = Dienststellung oder Dienstgrad
signature-date = Datum
signature-line = Unterschrift
