# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Еднакво на двата езика (име, референтен номер, адрес)
form-status-translated = Статус: преведено
form-status-same = Статус: еднакво на двата езика
form-status-pending = Статус: предстои превод (дотогава в PDF файла е отбелязано „непреведено“)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Отговори, които предстои да бъдат преведени: { $count }. В PDF файла те са отбелязани като непреведени.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Добавен е ред { $number }.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Редът е преместен: сега е ред { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Ред { $number } е премахнат.
