# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = V obou jazycích stejně (jméno, číslo jednací, adresa)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Ponechat bez překladu (PDF to uvede v druhém sloupci)
form-status-translated = Stav: přeloženo
form-status-same = Stav: v obou jazycích stejně
form-status-untranslated = Stav: ponecháno bez překladu
form-status-pending = Stav: k překladu (konečné PDF bude vytvořeno až poté, co bude odpověď přeložena, označena jako stejná v obou jazycích nebo ponechána bez překladu)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Odpovědi, které zbývá přeložit: { $count }. Konečné PDF bude vytvořeno až poté, co bude každá z nich přeložena, označena jako stejná v obou jazycích nebo ponechána bez překladu; koncept ke konzultaci je označí jako nepřeložené.
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

# The outline of the form: one link per section, with where that section stands.
form-outline = Oddíly této žádosti
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] chybí odpovědi
        [translate] k překladu
       *[done] hotovo
    }
