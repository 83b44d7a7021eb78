# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Նույնն է երկու լեզուներով (անուն, համար, հասցե)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Թողնել առանց թարգմանության (PDF-ում դա նշվում է մյուս սյունակում)
form-status-translated = Կարգավիճակ՝ թարգմանված է
form-status-same = Կարգավիճակ՝ նույնն է երկու լեզուներով
form-status-untranslated = Կարգավիճակ՝ թողնված է առանց թարգմանության
form-status-pending = Կարգավիճակ՝ ենթակա է թարգմանության (վերջնական PDF-ը ստեղծվում է միայն այն բանից հետո, երբ պատասխանը թարգմանվի, նշվի որպես նույնը երկու լեզուներով կամ թողնվի առանց թարգմանության)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Դեռ թարգմանության ենթակա պատասխաններ՝ { $count }։ Վերջնական PDF-ը ստեղծվում է միայն այն բանից հետո, երբ դրանցից յուրաքանչյուրը թարգմանվի, նշվի որպես նույնը երկու լեզուներով կամ թողնվի առանց թարգմանության. խորհրդակցության համար նախագծում դրանք նշված են որպես չթարգմանված։
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

# The outline of the form: one link per section, with where that section stands.
form-outline = Այս հարցման բաժինները
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] պատասխաններ են պակասում
        [translate] ենթակա է թարգմանության
       *[done] լրացված է
    }
