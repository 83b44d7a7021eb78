# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Tambahkan formulir permintaan dari berkas
packs-heading = Formulir permintaan yang ditambahkan di peramban ini
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Diterbitkan oleh { $issuer } · versi { $version } · bahasa: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Sumber: { $source } ({ $date })
packs-remove = Hapus formulir ini
# Variables:
#   $title (String) - the request form's title
packs-added = Formulir permintaan ditambahkan: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Formulir permintaan dihapus: { $title }. Draf-drafnya tetap ada di peramban ini dan dibuka dalam mode hanya-baca.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Peramban ini memiliki versi { $old } dari "{ $title }". Ganti dengan versi { $new }? Draf yang dibuat dengannya tetap mempertahankan jawabannya.
packs-replace = Ganti
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Formulir permintaan diperbarui: { $title }, versi { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Peramban ini sudah memiliki versi { $old } dari "{ $title }"; berkas ini memuat versi { $new }. Tidak ada yang diubah.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Draf ini dibuat dengan formulir permintaan "{ $id }" (versi { $version }, diterbitkan oleh { $issuer }); formulir tersebut tidak lagi ada di peramban ini. Draf ditampilkan dalam mode hanya-baca: untuk menyunting draf ini, tambahkan kembali formulir tersebut dari berkasnya.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Berkas ini tidak ditambahkan sebagai formulir permintaan. Tidak ada yang disimpan.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Berkas ini lebih besar dari { $limit } kB.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Berkas ini bertingkat lebih dalam dari { $limit } tingkat.
packs-not-pack = Berkas ini bukan berkas formulir permintaan Tandem.
packs-unknown-format = Berkas ini tidak menyatakan format formulir permintaan yang dikenal.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Berkas ini ditulis untuk versi Tandem yang lebih baru (format { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Kolom { $field } dalam berkas tidak ada, kosong, terlalu panjang, atau memiliki tipe yang salah.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Pengenal formulir { $id } harus terdiri atas 1 sampai 40 huruf kecil, angka, dan tanda hubung, serta diawali dengan huruf.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Pengenal formulir { $id } sudah dipakai oleh jenis permintaan atau teks milik Tandem sendiri.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Pengenal formulir { $id } berbeda dengan pengenal templatnya { $template }.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Templat formulir tidak valid pada { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Templat formulir menggunakan jenis butir yang tidak dikenal Tandem: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = Bahasa { $lang } bukan bahasa yang didukung Tandem, atau disebutkan dua kali.
packs-few-langs = Formulir harus ditulis dalam sedikitnya dua bahasa.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Formulir tidak memiliki teks dalam bahasa { $lang }, atau memiliki teks dalam bahasa yang tidak dinyatakannya.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Teks dalam bahasa { $lang } tidak dapat dibaca (baris { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Teks { $id } tidak ada dalam bahasa { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = Pengenal teks { $id } tidak diawali dengan { $prefix }: formulir tidak boleh mengubah teks milik Tandem sendiri.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = Teks { $id } dalam bahasa { $lang } mengandung markah; hanya teks biasa yang diperbolehkan.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = Teks { $id } dalam bahasa { $lang } menggunakan fungsi atau term; hanya teks biasa, variabel, dan pilihan yang diperbolehkan.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Teks { $id } dalam bahasa { $lang } lebih panjang dari { $limit } karakter.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Formulir memiliki lebih dari { $limit } teks dalam satu bahasa.
