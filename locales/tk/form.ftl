# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Iki dilde-de birmeňzeş (at, belgi, salgy)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Terjimesiz goýmak (PDF resminamasynda bu beýleki sütünde görkezilýär)
form-status-translated = Ýagdaýy: terjime edildi
form-status-same = Ýagdaýy: iki dilde-de birmeňzeş
form-status-untranslated = Ýagdaýy: terjimesiz goýuldy
form-status-pending = Ýagdaýy: terjime edilmeli (gutarnykly PDF diňe jogap terjime edilenden, iki dilde-de birmeňzeş diýlip bellenenden ýa-da terjimesiz goýulandan soň taýýarlanýar)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Entek terjime edilmeli jogaplar: { $count }. Gutarnykly PDF diňe olaryň her biri terjime edilenden, iki dilde-de birmeňzeş diýlip bellenenden ýa-da terjimesiz goýulandan soň taýýarlanýar; ylalaşmak üçin taslamada olar terjime edilmedik diýlip bellenýär.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Setir { $number } goşuldy.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Setir süýşürildi: indi onuň belgisi { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Setir { $number } aýryldy.

# The outline of the form: one link per section, with where that section stands.
form-outline = Bu haýyşyň bölümleri
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] jogaplar ýetmeýär
        [translate] terjime edilmeli
       *[done] taýýar
    }
