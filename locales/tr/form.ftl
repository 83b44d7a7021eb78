# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Her iki dilde aynı (ad, referans, adres)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Çevrilmeden bırak (PDF bunu diğer sütunda belirtir)
form-status-translated = Durum: çevrildi
form-status-same = Durum: her iki dilde aynı
form-status-untranslated = Durum: çevrilmeden bırakıldı
form-status-pending = Durum: çevrilecek (nihai PDF, yanıt çevrilene, her iki dilde aynı olarak işaretlenene veya çevrilmeden bırakılana kadar oluşturulmaz)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Çevrilmeyi bekleyen yanıtlar: { $count }. Nihai PDF, her biri çevrilene, her iki dilde aynı olarak işaretlenene veya çevrilmeden bırakılana kadar oluşturulmaz; görüşe sunulan taslakta bunlar çevrilmemiş olarak işaretlenir.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = { $number } numaralı satır eklendi.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Satır taşındı: artık { $number } numaralı satır.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = { $number } numaralı satır kaldırıldı.

# The outline of the form: one link per section, with where that section stands.
form-outline = Bu talebin bölümleri
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] eksik yanıtlar var
        [translate] çevrilecek
       *[done] tamamlandı
    }
