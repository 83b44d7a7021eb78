# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Υπογραφή
signature-name = Ονοματεπώνυμο
signature-position = Θέση ή βαθμός
signature-date = Ημερομηνία
signature-line = Υπογραφή
