# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Gelijk in beide talen (een naam, een kenmerk, een adres)
form-status-translated = Status: vertaald
form-status-same = Status: gelijk in beide talen
form-status-pending = Status: nog te vertalen (tot dan staat in de PDF "niet vertaald")
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Antwoorden die nog moeten worden vertaald: { $count }. De PDF markeert ze als niet vertaald.
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
