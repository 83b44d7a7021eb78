# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = הוספת טופס בקשה מקובץ
packs-heading = טופסי בקשה שנוספו בדפדפן זה
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = הונפק על ידי { $issuer } · גרסה { $version } · שפות: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = מקור: { $source } ({ $date })
packs-remove = הסרת טופס זה
# Variables:
#   $title (String) - the request form's title
packs-added = טופס הבקשה נוסף: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = טופס הבקשה הוסר: { $title }. הטיוטות שנוצרו בו נשארות בדפדפן זה ונפתחות לקריאה בלבד.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = בדפדפן זה קיימת גרסה { $old } של "{ $title }". להחליף אותה בגרסה { $new }? טיוטות שנוצרו בטופס זה שומרות על התשובות שלהן.
packs-replace = החלפה
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = טופס הבקשה עודכן: { $title }, גרסה { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = בדפדפן זה כבר קיימת גרסה { $old } של "{ $title }"; הקובץ מכיל את גרסה { $new }. דבר לא שונה.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = טיוטה זו נוצרה בטופס הבקשה "{ $id }", גרסה { $version }, שהונפק על ידי { $issuer }, ואשר אינו נמצא עוד בדפדפן זה. היא מוצגת לקריאה בלבד: כדי לערוך את הטיוטה, יש להוסיף שוב את הטופס מהקובץ שלו.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = קובץ זה לא נוסף כטופס בקשה. דבר לא נשמר.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = קובץ זה גדול מ-{ $limit } קילו-בייט.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = קובץ זה מקונן ליותר מ-{ $limit } רמות.
packs-not-pack = קובץ זה אינו קובץ טופס בקשה של Tandem.
packs-unknown-format = קובץ זה אינו מציין תבנית מוכרת של טופס בקשה.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = קובץ זה נכתב עבור גרסה חדשה יותר של Tandem (תבנית { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = השדה { $field } בקובץ חסר, ריק, ארוך מדי או מסוג שגוי.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = מזהה הטופס { $id } חייב להיות בן 1 עד 40 אותיות לטיניות קטנות, ספרות ומקפים, ולהתחיל באות.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = מזהה הטופס { $id } תפוס על ידי סוגי הבקשות או הטקסטים של Tandem עצמו.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = מזהה הטופס { $id } ומזהה מבנה הטופס { $template } שונים זה מזה.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = מבנה הטופס אינו תקין במיקום { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = מבנה הטופס משתמש בסוג פריט שאינו מוכר ל-Tandem: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = השפה { $lang } אינה נתמכת ב-Tandem, או שצוינה פעמיים.
packs-few-langs = הטופס חייב להיות כתוב בשתי שפות לפחות.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = בטופס אין טקסטים בשפה { $lang }, או שיש בו טקסטים בשפה שהוא אינו מצהיר עליה.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = לא ניתן לקרוא את הטקסטים בשפה { $lang } (שורה { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = הטקסט { $id } חסר בשפה { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = הטקסט { $id } אינו מתחיל ב-{ $prefix }: טופס אינו רשאי לשנות את הטקסטים של Tandem עצמו.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = הטקסט { $id } בשפה { $lang } מכיל תגי סימון; מותר טקסט פשוט בלבד.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = הטקסט { $id } בשפה { $lang } משתמש בפונקציה או במונח; מותרים רק טקסט פשוט, משתנים ובחירות.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = הטקסט { $id } בשפה { $lang } ארוך מ-{ $limit } תווים.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = בטופס יש יותר מ-{ $limit } טקסטים בשפה אחת.
