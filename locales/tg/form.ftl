# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Дар ҳарду забон якхела (ном, рақами бақайдгирӣ, суроға)
form-status-translated = Ҳолат: тарҷума шудааст
form-status-same = Ҳолат: дар ҳарду забон якхела
form-status-pending = Ҳолат: бояд тарҷума шавад (то он вақт дар PDF «тарҷума нашудааст» навишта мешавад)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Ҷавобҳое, ки ҳанӯз бояд тарҷума шаванд: { $count }. PDF онҳоро ҳамчун тарҷуманашуда қайд мекунад.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Сатри { $number } илова шуд.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Сатр кӯчонида шуд: акнун он сатри { $number } аст.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Сатри { $number } нест карда шуд.
