# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Same in both languages (a name, a reference, an address)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Leave untranslated (the PDF says so in the other column)
form-status-translated = Status: translated
form-status-same = Status: same in both languages
form-status-untranslated = Status: left untranslated
form-status-pending = Status: to be translated (a final PDF waits until it is translated, marked the same in both languages or left untranslated)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Answers still to be translated: { $count }. A final PDF waits until each is translated, marked the same in both languages or left untranslated; a draft for consultation marks them as not translated.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Row { $number } added.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Row moved: it is now row { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Row { $number } removed.

# The outline of the form: one link per section, with where that section stands.
form-outline = Sections of this request
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] answers missing
        [translate] to translate
       *[done] done
    }
