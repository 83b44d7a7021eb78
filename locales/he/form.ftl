# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = זהה בשתי השפות (שם, מספר סימוכין, כתובת)
form-status-translated = מצב: תורגם
form-status-same = מצב: זהה בשתי השפות
form-status-pending = מצב: טרם תורגם (עד אז ייכתב ב-PDF "לא תורגם")
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = תשובות שעדיין יש לתרגם: { $count }. ה-PDF מסמן אותן כלא מתורגמות.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = שורה { $number } נוספה.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = השורה הועברה: כעת היא שורה { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = שורה { $number } הוסרה.
