# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = V oboch jazykoch rovnako (meno, číslo konania, adresa)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Ponechať bez prekladu (PDF to uvedie v druhom stĺpci)
form-status-translated = Stav: preložené
form-status-same = Stav: v oboch jazykoch rovnako
form-status-untranslated = Stav: ponechané bez prekladu
form-status-pending = Stav: na preklad (konečné PDF sa vytvorí až potom, ako bude odpoveď preložená, označená ako rovnaká v oboch jazykoch alebo ponechaná bez prekladu)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Odpovede, ktoré treba ešte preložiť: { $count }. Konečné PDF sa vytvorí až potom, ako bude každá z nich preložená, označená ako rovnaká v oboch jazykoch alebo ponechaná bez prekladu; návrh na konzultáciu ich označí ako nepreložené.
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

# The outline of the form: one link per section, with where that section stands.
form-outline = Oddiely tejto žiadosti
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] chýbajú odpovede
        [translate] na preklad
       *[done] hotovo
    }
