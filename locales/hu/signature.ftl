# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Aláírás
signature-name = Név
signature-position = Beosztás vagy rendfokozat
signature-date = Dátum
signature-line = Aláírás
