# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = İmza
signature-name = Adı, soyadı
signature-position = Vəzifəsi və ya rütbəsi
signature-date = Tarix
signature-line = İmza
