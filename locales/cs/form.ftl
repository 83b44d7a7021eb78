# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = V obou jazycích stejně (jméno, číslo jednací, adresa)
form-status-translated = Stav: přeloženo
form-status-same = Stav: v obou jazycích stejně
form-status-pending = Stav: k překladu (do té doby je v PDF uvedeno „nepřeloženo“)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Odpovědi, které zbývá přeložit: { $count }. PDF je označí jako nepřeložené.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Řádek { $number } přidán.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Řádek přesunut: nyní je to řádek { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Řádek { $number } odebrán.
