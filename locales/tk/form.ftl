# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Iki dilde-de birmeňzeş (at, belgi, salgy)
form-status-translated = Ýagdaýy: terjime edildi
form-status-same = Ýagdaýy: iki dilde-de birmeňzeş
form-status-pending = Ýagdaýy: terjime edilmeli (oňa çenli PDF resminamasynda «terjime edilmedik» diýlip görkezilýär)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Entek terjime edilmeli jogaplar: { $count }. PDF resminamasynda olar terjime edilmedik diýlip bellenýär.
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
