# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = Masukkan frasa sandi.
lock-wrong-passphrase = Frasa sandi salah, atau draf yang terkunci telah diubah. Tidak ada yang diubah.
lock-damaged = Draf terkunci ini rusak dan tidak dapat dibuka.
lock-newer-format = Draf ini dikunci oleh versi Tandem yang lebih baru.
lock-no-random = Peramban ini tidak dapat membangkitkan bilangan acak yang aman: draf tidak dapat dikunci.
lock-unavailable = Enkripsi tidak dapat dijalankan di peramban ini.
lock-action = Kunci dengan frasa sandi…
lock-passphrase = Frasa sandi
lock-repeat = Ulangi frasa sandi
lock-no-recovery = Jika frasa sandi terlupa, tidak ada seorang pun yang dapat memulihkan draf ini.
lock-mismatch = Kedua frasa sandi tidak sama.
lock-submit = Kunci draf
lock-locking = Mengunci…
lock-locked = Draf ini terkunci: draf disimpan dalam keadaan terenkripsi di peramban ini.
lock-remove = Buka kunci
lock-remove-confirm = Buka kunci? Setelah itu draf akan disimpan tanpa enkripsi di peramban ini.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = Draf terkunci (revisi { $revision })
lock-open = Buka
lock-opening = Membuka…
