# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Enako v obeh jezikih (ime, opravilna številka, naslov)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Pusti neprevedeno (PDF to navede v drugem stolpcu)
form-status-translated = Status: prevedeno
form-status-same = Status: enako v obeh jezikih
form-status-untranslated = Status: puščeno neprevedeno
form-status-pending = Status: za prevod (končni PDF se izdela šele, ko je odgovor preveden, označen kot enak v obeh jezikih ali puščen neprevedeno)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Odgovori, ki jih je treba še prevesti: { $count }. Končni PDF se izdela šele, ko je vsak od njih preveden, označen kot enak v obeh jezikih ali puščen neprevedeno; osnutek za posvetovanje jih označi kot neprevedene.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Vrstica { $number } dodana.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Vrstica premaknjena: zdaj je vrstica { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Vrstica { $number } odstranjena.

# The outline of the form: one link per section, with where that section stands.
form-outline = Oddelki tega zaprosila
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] manjkajo odgovori
        [translate] za prevod
       *[done] končano
    }
