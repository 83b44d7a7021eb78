# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Isto na oba jezika (ime, oznaka, adresa)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Ostaviti bez prijevoda (PDF datoteka to navodi u drugom stupcu)
form-status-translated = Status: prevedeno
form-status-same = Status: isto na oba jezika
form-status-untranslated = Status: ostavljeno bez prijevoda
form-status-pending = Status: za prevođenje (konačna PDF datoteka izrađuje se tek kad odgovor bude preveden, označen kao isti na oba jezika ili ostavljen bez prijevoda)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Odgovori koje još treba prevesti: { $count }. Konačna PDF datoteka izrađuje se tek kad svaki od njih bude preveden, označen kao isti na oba jezika ili ostavljen bez prijevoda; nacrt za savjetovanje označava ih kao neprevedene.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Dodan je redak { $number }.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Redak je pomaknut: sada je to redak { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Uklonjen je redak { $number }.

# The outline of the form: one link per section, with where that section stands.
form-outline = Dijelovi ovog zahtjeva
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] nedostaju odgovori
        [translate] za prevođenje
       *[done] dovršeno
    }
