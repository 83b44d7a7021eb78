# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Her iki dilde aynı (ad, referans, adres)
form-status-translated = Durum: çevrildi
form-status-same = Durum: her iki dilde aynı
form-status-pending = Durum: çevrilecek (o zamana kadar PDF'de "çevrilmemiştir" yazar)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Çevrilmeyi bekleyen yanıtlar: { $count }. PDF bunları çevrilmemiş olarak işaretler.
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
