# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Одинаково на обоих языках (имя, номер, адрес)
form-leave-untranslated = Оставить без перевода (в PDF это будет указано в другой колонке)
form-status-translated = Статус: переведено
form-status-same = Статус: одинаково на обоих языках
form-status-untranslated = Статус: оставлено без перевода
form-status-pending = Статус: требуется перевод (итоговый PDF создаётся только после перевода, отметки «одинаково на обоих языках» или «оставить без перевода»)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Ответов, ожидающих перевода: { $count }. Итоговый PDF создаётся только после того, как каждый из них переведён, отмечен как одинаковый на обоих языках или оставлен без перевода; в проекте для согласования они помечены как непереведённые.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Строка { $number } добавлена.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Строка перемещена: теперь это строка { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Строка { $number } удалена.

# The outline of the form: one link per section, with where that section stands.
form-outline = Разделы запроса
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] не хватает ответов
        [translate] требуется перевод
       *[done] заполнен
    }
