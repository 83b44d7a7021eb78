# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Исто на оба језика (име, број предмета, адреса)
form-status-translated = Статус: преведено
form-status-same = Статус: исто на оба језика
form-status-pending = Статус: треба превести (дотле PDF наводи „није преведено”)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Одговора који још треба да се преведу: { $count }. PDF их означава као непреведене.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Ред { $number } је додат.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Ред је премештен: сада је то ред { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Ред { $number } је уклоњен.
