# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = אישור השימור שהתבקש בבקשה המזוהה בפרק 3

## 1 to 4: common to every answer

reply-preserved-date = תאריך
reply-preserved-reference = מספר הסימוכין שלנו
    .hint = מספר הסימוכין שתחתיו הרשות שלך מטפלת בבקשה, כדי שהרשות המבקשת תוכל לציין אותו כשתפנה בהמשך.
reply-preserved-request = הבקשה שעליה משיבים
reply-preserved-request-reference = מספר הסימוכין של הבקשה
reply-preserved-request-date = תאריך הבקשה
reply-preserved-request-authority = הרשות המבקשת
reply-preserved-request-fingerprint = טביעת האצבע של הבקשה
    .hint = טביעת האצבע המודפסת בתחתית כל עמוד של הבקשה. ממולאת מתוך הבקשה שהתקבלה: היא מראה לרשות המבקשת בדיוק לאיזו גרסה של בקשתה מתייחסת תשובה זו.
reply-preserved-responding-authority = הרשות המשיבה
reply-preserved-responding-authority-organisation = רשות
reply-preserved-responding-authority-person = בעל התפקיד המטפל בבקשה
reply-preserved-responding-authority-position = תפקיד או דרגה
reply-preserved-responding-authority-telephone = מספר טלפון
reply-preserved-responding-authority-email = כתובת דואר אלקטרוני

## 5 Preservation

reply-preserved-preservation = שימור
reply-preserved-preservation-preserved-on = תאריך שימור הנתונים
reply-preserved-preservation-ends-on = הנתונים משומרים עד
    .hint = היום האחרון שבו יישמרו הנתונים, אלא אם השימור יוארך או שתתקבל עד אז בקשה לגילויים.
reply-preserved-preservation-scope = הנתונים המשומרים
reply-preserved-preservation-scope-all = כל הנתונים שהתבקשו
reply-preserved-preservation-scope-part = חלק מהנתונים שהתבקשו
reply-preserved-preservation-scope-part-detail = הנתונים ששומרו, והנתונים שלא שומרו והטעם לכך
reply-preserved-preservation-holder = מחזיק הנתונים
reply-preserved-remarks = הערות
