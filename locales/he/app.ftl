# Screens of the app.

app-name = Tandem
app-tagline = בקשות חוצות גבולות לראיות אלקטרוניות, בשתי שפות
app-ui-language = שפת הממשק
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = תרגום מכונה, טרם נבדק
app-language-search = חיפוש שפה (שם או קוד)
app-language-none = אין שפה התואמת את הטקסט שהוקלד.
app-language-group-latin = כתב לטיני
app-language-group-cyrillic = כתב קירילי
app-language-group-rtl = כתב ערבי וכתב עברי
app-language-group-other = כתבים אחרים
app-document-languages = שפות המסמך
app-document-language-a = שפת הרשות המבקשת
app-document-language-b = שפת המדינה המתבקשת
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = שפת הרשות המבקשת ושפת המדינה המתבקשת החליפו מקומות: שתי שפות המסמך תמיד שונות. לקבלת PDF בשפה אחת, יש להשאיר כאן שתי שפות ולבחור פריסה בשפה אחת בעת הייצוא.
app-export-pdf = ייצוא ל-PDF
app-export-consultation = ייצוא טיוטה להתייעצות
app-exporting = הכנת קובץ ה-PDF…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = לא ניתן היה ליצור את קובץ ה-PDF: { $reason }
app-export-font-missing = הגופן { $font } עדיין אינו נמצא במכשיר זה. הוא נשמר בפעם הראשונה שנוצר קובץ PDF בשפה זו עם חיבור לאינטרנט: יש להתחבר פעם אחת וליצור את קובץ ה-PDF מחדש.
app-saved = נשמר בדפדפן זה
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = דפדפן זה סירב לשמור את הטיוטה ({ $reason }). יש להוריד אותה עכשיו כדי ששום דבר לא יאבד.
app-download-draft = הורדת הטיוטה
app-privacy = הכול נשאר בדפדפן זה: שום דבר ממה שמוקלד אינו נשלח לשום מקום.
app-request-type = סוג הבקשה
app-template-loading = סוג בקשה זה נטען…
app-template-failed = לא ניתן היה לטעון סוג בקשה זה. יש לבדוק את החיבור ולנסות שוב: דבר לא אבד.
app-load-failed = לא ניתן היה לטעון חלק זה של Tandem. יש לבדוק את החיבור ולנסות שוב: דבר לא אבד.
app-choose = יש לבחור…
app-required = חובה
app-errors-heading = יש בעיה
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] הושלמו { $done } מתוך { $total } פריטי חובה
    [one] הושלמו { $done } מתוך { $total } פריטי חובה · תשובה אחת לתרגום
    [two] הושלמו { $done } מתוך { $total } פריטי חובה · שתי תשובות לתרגום
   *[other] הושלמו { $done } מתוך { $total } פריטי חובה · { $translate } תשובות לתרגום
}

# Repeatable rows and identifiers.
app-add-row = הוספת שורה
app-remove-row = הסרה
app-move-up = העברה למעלה
app-move-down = העברה למטה
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = שורה { $number }
app-add-identifier = הוספת מזהה
identifier-type = סוג המזהה
identifier-type-ip = כתובת IP
identifier-type-email = כתובת דואר אלקטרוני
identifier-type-phone = מספר טלפון
identifier-type-account = חשבון או מזהה משתמש
identifier-type-username = שם משתמש
identifier-type-url = כתובת URL
identifier-type-domain = שם מתחם
identifier-type-device = מזהה מכשיר (IMEI, כתובת MAC, מספר סידורי)
identifier-value = מזהה
identifier-port = פורט מקור
identifier-at = תאריך ושעת השימוש
identifier-from = נתונים מ־
identifier-to = נתונים עד
app-date = תאריך
app-time = שעה
app-time-zone = אזור זמן
app-choose-time-zone = יש לבחור את אזור הזמן…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — אזור הזמן של הרשות המבקשת
app-currency = מטבע
app-utc-equivalent = השעה המקבילה ב-UTC
app-translation = הנוסח בשפת המסמך האחרת

# Validation messages, shown at the field and in the summary.
validation-required = יש להשיב על שאלה זו.
validation-choose-one = יש לבחור אחת מהאפשרויות.
validation-exclusive = אין לסמן "אף אחת מהאפשרויות שלעיל" יחד עם אפשרות אחרת.
validation-email = יש להזין כתובת דואר אלקטרוני כגון {"\u2066"}name@example.org{"\u2069"}.
validation-phone = יש להזין את המספר בתבנית בינלאומית, המתחילה ב-+ ובקידומת המדינה, כגון {"\u2066"}+995 32 200 00 00{"\u2069"}.
validation-url = יש להזין כתובת אינטרנט מלאה המתחילה ב-{"\u2066"}https://{"\u2069"} או ב-{"\u2066"}http://{"\u2069"}.
validation-domain = יש להזין שם מתחם כגון {"\u2066"}example.org{"\u2069"}.
validation-ip = יש להזין כתובת IPv4 כגון {"\u2066"}192.0.2.10{"\u2069"} או כתובת IPv6 כגון {"\u2066"}2001:db8::1{"\u2069"}.
validation-port = יש להזין מספר פורט מ-1 עד 65535.
validation-ip-port-missing = יש לציין את פורט המקור: מאחורי כתובות משותפות ייתכן שספק השירות לא יוכל לזהות את המנוי בלעדיו.
validation-ip-time-missing = יש לציין את התאריך והשעה המדויקים, עם אזור הזמן, שבהם נעשה שימוש בכתובת ה-IP.
validation-date = יש להזין תאריך בתבנית שנה-חודש-יום, למשל {"\u2066"}2026-11-22{"\u2069"}.
validation-date-time = יש להזין תאריך ושעה.
validation-time-zone-missing = יש לבחור את אזור הזמן של שעה זו.
validation-time-zone = יש לבחור אזור זמן.
validation-country = יש לבחור מדינה מהרשימה.
validation-amount = יש להזין את הסכום בספרות, עם נקודה לפני האגורות או הסנטים, למשל 4500 או 4500.50.
validation-currency = יש לבחור את מטבע הסכום.
validation-identifier-type = יש לבחור את סוג המזהה.
validation-identifier-missing = יש להוסיף לפחות מזהה אחד של הנתונים המבוקשים.
validation-range-open = יש לציין גם את תחילת טווח הזמן וגם את סופו.
validation-range-order = סוף טווח הזמן קודם לתחילתו.
validation-dates-order = תאריך זה מוקדם מהתאריך שעליו לבוא אחריו.
validation-us-damage-threshold = ארצות הברית דוחה בדרך כלל בקשות בעניין נזק של פחות מ-5,000 דולר ארה"ב: יש לשקול אם ניתן לבצע שם בקשה זו.
validation-period-long = תקופה זו ארוכה ממה שבקשות מסוג זה מצדיקות בדרך כלל: יש לבקש רק את התקופה שהחקירה צריכה, או לנמק זאת בבקשה.
validation-recommended = מומלץ: בקשות ללא פרט זה נדחות או מוחזרות לעתים קרובות.
validation-answers-differ = תשובה זו שונה מאותו מידע שניתן קודם לכן בבקשה.
validation-untranslated = יש לתת את נוסח התשובה בשפה האחרת של המסמך, או לסמן "זהה בשתי השפות" או "השארה ללא תרגום".
validation-answers-contradict = תשובה זו סותרת את מעמד הבקשה: בקשת המשך לבקשת שימור פירושה שהתבקש שימור.
app-layout = פריסת ה-PDF
app-layout-side-by-side = שתי שפות המסמך זו לצד זו
app-layout-target-only = רק שפת המדינה המתבקשת
app-layout-single = רק שפת הרשות המבקשת
