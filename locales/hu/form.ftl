# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Mindkét nyelven azonos (név, hivatkozási szám, cím)
form-status-translated = Állapot: lefordítva
form-status-same = Állapot: mindkét nyelven azonos
form-status-pending = Állapot: fordításra vár (addig a PDF-ben „nincs lefordítva” áll)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Még lefordítandó válaszok: { $count }. A PDF ezeket nem lefordítottként jelöli.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = { $number }. sor hozzáadva.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = A sor áthelyezve: most ez a { $number }. sor.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = { $number }. sor eltávolítva.
