# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Однаково обома мовами (ім'я, номер, адреса)
form-status-translated = Статус: перекладено
form-status-same = Статус: однаково обома мовами
form-status-pending = Статус: потребує перекладу (доти в PDF зазначено «не перекладено»)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Відповідей, що очікують перекладу: { $count }. У PDF їх позначено як неперекладені.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Рядок { $number } додано.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Рядок переміщено: тепер це рядок { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Рядок { $number } видалено.
