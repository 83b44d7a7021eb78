# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Identico nelle due lingue (un nome, un riferimento, un indirizzo)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Lasciare non tradotto (il PDF lo indica nell'altra colonna)
form-status-translated = Stato: tradotto
form-status-same = Stato: identico nelle due lingue
form-status-untranslated = Stato: lasciato non tradotto
form-status-pending = Stato: da tradurre (il PDF definitivo non viene generato finché la risposta non è tradotta, segnata come identica nelle due lingue o lasciata non tradotta)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Risposte ancora da tradurre: { $count }. Il PDF definitivo non viene generato finché ciascuna non è tradotta, segnata come identica nelle due lingue o lasciata non tradotta; una bozza per consultazione le segnala come non tradotte.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Riga { $number } aggiunta.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Riga spostata: ora è la riga { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Riga { $number } eliminata.

# The outline of the form: one link per section, with where that section stands.
form-outline = Sezioni di questa richiesta
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] risposte mancanti
        [translate] da tradurre
       *[done] completata
    }
