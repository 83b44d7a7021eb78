# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Նույնն է երկու լեզուներով (անուն, համար, հասցե)
form-status-translated = Կարգավիճակ՝ թարգմանված է
form-status-same = Կարգավիճակ՝ նույնն է երկու լեզուներով
form-status-pending = Կարգավիճակ՝ ենթակա է թարգմանության (մինչ այդ PDF-ում նշված է «թարգմանված չէ»)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Դեռ թարգմանության ենթակա պատասխաններ՝ { $count }։ PDF-ում դրանք նշված են որպես չթարգմանված։
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Ավելացվել է { $number } տողը։
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Տողը տեղափոխվել է. այժմ այն { $number } տողն է։
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Հեռացվել է { $number } տողը։
