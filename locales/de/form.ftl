# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = In beiden Sprachen gleich (Name, Aktenzeichen, Anschrift)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Nicht übersetzen (das PDF vermerkt dies in der anderen Spalte)
form-status-translated = Stand: übersetzt
form-status-same = Stand: in beiden Sprachen gleich
form-status-untranslated = Stand: bewusst nicht übersetzt
form-status-pending = Stand: noch zu übersetzen (ein endgültiges PDF wird erst erstellt, wenn die Antwort übersetzt, als in beiden Sprachen gleich gekennzeichnet oder als nicht zu übersetzen markiert ist)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Noch zu übersetzende Antworten: { $count }. Ein endgültiges PDF wird erst erstellt, wenn jede von ihnen übersetzt, als in beiden Sprachen gleich gekennzeichnet oder als nicht zu übersetzen markiert ist; ein Entwurf zur Abstimmung kennzeichnet sie als nicht übersetzt.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Zeile { $number } hinzugefügt.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Zeile verschoben: Sie ist jetzt Zeile { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Zeile { $number } entfernt.

# The outline of the form: one link per section, with where that section stands.
form-outline = Abschnitte dieses Ersuchens
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] Antworten fehlen
        [translate] zu übersetzen
       *[done] erledigt
    }
