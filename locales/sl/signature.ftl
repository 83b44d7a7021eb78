# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Podpis
signature-name = Ime in priimek
signature-position = Položaj ali čin
signature-date = Datum
signature-line = Podpis
