# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Sama dalam kedua bahasa (nama, nomor referensi, alamat)
form-status-translated = Status: diterjemahkan
form-status-same = Status: sama dalam kedua bahasa
form-status-pending = Status: perlu diterjemahkan (sampai saat itu PDF mencantumkan "belum diterjemahkan")
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Jawaban yang masih perlu diterjemahkan: { $count }. PDF menandainya sebagai belum diterjemahkan.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Baris { $number } ditambahkan.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Baris dipindahkan: sekarang menjadi baris { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Baris { $number } dihapus.
