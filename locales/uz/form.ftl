# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Ikkala tilda bir xil (ism, raqam, manzil)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Tarjimasiz qoldirish (PDF hujjatida bu boshqa ustunda koʻrsatiladi)
form-status-translated = Maqomi: tarjima qilingan
form-status-same = Maqomi: ikkala tilda bir xil
form-status-untranslated = Maqomi: tarjimasiz qoldirilgan
form-status-pending = Maqomi: tarjima qilinishi kerak (yakuniy PDF javob tarjima qilingandan, ikkala tilda bir xil deb belgilangandan yoki tarjimasiz qoldirilgandan keyingina yaratiladi)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Hali tarjima qilinishi kerak boʻlgan javoblar: { $count }. Yakuniy PDF ularning har biri tarjima qilingandan, ikkala tilda bir xil deb belgilangandan yoki tarjimasiz qoldirilgandan keyingina yaratiladi; kelishish uchun loyihada ular tarjima qilinmagan deb belgilanadi.
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

# The outline of the form: one link per section, with where that section stands.
form-outline = Ushbu soʻrovning boʻlimlari
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] javoblar yetishmaydi
        [translate] tarjima qilinishi kerak
       *[done] tayyor
    }
