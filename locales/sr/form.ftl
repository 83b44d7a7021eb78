# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Исто на оба језика (име, број предмета, адреса)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Остави непреведено (PDF то наводи у другој колони)
form-status-translated = Статус: преведено
form-status-same = Статус: исто на оба језика
form-status-untranslated = Статус: остављено непреведено
form-status-pending = Статус: треба превести (коначни PDF се не прави док одговор не буде преведен, означен као исти на оба језика или остављен непреведен)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Одговора који још треба да се преведу: { $count }. Коначни PDF се не прави док сваки од њих не буде преведен, означен као исти на оба језика или остављен непреведен; нацрт за консултације их означава као непреведене.
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

# The outline of the form: one link per section, with where that section stands.
form-outline = Одељци овог захтева
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] недостају одговори
        [translate] треба превести
       *[done] попуњено
    }
