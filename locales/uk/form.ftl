# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Однаково обома мовами (ім'я, номер, адреса)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Залишити без перекладу (у PDF це буде зазначено в іншій колонці)
form-status-translated = Статус: перекладено
form-status-same = Статус: однаково обома мовами
form-status-untranslated = Статус: залишено без перекладу
form-status-pending = Статус: потребує перекладу (остаточний PDF створюється лише після перекладу, позначки «однаково обома мовами» або «залишити без перекладу»)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Відповідей, що очікують перекладу: { $count }. Остаточний PDF створюється лише після того, як кожну з них перекладено, позначено як однакову обома мовами або залишено без перекладу; у проєкті для погодження їх позначено як неперекладені.
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

# The outline of the form: one link per section, with where that section stands.
form-outline = Розділи цього запиту
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] бракує відповідей
        [translate] потребує перекладу
       *[done] заповнено
    }
