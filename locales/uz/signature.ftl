# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Imzo
signature-name = Ism-sharifi
signature-position = Lavozimi yoki unvoni
signature-date = Sana
signature-line = Imzo
