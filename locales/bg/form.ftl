# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Еднакво на двата езика (име, референтен номер, адрес)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Оставяне без превод (PDF файлът посочва това в другата колона)
form-status-translated = Статус: преведено
form-status-same = Статус: еднакво на двата езика
form-status-untranslated = Статус: оставено без превод
form-status-pending = Статус: предстои превод (окончателен PDF файл се създава едва след като отговорът бъде преведен, отбелязан като еднакъв на двата езика или оставен без превод)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Отговори, които предстои да бъдат преведени: { $count }. Окончателен PDF файл се създава едва след като всеки от тях бъде преведен, отбелязан като еднакъв на двата езика или оставен без превод; в проекта за съгласуване те са отбелязани като непреведени.
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

# The outline of the form: one link per section, with where that section stands.
form-outline = Раздели на това искане
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] липсват отговори
        [translate] предстои превод
       *[done] готово
    }
