# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = ორივე ენაზე ერთნაირია (სახელი, ნომერი, მისამართი)
form-leave-untranslated = დატოვება უთარგმნელად (PDF-ში ეს მიეთითება მეორე სვეტში)
form-status-translated = სტატუსი: თარგმნილია
form-status-same = სტატუსი: ორივე ენაზე ერთნაირია
form-status-untranslated = სტატუსი: დატოვებულია უთარგმნელად
form-status-pending = სტატუსი: სათარგმნია (საბოლოო PDF შეიქმნება მხოლოდ მას შემდეგ, რაც პასუხი ითარგმნება, მოინიშნება როგორც ორივე ენაზე ერთნაირი ან დარჩება უთარგმნელად)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = სათარგმნი პასუხები: { $count }. საბოლოო PDF შეიქმნება მხოლოდ მას შემდეგ, რაც თითოეული ითარგმნება, მოინიშნება როგორც ორივე ენაზე ერთნაირი ან დარჩება უთარგმნელად; კონსულტაციისთვის განკუთვნილ პროექტში ისინი მონიშნულია, როგორც უთარგმნელი.
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

# The outline of the form: one link per section, with where that section stands.
form-outline = ამ მოთხოვნის ნაწილები
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] აკლია პასუხები
        [translate] სათარგმნია
       *[done] შევსებულია
    }
