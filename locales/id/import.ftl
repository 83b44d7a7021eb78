# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Berkas ini lebih besar dari 2 MB.
import-too-deep = Berkas ini bertingkat terlalu dalam untuk dapat menjadi draf.
import-not-draft = Berkas ini bukan draf atau cadangan Tandem.
import-unknown-format = Berkas ini tidak menyatakan format draf yang dikenal.
import-newer-format = Draf ini ditulis oleh versi Tandem yang lebih baru.
import-bad-id = Pengenal draf tidak ada atau tidak valid.
import-unknown-template = Draf ini menggunakan jenis permintaan yang tidak dikenal oleh versi ini.
import-bad-langs = Bahasa dokumen draf bukan dua bahasa yang didukung.
import-bad-answers = Jawaban dalam draf tidak dalam bentuk yang diharapkan.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Kolom { $field } dalam draf memiliki tipe yang salah.
import-locked = Draf ini terkunci: masukkan frasa sandinya.

# Import report, one line per draft in the file.
# Variables:
#   $id (String) - the draft's identifier in the file
backup-added = Diimpor: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } sudah ada dengan isi yang berbeda: diimpor sebagai { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Sudah tersimpan: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Tidak diimpor: { $id }
