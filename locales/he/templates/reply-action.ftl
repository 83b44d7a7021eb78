# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = הודעה על הפעולות שננקטו בבקשה המזוהה בפרק 3

## 1 to 4: common to every answer

reply-action-date = תאריך
reply-action-reference = מספר הסימוכין שלנו
    .hint = מספר הסימוכין שתחתיו הרשות שלך מטפלת בבקשה, כדי שהרשות המבקשת תוכל לציין אותו כשתפנה בהמשך.
reply-action-request = הבקשה שעליה משיבים
reply-action-request-reference = מספר הסימוכין של הבקשה
reply-action-request-date = תאריך הבקשה
reply-action-request-authority = הרשות המבקשת
reply-action-request-fingerprint = טביעת האצבע של הבקשה
    .hint = טביעת האצבע המודפסת בתחתית כל עמוד של הבקשה. ממולאת מתוך הבקשה שהתקבלה: היא מראה לרשות המבקשת בדיוק לאיזו גרסה של בקשתה מתייחסת תשובה זו.
reply-action-responding-authority = הרשות המשיבה
reply-action-responding-authority-organisation = רשות
reply-action-responding-authority-person = בעל התפקיד המטפל בבקשה
reply-action-responding-authority-position = תפקיד או דרגה
reply-action-responding-authority-telephone = מספר טלפון
reply-action-responding-authority-email = כתובת דואר אלקטרוני

## 5 Action taken

reply-action-action = הפעולות שננקטו
reply-action-action-taken = הפעולות שננקטו בבקשה
    .hint = מה נעשה עד כה, למשל: הנתונים התקבלו מספק השירות ונשלחים עם הודעה זו, או שהבקשה הועברה לבית משפט לשם מתן צו.
reply-action-action-date = תאריך הפעולה
reply-action-action-next = פעולות נוספות צפויות
