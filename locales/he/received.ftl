# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = בקשות שהתקבלו
received-intro = בקשה שרשות אחרת הכינה ב-Tandem נפתחת כאן לקריאה בלבד, וכל תווית, סימון, מדינה ותאריך שבה מוצגים בשפת מסך זה. הקובץ נשאר בדפדפן זה.
received-open = פתיחת בקשה שהתקבלה (קובץ ה-PDF שלה או קובץ הטיוטה שלה)
received-none = טרם התקבלו בקשות.
# Terms of a request received in the list (each followed by its value).
received-from = הרשות המבקשת
received-reference = מספר סימוכין
received-date = תאריך הקבלה
received-delete = מחיקה
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = הבקשה שהתקבלה נמחקה: { $title }. כדי להחזיר אותה, יש לפתוח שוב את הקובץ שלה.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = קובץ זה גדול מ-{ $limit } קילו-בייט, יותר מכל בקשה שהוכנה ב-Tandem. דבר לא נשמר.
received-refused-not-pdf = קובץ זה אינו PDF ואינו קובץ טיוטה של Tandem. דבר לא נשמר.
received-refused-no-data = קובץ PDF זה אינו מכיל את הבקשה כנתונים: הוא לא הוכן ב-Tandem, או ששונה לאחר שהוכן. דבר לא נשמר.
received-refused-unreadable = לא ניתן לקרוא את נתוני הבקשה בקובץ זה: הם פגומים או אינם בתבנית של Tandem. דבר לא נשמר.
received-refused-newer = בקשה זו הוכנה בגרסה חדשה יותר של Tandem. דבר לא נשמר.
received-refused-unknown = בקשה זו היא מסוג בקשה שאינו קיים בגרסה זו של Tandem. דבר לא נשמר.
received-refused-locked = קובץ טיוטה זה נעול בביטוי סיסמה. יש לבקש מהרשות המבקשת את קובץ ה-PDF של הבקשה. דבר לא נשמר.
received-refused-fingerprint = נתוני הבקשה בקובץ PDF זה אינם תואמים את טביעת האצבע המודפסת עליו: הקובץ שונה לאחר שהוכן. דבר לא נשמר. יש לקרוא את העמודים המודפסים של קובץ ה-PDF עצמו, ולבקש מהרשות המבקשת עותק חדש.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = דפדפן זה סירב לשמור את הבקשה ({ $reason }). דבר לא נשמר.

# The screen of a request received.
received-banner = בקשה שהתקבלה — לקריאה בלבד. הוכנה ב-Tandem על ידי הרשות המבקשת; התשובות הן שלה.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = התקבלה בדפדפן זה ב-{ $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = שפות המסמך של הבקשה: { $a } | { $b }. טקסט חופשי מוצג כפי שהרשות המבקשת כתבה אותו בשפה { $a }, ולצדו התרגום שלה עצמה לשפה { $b }.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = טביעת אצבע { $fingerprint }: היא תואמת את נתוני הבקשה, כפי שהיא מודפסת בכל עמוד של קובץ ה-PDF שלה.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = טביעת אצבע { $fingerprint }: חושבה מקובץ הטיוטה, שאין בו טביעת אצבע מודפסת להשוואה.
received-copy-heading = עותק לעיון
received-copy-intro = ניתן לייצא בקשה זו כקובץ PDF בכל שתי שפות, למשל בשפתה שלה לצד שפתך. כל עמוד מסומן כעותק לעיון של בקשה שהתקבלה; אין בו מקום לחתימה.
received-copy-export = ייצוא עותק לעיון (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = מענה לבקשה זו
received-answer-intro = כל תשובה היא טופס נפרד, שממולאים בו מספר הסימוכין, התאריך וטביעת האצבע של בקשה זו, והיא מיוצאת כקובץ {"\u2066"}PDF{"\u2069"} דו-לשוני בשפתך ובשפת הרשות המבקשת. קובץ ה-{"\u2066"}PDF{"\u2069"} נושא את התשובה כנתונים, כך ש-Tandem בצד המבקש ירשום אותה לצד בקשה זו.
received-answers-made = תשובות שהוכנו לבקשה זו
