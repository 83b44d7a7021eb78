# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Исто на двата јазика (име, број на предмет, адреса)
form-status-translated = Статус: преведено
form-status-same = Статус: исто на двата јазика
form-status-pending = Статус: треба да се преведе (дотогаш PDF наведува „не е преведено“)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Одговори што уште треба да се преведат: { $count }. PDF ги означува како непреведени.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Додаден е ред { $number }.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Редот е преместен: сега е ред { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Отстранет е ред { $number }.
