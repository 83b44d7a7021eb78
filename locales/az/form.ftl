# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Hər iki dildə eynidir (ad, istinad nömrəsi, ünvan)
form-status-translated = Vəziyyət: tərcümə edilib
form-status-same = Vəziyyət: hər iki dildə eynidir
form-status-pending = Vəziyyət: tərcümə edilməlidir (o vaxtadək PDF-də «tərcümə edilməyib» göstərilir)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Hələ tərcümə edilməli cavablar: { $count }. PDF-də onlar tərcümə edilməmiş kimi qeyd olunur.
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
