# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = סטטיסטיקה של המשרד
stats-intro = מחושבת בדפדפן זה מתוך הבקשות שנרשמו כנשלחו. דבר אינו נשלח לשום מקום: יש לייצא את הנתונים המספריים לדיווח של המשרד שלך.
stats-none = טרם נרשמה בקשה כנשלחה.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] בקשה אחת נרשמה כנשלחה
    [two] שתי בקשות נרשמו כנשלחו
   *[other] { $count } בקשות נרשמו כנשלחו
}
stats-by-country = לפי המדינה המתבקשת
stats-by-type = לפי סוג הבקשה
stats-by-category = לפי קטגוריית העבירה
stats-by-status = לפי התוצאה
stats-refusals = סירובים לפי טעם
stats-times = משך הזמן
stats-median-confirmation = חציון הימים מהשליחה ועד אישור הקבלה
stats-median-answer = חציון הימים מהשליחה ועד תשובה (ביצוע, נקיטת פעולות או סירוב)
stats-column-what = קטגוריה
stats-column-count = בקשות
stats-column-days = ימים
stats-column-answered = נענו
stats-not-given = לא צוין
stats-no-figure = אין עדיין נתון
stats-export-csv = ייצוא כ-{"\u2066"}CSV{"\u2069"}
stats-print = הדפסה, או שמירה כ-{"\u2066"}PDF{"\u2069"}
stats-open = סטטיסטיקה של המשרד
