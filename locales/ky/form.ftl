# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Эки тилде бирдей (аты-жөнү, номер, дарек)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Которбой калтыруу (PDF документинде бул башка мамычада көрсөтүлөт)
form-status-translated = Статусу: которулду
form-status-same = Статусу: эки тилде бирдей
form-status-untranslated = Статусу: которулбай калтырылды
form-status-pending = Статусу: которулушу керек (жооп которулмайынча, эки тилде бирдей деп белгиленмейинче же которулбай калтырылмайынча акыркы PDF түзүлбөйт)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Дагы которула турган жооптор: { $count }. Алардын ар бири которулмайынча, эки тилде бирдей деп белгиленмейинче же которулбай калтырылмайынча акыркы PDF түзүлбөйт; макулдашуу үчүн долбоордо алар которулган эмес деп белгиленет.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Сап { $number } кошулду.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Сап жылдырылды: эми анын номери { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Сап { $number } өчүрүлдү.

# The outline of the form: one link per section, with where that section stands.
form-outline = Бул суроо-талаптын бөлүмдөрү
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] жооптор жетишпейт
        [translate] которулушу керек
       *[done] толтурулду
    }
