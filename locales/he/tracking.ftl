# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = לאחר השליחה
tracking-intro = הרישום של המשרד שלך לגבי בקשה זו: מתי נשלחה, והתשובות שהתקבלו. הוא נשאר בדפדפן זה עם הטיוטה ולעולם אינו מודפס בבקשה.
tracking-status = מצב
tracking-status-draft = טרם נשלחה
tracking-status-sent = נשלחה
tracking-status-receipt-confirmed = הקבלה אושרה
tracking-status-executed = השימור בוצע
tracking-status-answered = ננקטו פעולות
tracking-status-clarification-asked = התבקשה הבהרה
tracking-status-refused = לא ניתן לביצוע
tracking-status-closed = סגורה

# Recording the request as sent.
tracking-sent-on = תאריך השליחה
tracking-channel = נשלחה באמצעות
tracking-channel-email = דואר אלקטרוני
tracking-channel-portal = פורטל של הרשות או של ספק השירות
tracking-channel-post = דואר או שליח
tracking-channel-diplomatic = הצינור הדיפלומטי
tracking-channel-other = ערוץ אחר
tracking-mark-sent = רישום כנשלחה
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = נשלחה ב-{ $date } באמצעות { $channel }.
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = אישור הקבלה צפוי עד { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = { $days ->
    [one] לא התקבל אישור קבלה בתוך יום אחד מהשליחה: יש לעקוב אחר הבקשה.
    [two] לא התקבל אישור קבלה בתוך יומיים מהשליחה: יש לעקוב אחר הבקשה.
   *[other] לא התקבל אישור קבלה בתוך { $days } ימים מהשליחה: יש לעקוב אחר הבקשה.
}
tracking-reminder = תזכורת ביומן ({"\u2066"}.ics{"\u2069"})
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = מועד אישור הקבלה: בקשה { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = בקשה { $reference } נשלחה ב-{ $date } וקבלתה טרם אושרה. יש לבקש מהרשות המתבקשת אישור קבלה.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = הרשות המתבקשת אישרה את השימור עד { $date }.

# Answers received.
tracking-answers = תשובות שהתקבלו
tracking-answers-none = טרם נרשמה תשובה.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } מיום { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = מספר הסימוכין שלהם: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = טעמים: { $reasons }
tracking-answer-from-pdf = נקרא מקובץ ה-{"\u2066"}PDF{"\u2069"} של התשובה
tracking-answer-by-hand = הוזן ידנית

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = הזנה ידנית של תשובה שהתקבלה
tracking-answer-kind = תשובה
tracking-answer-date = תאריך התשובה
tracking-answer-reference = מספר הסימוכין שלהם
tracking-answer-ends-on = הנתונים משומרים עד
tracking-answer-reasons = טעמים
tracking-reason-incomplete = הבקשה אינה שלמה
tracking-reason-wrong-addressee = רשות או ישות משפטית שגויה
tracking-reason-identification = אין די מידע לזיהוי המשתמש או הנתונים
tracking-reason-not-held = הנתונים אינם מוחזקים
tracking-reason-retention-expired = הנתונים אינם נשמרים עוד
tracking-reason-legal-obstacle = מניעה משפטית
tracking-reason-dual-criminality = דרישת הפליליות הכפולה אינה מתקיימת
tracking-reason-other = טעם אחר
tracking-record = רישום התשובה
tracking-date-needed = יש להזין את התאריך בתבנית שנה-חודש-יום, למשל {"\u2066"}2026-11-04{"\u2069"}.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = סגירת הבקשה
tracking-reopen = פתיחה מחדש של הבקשה
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = נסגרה ב-{ $date }.
tracking-category = קטגוריית העבירה, לצורכי הסטטיסטיקה של המשרד שלך
tracking-category-none = לא נבחרה
tracking-category-confidentiality = עבירות נגד הסודיות, השלמות והזמינות של נתוני מחשב ומערכות מחשב
tracking-category-computer-related = זיוף או הונאה הקשורים במחשב
tracking-category-content = עבירות הקשורות בתוכן
tracking-category-copyright = הפרות של זכויות יוצרים וזכויות קשורות
tracking-category-other = עבירות אחרות

# Recording an answer from its PDF (home screen).
tracking-open-answer = רישום תשובה שהתקבלה (קובץ ה-{"\u2066"}PDF{"\u2069"} שלה)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = התשובה נרשמה לבקשה { $reference }: { $kind }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = תשובה זו כבר רשומה לבקשה { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = אין בדפדפן זה בקשה התואמת תשובה זו (התשובה מציינת את בקשה { $reference }). יש לייבא תחילה את קובץ הטיוטה של הבקשה; בקשה נעולה יש לשחרר מנעילתה. דבר לא נשמר.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = יש בדפדפן זה כמה בקשות עם מספר הסימוכין { $reference }, ובאף אחת מהן לא הודפסה טביעת האצבע שתשובה זו מציינת. יש להזין את התשובה ידנית בבקשה הנכונה. דבר לא נשמר.
tracking-not-answer = קובץ {"\u2066"}PDF{"\u2069"} זה הוא בקשה, ולא תשובה לבקשה: יש לפתוח אותו תחת "בקשות שהתקבלו". דבר לא נשמר.
tracking-is-answer = קובץ {"\u2066"}PDF{"\u2069"} זה הוא תשובה לבקשה, ולא בקשה: יש לרשום אותו באמצעות "רישום תשובה שהתקבלה". דבר לא נשמר.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = מצב
tracking-filter-country = מדינה
tracking-filter-type = סוג הבקשה
tracking-filter-all = הכול
tracking-filter-overdue = רק בקשות שמועד אישור הקבלה שלהן חלף
tracking-confirm-days = מספר הימים להמתנה לאישור קבלה
tracking-overdue-flag = אישור הקבלה באיחור
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = מוצגות { $shown } מתוך { $total }
