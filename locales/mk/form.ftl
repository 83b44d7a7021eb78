# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Исто на двата јазика (име, број на предмет, адреса)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Остави непреведено (PDF го наведува тоа во другата колона)
form-status-translated = Статус: преведено
form-status-same = Статус: исто на двата јазика
form-status-untranslated = Статус: оставено непреведено
form-status-pending = Статус: треба да се преведе (конечниот PDF не се создава додека одговорот не се преведе, не се означи како ист на двата јазика или не се остави непреведен)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Одговори што уште треба да се преведат: { $count }. Конечниот PDF не се создава додека секој од нив не се преведе, не се означи како ист на двата јазика или не се остави непреведен; нацртот за консултации ги означува како непреведени.
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

# The outline of the form: one link per section, with where that section stands.
form-outline = Делови на ова барање
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] недостасуваат одговори
        [translate] треба да се преведе
       *[done] пополнето
    }
