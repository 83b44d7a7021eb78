# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = ორივე ენაზე ერთნაირია (სახელი, ნომერი, მისამართი)
form-status-translated = სტატუსი: თარგმნილია
form-status-same = სტატუსი: ორივე ენაზე ერთნაირია
form-status-pending = სტატუსი: სათარგმნია (მანამდე PDF-ში მითითებულია „არ არის თარგმნილი“)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = სათარგმნი პასუხები: { $count }. PDF-ში ისინი მონიშნულია, როგორც უთარგმნელი.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = დაემატა სტრიქონი { $number }.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = სტრიქონი გადატანილია: ახლა ეს არის სტრიქონი { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = წაიშალა სტრიქონი { $number }.
