# Texts printed in the PDF.

# Variables:
#   $page (Number) - this page
#   $pages (Number) - pages in the document
pdf-page = עמוד { $page } מתוך { $pages }
# Variables:
#   $reference (String) - the request's reference number
pdf-reference = סימוכין { $reference }
# Variables:
#   $fingerprint (String) - first 16 hex digits of the SHA-256 of the draft's content
pdf-fingerprint = טביעת אצבע { $fingerprint }
pdf-draft = טיוטה להתייעצות
pdf-not-translated = [לא תורגם: הנוסח המקורי מופיע בטור השני.]
# In a final request, in place of the translation of an answer the requesting authority chose
# to leave untranslated.
pdf-left-untranslated = הושאר ללא תרגום לפי בחירת הרשות המבקשת: הנוסח המקורי מופיע בטור השני.
# The same in an answer to a request (confirmation of receipt, notice of action taken, …).
pdf-left-untranslated-answer = הושאר ללא תרגום לפי בחירת הרשות המשיבה: הנוסח המקורי מופיע בטור השני.
pdf-ticked = כן
pdf-not-ticked = לא
# The closing note of every request, printed once in each column after the signature block:
# who wrote what. Its heading:
pdf-review-heading = כיצד נערכה בקשה זו
pdf-review-heading-answer = כיצד נערכה תשובה זו
# Printed only in the column of a language whose wording in Tandem is machine-drafted (every
# language but English until a legal translator has reviewed it; glossary.toml, review-status).
pdf-review-form-wording = הנוסח הקבוע של הטופס בטור זה (כותרות, תוויות ואפשרויות) הוא תרגום מכונה שטרם נבדק על ידי מתרגם משפטי.
pdf-review-answers = התשובות נכתבו על ידי הרשות המבקשת, אשר סיפקה גם את נוסחן בשפה האחרת.
# The same in an answer to a request.
pdf-review-answers-answer = הפרטים שמולאו בטופס נכתבו על ידי הרשות המשיבה, אשר סיפקה גם את נוסחם בשפה האחרת.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
pdf-review-checked = תרגום התשובות נבדק על ידי { $name }.
# Variables:
#   $name (String) - the person who checked the translation of the answers, as typed
#   $office (String) - their office, as typed (and translated)
pdf-review-checked-office = תרגום התשובות נבדק על ידי { $name } ({ $office }).
# Variables:
#   $from (String) - start of the range, date and time with its zone
#   $to (String) - end of the range, date and time with its zone
pdf-time-range = מ-{ $from } עד { $to }
# Variables:
#   $port (String) - the source port of an IP address
pdf-source-port = פורט מקור { $port }
# Variables:
#   $time (String) - date and time with its zone
pdf-at-time = ב-{ $time }

# A PDF exported from a request received: printed on every page, and in each column's closing note.
pdf-reading-copy = עותק לעיון של בקשה שהתקבלה
# Variables:
#   $fingerprint (String) - the original request's fingerprint, 16 hexadecimal digits
pdf-reading-copy-note = עותק לעיון של בקשה שהתקבלה, טביעת אצבע { $fingerprint }; המקור הוא קובץ ה-PDF שעליו חתמה הרשות המבקשת. הטקסט החופשי מודפס כפי שהרשות המבקשת כתבה ותרגמה אותו.
