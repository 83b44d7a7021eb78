# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Hər iki dildə eynidir (ad, istinad nömrəsi, ünvan)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Tərcüməsiz saxla (PDF bunu digər sütunda göstərir)
form-status-translated = Vəziyyət: tərcümə edilib
form-status-same = Vəziyyət: hər iki dildə eynidir
form-status-untranslated = Vəziyyət: tərcüməsiz saxlanılıb
form-status-pending = Vəziyyət: tərcümə edilməlidir (cavab tərcümə edilənədək, hər iki dildə eyni kimi qeyd olunanadək və ya tərcüməsiz saxlanılanadək yekun PDF yaradılmır)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Hələ tərcümə edilməli cavablar: { $count }. Hər biri tərcümə edilənədək, hər iki dildə eyni kimi qeyd olunanadək və ya tərcüməsiz saxlanılanadək yekun PDF yaradılmır; məsləhətləşmə üçün layihədə onlar tərcümə edilməmiş kimi qeyd olunur.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = { $number } sətri əlavə edildi.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Sətir köçürüldü: indi { $number } sətridir.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = { $number } sətri silindi.

# The outline of the form: one link per section, with where that section stands.
form-outline = Bu sorğunun bölmələri
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] cavablar çatışmır
        [translate] tərcümə edilməlidir
       *[done] tamamlanıb
    }
