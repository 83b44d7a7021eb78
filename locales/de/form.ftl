# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = In beiden Sprachen gleich (Name, Aktenzeichen, Anschrift)
form-status-translated = Stand: übersetzt
form-status-same = Stand: in beiden Sprachen gleich
form-status-pending = Stand: noch zu übersetzen (bis dahin vermerkt das PDF „nicht übersetzt“)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Noch zu übersetzende Antworten: { $count }. Das PDF kennzeichnet sie als nicht übersetzt.
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
