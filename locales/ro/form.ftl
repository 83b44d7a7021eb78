# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = La fel în ambele limbi (un nume, o referință, o adresă)
form-status-translated = Stare: tradus
form-status-same = Stare: la fel în ambele limbi
form-status-pending = Stare: de tradus (până atunci, PDF-ul menționează „netradus”)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Răspunsuri care mai trebuie traduse: { $count }. PDF-ul le marchează ca netraduse.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Rândul { $number } a fost adăugat.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Rând mutat: acum este rândul { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Rândul { $number } a fost eliminat.
