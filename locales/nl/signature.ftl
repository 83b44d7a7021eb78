# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Ondertekening
signature-name = Naam
signature-position = Functie of rang
signature-date = Datum
signature-line = Ondertekening
