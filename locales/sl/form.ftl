# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Enako v obeh jezikih (ime, opravilna številka, naslov)
form-status-translated = Status: prevedeno
form-status-same = Status: enako v obeh jezikih
form-status-pending = Status: za prevod (do takrat je v PDF navedeno »ni prevedeno«)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Odgovori, ki jih je treba še prevesti: { $count }. PDF jih označi kot neprevedene.
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
