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
#   $id (String) - the draft's identifier in the file
backup-added = יובא: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } קיים עם תוכן אחר: יובא בשם { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = כבר שמור: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = לא יובא: { $id }
