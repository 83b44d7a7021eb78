# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = חתימה
signature-name = שם
signature-position = תפקיד או דרגה
signature-date = תאריך
signature-line = חתימה
