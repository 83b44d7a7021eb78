# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = כל הבקשות
home-start = התחלת בקשה חדשה
home-use-art29-preservation = מתחילים כאן: שימור הנתונים מיד, לפני שיימחקו.
home-use-art31-subscriber = לקבלת נתוני מנוי בדרך של עזרה משפטית הדדית, לאחר השימור.
home-use-art31-traffic = לקבלת נתוני תעבורה בדרך של עזרה משפטית הדדית, לאחר השימור.
home-use-art31-content = לקבלת נתוני תוכן בדרך של עזרה משפטית הדדית, לאחר השימור.
home-use-emergency-disclosure = רק כאשר קיימת סכנה מיידית לחייו או לביטחונו של אדם.
home-use-provider-preservation = כאשר ספק השירות מקבל בקשות ישירות מרשויות זרות: שימור הנתונים מיד.
home-use-provider-disclosure = לבקשת נתונים שאינם נתוני תוכן ישירות מספק השירות, לאחר השימור.
home-drafts = טיוטות בדפדפן זה
home-no-drafts = אין עדיין טיוטות.
home-untitled = טיוטה ללא מספר סימוכין
home-country = המדינה המתבקשת
home-edited = עריכה אחרונה
home-duplicate = שכפול
home-rename = שינוי שם
home-name = שם הטיוטה
home-save-name = שמירת השם
home-cancel = ביטול
home-delete = מחיקה
home-export = ייצוא לקובץ
home-import = ייבוא קובץ טיוטה
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = הטיוטה נמחקה: { $name }.
home-undo = ביטול הפעולה
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = הטיוטה יובאה: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = טיוטה זו כבר הייתה כאן, ולכן יובאה כעותק: { $name }.
home-import-malformed = קובץ זה אינו טיוטה של Tandem. דבר לא שונה.
home-import-too-large = קובץ זה גדול מדי לטיוטה של Tandem. דבר לא שונה.
home-import-newer = טיוטה זו נוצרה בגרסה חדשה יותר של Tandem. דבר לא שונה.
home-import-unknown = טיוטה זו מיועדת לסוג בקשה שאינו קיים בגרסה זו של Tandem. דבר לא שונה.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = דפדפן זה סירב לשמור אותה ({ $reason }). דבר לא שונה.
home-not-found = טיוטה זו אינה נמצאת בדפדפן זה.
home-saving = שמירה…
home-preview = תצוגה מקדימה של ה-PDF
home-preview-title = תצוגה מקדימה של ה-PDF
home-preview-download = הורדת קובץ PDF זה
