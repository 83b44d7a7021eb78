# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Sama dalam kedua bahasa (nama, nomor referensi, alamat)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Biarkan tidak diterjemahkan (PDF menyatakannya di kolom lain)
form-status-translated = Status: diterjemahkan
form-status-same = Status: sama dalam kedua bahasa
form-status-untranslated = Status: dibiarkan tidak diterjemahkan
form-status-pending = Status: perlu diterjemahkan (PDF final baru dibuat setelah jawaban diterjemahkan, ditandai sama dalam kedua bahasa, atau dibiarkan tidak diterjemahkan)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Jawaban yang masih perlu diterjemahkan: { $count }. PDF final baru dibuat setelah setiap jawaban diterjemahkan, ditandai sama dalam kedua bahasa, atau dibiarkan tidak diterjemahkan; draf untuk konsultasi menandainya sebagai belum diterjemahkan.
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

# The outline of the form: one link per section, with where that section stands.
form-outline = Bagian-bagian permintaan ini
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] jawaban belum lengkap
        [translate] perlu diterjemahkan
       *[done] selesai
    }
