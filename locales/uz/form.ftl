# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Ikkala tilda bir xil (ism, raqam, manzil)
form-status-translated = Maqomi: tarjima qilingan
form-status-same = Maqomi: ikkala tilda bir xil
form-status-pending = Maqomi: tarjima qilinishi kerak (shu vaqtgacha PDF hujjatida «tarjima qilinmagan» deb koʻrsatiladi)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Hali tarjima qilinishi kerak boʻlgan javoblar: { $count }. PDF hujjatida ular tarjima qilinmagan deb belgilanadi.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Qator { $number } qoʻshildi.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Qator koʻchirildi: endi uning raqami { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Qator { $number } oʻchirildi.
