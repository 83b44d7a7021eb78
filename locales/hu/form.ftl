# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Mindkét nyelven azonos (név, hivatkozási szám, cím)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Fordítás nélkül marad (a PDF ezt a másik oszlopban jelzi)
form-status-translated = Állapot: lefordítva
form-status-same = Állapot: mindkét nyelven azonos
form-status-untranslated = Állapot: fordítás nélkül hagyva
form-status-pending = Állapot: fordításra vár (végleges PDF csak akkor készül, ha a választ lefordították, mindkét nyelven azonosnak jelölték vagy fordítás nélkül hagyták)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Még lefordítandó válaszok: { $count }. Végleges PDF csak akkor készül, ha mindegyiküket lefordították, mindkét nyelven azonosnak jelölték vagy fordítás nélkül hagyták; az egyeztetésre szánt tervezet nem lefordítottként jelöli őket.
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

# The outline of the form: one link per section, with where that section stands.
form-outline = A megkeresés szakaszai
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] hiányzó válaszok
        [translate] fordításra vár
       *[done] kész
    }
