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
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Diimpor: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } sudah tersimpan di sini dengan isi yang berbeda: diimpor sebagai salinan
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Sudah tersimpan: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Tidak diimpor: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = draf ke-{ $number } dalam berkas
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Impor sebagai salinan
