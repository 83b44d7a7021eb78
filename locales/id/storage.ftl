# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Peramban ini tidak mengizinkan Tandem menyimpan draf. Pekerjaan Anda hanya ada di halaman ini: unduh draf sebelum menutupnya.
storage-read-only = Draf ini ditulis oleh versi Tandem yang lebih baru dan tidak dapat diubah di sini.
storage-copy-note = Salinannya dapat disunting di sini; rincian yang tidak dikenal versi ini tetap disimpan tetapi tidak ditampilkan.
storage-keep-copy = Simpan salinan yang dapat disunting
storage-read-only-tag = Hanya-baca: ditulis oleh versi Tandem yang lebih baru
storage-changed-elsewhere = Draf ini telah diubah di tab atau jendela lain.
storage-changed-newer = Versi Tandem yang lebih baru telah mengubah draf ini di tab atau jendela lain.
storage-changed-unreadable = Versi tersimpan draf ini tidak dapat dibaca: versi tersebut disisihkan tanpa diubah, dan versi ini disimpan.
storage-load-other-note = Jika Anda memuat versi lain, perubahan yang belum disimpan di tab ini akan hilang.
storage-load-other = Muat versi lain
storage-keep-mine = Simpan versi saya sebagai salinan
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Draf tersimpan yang tidak dapat dibaca: { $count }. Draf tersebut disisihkan tanpa diubah.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Unduh { $file }
storage-persistent = Peramban ini menyimpan draf-draf ini sampai Anda menghapusnya.
storage-not-persistent = Peramban ini dapat menghapus draf-draf ini jika ruang penyimpanan hampir habis: ekspor cadangan.
storage-export-all = Ekspor semua draf
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Draf tersimpan memakan { $kb } kB: { $percent } % dari { $limit } kB yang disediakan peramban ini untuknya.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Angka peramban sendiri untuk seluruh data situs ini, yang mungkin tidak mencakup draf: { $used } MB dari { $quota } MB yang diizinkannya.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Ruang penyimpanan draf telah terisi { $percent } %. Setelah penuh, perubahan tidak dapat lagi disimpan di peramban ini. Ekspor semua draf ke sebuah berkas, lalu hapus draf yang tidak lagi Anda perlukan; draf terlama tercantum di bawah.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: { $kb } kB dalam penyimpanan
