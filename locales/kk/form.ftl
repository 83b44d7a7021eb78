# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Екі тілде бірдей (аты-жөні, нөмір, мекенжай)
form-status-translated = Мәртебесі: аударылды
form-status-same = Мәртебесі: екі тілде бірдей
form-status-pending = Мәртебесі: аударылуы тиіс (оған дейін PDF құжатында «аударылмаған» деп көрсетіледі)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Әлі аударылуы тиіс жауаптар: { $count }. PDF құжатында олар аударылмаған деп белгіленеді.
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
