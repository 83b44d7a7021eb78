# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = קובץ זה גדול מ-2 מגה-בייט.
import-too-deep = קובץ זה מקונן לעומק רב מכדי להיות טיוטה.
import-not-draft = קובץ זה אינו טיוטה או גיבוי של Tandem.
import-unknown-format = קובץ זה אינו מציין תבנית טיוטה מוכרת.
import-newer-format = טיוטה זו נכתבה בגרסה חדשה יותר של Tandem.
import-bad-id = מזהה הטיוטה חסר או אינו תקין.
import-unknown-template = טיוטה זו משתמשת בסוג בקשה שאינו מוכר לגרסה זו.
import-bad-langs = שפות המסמך של הטיוטה אינן שתי שפות נתמכות.
import-bad-answers = התשובות בטיוטה אינן בתבנית הצפויה.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = לשדה { $field } בטיוטה יש סוג שגוי.
import-locked = טיוטה זו נעולה: יש להזין את ביטוי הסיסמה שלה.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = יובא: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } כבר שמור כאן עם תוכן אחר: יובא כעותק
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = כבר שמור: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = לא יובא: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = טיוטה { $number } בקובץ
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = ייבוא כעותק
