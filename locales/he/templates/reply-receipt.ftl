# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = אישור קבלה של הבקשה המזוהה בפרק 3

## 1 to 4: common to every answer

reply-receipt-date = תאריך
reply-receipt-reference = מספר הסימוכין שלנו
    .hint = מספר הסימוכין שתחתיו הרשות שלך מטפלת בבקשה, כדי שהרשות המבקשת תוכל לציין אותו כשתפנה בהמשך.
reply-receipt-request = הבקשה שעליה משיבים
reply-receipt-request-reference = מספר הסימוכין של הבקשה
reply-receipt-request-date = תאריך הבקשה
reply-receipt-request-authority = הרשות המבקשת
reply-receipt-request-fingerprint = טביעת האצבע של הבקשה
    .hint = טביעת האצבע המודפסת בתחתית כל עמוד של הבקשה. ממולאת מתוך הבקשה שהתקבלה: היא מראה לרשות המבקשת בדיוק לאיזו גרסה של בקשתה מתייחסת תשובה זו.
reply-receipt-responding-authority = הרשות המשיבה
reply-receipt-responding-authority-organisation = רשות
reply-receipt-responding-authority-person = בעל התפקיד המטפל בבקשה
reply-receipt-responding-authority-position = תפקיד או דרגה
reply-receipt-responding-authority-telephone = מספר טלפון
reply-receipt-responding-authority-email = כתובת דואר אלקטרוני

## 5 to 7

reply-receipt-received-date = תאריך קבלת הבקשה
reply-receipt-forwarded = הועברה לביצוע אל
    .hint = הרשות שאליה הועברה הבקשה לביצוע, אם הועברה; יש להשאיר ריק אם הרשות שלך מבצעת אותה.
reply-receipt-remarks = הערות
