# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Goly
signature-name = Ady we familiýasy
signature-position = Wezipesi ýa-da derejesi
signature-date = Senesi
signature-line = Goly
