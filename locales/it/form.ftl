# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Identico nelle due lingue (un nome, un riferimento, un indirizzo)
form-status-translated = Stato: tradotto
form-status-same = Stato: identico nelle due lingue
form-status-pending = Stato: da tradurre (nel frattempo il PDF indica «non tradotto»)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Risposte ancora da tradurre: { $count }. Il PDF le segnala come non tradotte.
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
