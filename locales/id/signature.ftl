# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Tanda tangan
signature-name = Nama
signature-position = Jabatan atau pangkat
signature-date = Tanggal
signature-line = Tanda tangan
