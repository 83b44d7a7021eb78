# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Gelijk in beide talen (een naam, een kenmerk, een adres)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Onvertaald laten (de PDF vermeldt dit in de andere kolom)
form-status-translated = Status: vertaald
form-status-same = Status: gelijk in beide talen
form-status-untranslated = Status: onvertaald gelaten
form-status-pending = Status: nog te vertalen (een definitieve PDF wordt pas gemaakt wanneer het antwoord is vertaald, als gelijk in beide talen is gemarkeerd of onvertaald is gelaten)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Antwoorden die nog moeten worden vertaald: { $count }. Een definitieve PDF wordt pas gemaakt wanneer elk ervan is vertaald, als gelijk in beide talen is gemarkeerd of onvertaald is gelaten; een concept voor overleg markeert ze als niet vertaald.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Regel { $number } toegevoegd.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Regel verplaatst: het is nu regel { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Regel { $number } verwijderd.

# The outline of the form: one link per section, with where that section stands.
form-outline = Afdelingen van dit verzoek
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] antwoorden ontbreken
        [translate] nog te vertalen
       *[done] gereed
    }
