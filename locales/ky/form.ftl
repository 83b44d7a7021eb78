# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Эки тилде бирдей (аты-жөнү, номер, дарек)
form-status-translated = Статусу: которулду
form-status-same = Статусу: эки тилде бирдей
form-status-pending = Статусу: которулушу керек (ага чейин PDF документинде «которулган эмес» деп көрсөтүлөт)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Дагы которула турган жооптор: { $count }. PDF документинде алар которулган эмес деп белгиленет.
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
