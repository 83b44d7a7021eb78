# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Екі тілде бірдей (аты-жөні, нөмір, мекенжай)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Аудармай қалдыру (PDF құжатында бұл екінші бағанда көрсетіледі)
form-status-translated = Мәртебесі: аударылды
form-status-same = Мәртебесі: екі тілде бірдей
form-status-untranslated = Мәртебесі: аудармай қалдырылды
form-status-pending = Мәртебесі: аударылуы тиіс (түпкілікті PDF жауап аударылғаннан, екі тілде бірдей деп белгіленгеннен немесе аудармай қалдырылғаннан кейін ғана жасалады)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Әлі аударылуы тиіс жауаптар: { $count }. Түпкілікті PDF олардың әрқайсысы аударылғаннан, екі тілде бірдей деп белгіленгеннен немесе аудармай қалдырылғаннан кейін ғана жасалады; келісуге арналған жобада олар аударылмаған деп белгіленеді.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Жол { $number } қосылды.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Жол жылжытылды: енді оның нөмірі { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Жол { $number } жойылды.

# The outline of the form: one link per section, with where that section stands.
form-outline = Осы сұрау салудың бөлімдері
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] жауаптар жетіспейді
        [translate] аударылуы тиіс
       *[done] дайын
    }
