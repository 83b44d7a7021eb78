# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = V oboch jazykoch rovnako (meno, číslo konania, adresa)
form-status-translated = Stav: preložené
form-status-same = Stav: v oboch jazykoch rovnako
form-status-pending = Stav: na preklad (dovtedy je v PDF uvedené „nepreložené“)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Odpovede, ktoré treba ešte preložiť: { $count }. PDF ich označí ako nepreložené.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Riadok { $number } pridaný.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Riadok presunutý: teraz je to riadok { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Riadok { $number } odstránený.
