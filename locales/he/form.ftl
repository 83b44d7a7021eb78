# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = זהה בשתי השפות (שם, מספר סימוכין, כתובת)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = השארה ללא תרגום (ה-PDF יציין זאת בטור השני)
form-status-translated = מצב: תורגם
form-status-same = מצב: זהה בשתי השפות
form-status-untranslated = מצב: הושאר ללא תרגום
form-status-pending = מצב: טרם תורגם (קובץ PDF סופי ייווצר רק לאחר שהתשובה תתורגם, תסומן כזהה בשתי השפות או תושאר ללא תרגום)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = תשובות שעדיין יש לתרגם: { $count }. קובץ PDF סופי ייווצר רק לאחר שכל אחת מהן תתורגם, תסומן כזהה בשתי השפות או תושאר ללא תרגום; בטיוטה להתייעצות הן מסומנות כלא מתורגמות.
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

# The outline of the form: one link per section, with where that section stands.
form-outline = חלקי בקשה זו
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] חסרות תשובות
        [translate] יש לתרגם
       *[done] הושלם
    }
