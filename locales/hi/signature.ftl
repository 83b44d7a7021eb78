# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = हस्ताक्षर
signature-name = नाम
signature-position = पद या श्रेणी
signature-date = तिथि
signature-line = हस्ताक्षर
