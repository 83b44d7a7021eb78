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
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = Label dalam daftar draf (tidak dienkripsi, opsional)
lock-label-warning = Label disimpan tanpa enkripsi di samping draf terkunci: siapa pun yang menggunakan peramban ini, atau memegang salinan hasil ekspor, dapat membacanya. Jangan cantumkan nama, rincian perkara, atau apa pun yang harus dirahasiakan.
lock-label-save = Simpan label
lock-label-saved = Label tersimpan.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (draf terkunci, revisi { $revision })
