# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Njësoj në të dyja gjuhët (emër, referencë, adresë)
form-status-translated = Gjendja: i përkthyer
form-status-same = Gjendja: njësoj në të dyja gjuhët
form-status-pending = Gjendja: për t'u përkthyer (deri atëherë PDF-ja shënon „e papërkthyer”)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Përgjigje ende për t'u përkthyer: { $count }. PDF-ja i shënon si të papërkthyera.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Rreshti { $number } u shtua.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Rreshti u zhvendos: tani është rreshti { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Rreshti { $number } u hoq.
