# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Дар ҳарду забон якхела (ном, рақами бақайдгирӣ, суроға)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Бе тарҷума гузоштан (PDF инро дар сутуни дигар қайд мекунад)
form-status-translated = Ҳолат: тарҷума шудааст
form-status-same = Ҳолат: дар ҳарду забон якхела
form-status-untranslated = Ҳолат: бе тарҷума гузошта шудааст
form-status-pending = Ҳолат: бояд тарҷума шавад (PDF-и ниҳоӣ танҳо пас аз он сохта мешавад, ки ҷавоб тарҷума карда шавад, ҳамчун дар ҳарду забон якхела қайд карда шавад ё бе тарҷума гузошта шавад)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Ҷавобҳое, ки ҳанӯз бояд тарҷума шаванд: { $count }. PDF-и ниҳоӣ танҳо пас аз он сохта мешавад, ки ҳар яки онҳо тарҷума карда шавад, ҳамчун дар ҳарду забон якхела қайд карда шавад ё бе тарҷума гузошта шавад; лоиҳа барои машварат онҳоро ҳамчун тарҷуманашуда қайд мекунад.
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

# The outline of the form: one link per section, with where that section stands.
form-outline = Фаслҳои ин дархост
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] ҷавобҳо намерасанд
        [translate] бояд тарҷума шавад
       *[done] тайёр
    }
