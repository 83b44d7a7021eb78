# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = בקשה להבהרת הבקשה המזוהה בפרק 3

## 1 to 4: common to every answer

reply-clarification-date = תאריך
reply-clarification-reference = מספר הסימוכין שלנו
    .hint = מספר הסימוכין שתחתיו הרשות שלך מטפלת בבקשה, כדי שהרשות המבקשת תוכל לציין אותו כשתפנה בהמשך.
reply-clarification-request = הבקשה שעליה משיבים
reply-clarification-request-reference = מספר הסימוכין של הבקשה
reply-clarification-request-date = תאריך הבקשה
reply-clarification-request-authority = הרשות המבקשת
reply-clarification-request-fingerprint = טביעת האצבע של הבקשה
    .hint = טביעת האצבע המודפסת בתחתית כל עמוד של הבקשה. ממולאת מתוך הבקשה שהתקבלה: היא מראה לרשות המבקשת בדיוק לאיזו גרסה של בקשתה מתייחסת תשובה זו.
reply-clarification-responding-authority = הרשות המשיבה
reply-clarification-responding-authority-organisation = רשות
reply-clarification-responding-authority-person = בעל התפקיד המטפל בבקשה
reply-clarification-responding-authority-position = תפקיד או דרגה
reply-clarification-responding-authority-telephone = מספר טלפון
reply-clarification-responding-authority-email = כתובת דואר אלקטרוני

## 5 Clarification requested

reply-clarification-clarification = ההבהרה המתבקשת
reply-clarification-clarification-fields = השדות בבקשה הטעונים הבהרה
    .hint = שורה אחת לכל שדה ממוספר בבקשה שאינו ברור או שאינו שלם: מספרו כפי שהוא מודפס בבקשה, ומה נדרש.
reply-clarification-clarification-fields-field = מספר השדה
reply-clarification-clarification-fields-question = מה אינו ברור או חסר
reply-clarification-clarification-by = נא להשיב עד
    .hint = לא חובה. בשימור, התאריך שעד אליו נדרשת התשובה כדי שהנתונים ימשיכו להישמר.
