# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = תקופת השימור
preservation-needs = יש לציין את המדינה המתבקשת ואת התאריך שבו בוצע השימור כדי לראות מתי הוא מסתיים.
preservation-end-label = סיום צפוי של השימור
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] ללא הגבלת זמן, לפי טבלת ה-T-CY
    [not-fixed] לא נקבע בטבלת ה-T-CY, והבסיס המשפטי שנבחר אינו קובע תקופה מינימלית: יש לברר עם הרשות המתבקשת מתי מסתיים השימור
   *[convention-minimum] לא נקבע בטבלת ה-T-CY: הוודאות היחידה היא המינימום שבאמנה, 60 יום (סעיף 29(7)), עד { $date }
}
preservation-days-left = { $days ->
    [one] נותר יום אחד
    [two] נותרו יומיים
   *[other] נותרו { $days } ימים
}
preservation-expired = תקופת השימור הסתיימה.
preservation-renewal-label = הארכה או חידוש
preservation-renewal = { $kind ->
    [days] { $n ->
        [one] יום אחד
        [two] יומיים
       *[other] { $n } ימים
    }
    [months] { $n ->
        [one] חודש אחד
        [two] חודשיים
       *[other] { $n } חודשים
    }
    [up-to-days] { $n ->
        [one] עד יום אחד
        [two] עד יומיים
       *[other] עד { $n } ימים
    }
    [up-to-months] { $n ->
        [one] עד חודש אחד
        [two] עד חודשיים
       *[other] עד { $n } חודשים
    }
    [not-permitted] לא ניתן להאריך
    [reported-not-permitted] דווח כבלתי מותר (דוח ה-T-CY, פרק 3.2)
    [conditional] בכפוף לתנאים: ראו את נוסח הטבלה
   *[unknown] לא צוין בטבלת ה-T-CY
}
preservation-impractical = ה-T-CY סבור שתקופות שימור של פחות מ-90 יום, ללא אפשרות לחידוש אחד לפחות, אינן מעשיות: יש לשלוח את הבקשה לעזרה משפטית הדדית ללא דיחוי.
preservation-table = נוסח טבלת ה-T-CY (באנגלית, T-CY(2017)2, המלצה 16)
preservation-table-period = תקופת השימור לאחר בקשה זרה
preservation-table-renewal = תנאים ותקופות של הארכה או חידוש
preservation-table-notes = השוואה לפרק 3.2 של הדוח
preservation-table-missing = בטבלת ה-T-CY אין רשומה למדינה זו.
preservation-extend = בקשת הארכה
preservation-follow-up = הכנת הבקשה לעזרה משפטית הדדית
preservation-follow-up-kind = הנתונים שיש לקבל
preservation-follow-up-create = יצירת הבקשה
preservation-calendar = הוספת תזכורת ליומן שלי (.ics)
preservation-ics-summary = סיום השימור: { $reference } ({ $country })
preservation-ics-description = השימור שהתבקש בסימוכין { $reference } ({ $country }) מסתיים ב-{ $date }. יש לבקש הארכה או לשלוח את הבקשה לעזרה משפטית הדדית לפני מועד זה.
preservation-links = בקשות קשורות
preservation-link = { $kind ->
    [extension-of] הארכה של בקשת השימור { $reference }
    [extended-by] הוארכה בבקשה { $reference }
    [follow-up-of] בקשת המשך לבקשת השימור { $reference }
   *[followed-up-by] נמשכה בבקשה לעזרה משפטית הדדית { $reference }
}
preservation-link-missing = בקשה זו אינה שמורה בדפדפן זה.
preservation-next-steps = הצעדים הבאים
preservation-follow-up-disclosure = הכנת הבקשה לגילוי
preservation-link-disclosure = נמשכה בבקשה לגילוי { $reference }
