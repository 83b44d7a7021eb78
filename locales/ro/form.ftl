# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = La fel în ambele limbi (un nume, o referință, o adresă)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Lăsați netradus (PDF-ul menționează acest lucru în cealaltă coloană)
form-status-translated = Stare: tradus
form-status-same = Stare: la fel în ambele limbi
form-status-untranslated = Stare: lăsat netradus
form-status-pending = Stare: de tradus (PDF-ul final nu se generează până când răspunsul nu este tradus, marcat ca fiind la fel în ambele limbi sau lăsat netradus)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Răspunsuri care mai trebuie traduse: { $count }. PDF-ul final nu se generează până când fiecare dintre ele nu este tradus, marcat ca fiind la fel în ambele limbi sau lăsat netradus; un proiect pentru consultare le marchează ca netraduse.
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

# The outline of the form: one link per section, with where that section stands.
form-outline = Secțiunile acestei cereri
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] lipsesc răspunsuri
        [translate] de tradus
       *[done] completă
    }
