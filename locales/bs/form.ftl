# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Isto na oba jezika (ime, referentni broj, adresa)
form-status-translated = Status: prevedeno
form-status-same = Status: isto na oba jezika
form-status-pending = Status: za prevođenje (do tada u PDF fajlu piše „nije prevedeno“)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Odgovori koje još treba prevesti: { $count }. PDF fajl ih označava kao neprevedene.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Dodan je red { $number }.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Red je pomjeren: sada je to red { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Uklonjen je red { $number }.
