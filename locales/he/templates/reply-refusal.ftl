# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = הודעה על כך שלא ניתן לבצע את הבקשה המזוהה בפרק 3

## 1 to 4: common to every answer

reply-refusal-date = תאריך
reply-refusal-reference = מספר הסימוכין שלנו
    .hint = מספר הסימוכין שתחתיו הרשות שלך מטפלת בבקשה, כדי שהרשות המבקשת תוכל לציין אותו כשתפנה בהמשך.
reply-refusal-request = הבקשה שעליה משיבים
reply-refusal-request-reference = מספר הסימוכין של הבקשה
reply-refusal-request-date = תאריך הבקשה
reply-refusal-request-authority = הרשות המבקשת
reply-refusal-request-fingerprint = טביעת האצבע של הבקשה
    .hint = טביעת האצבע המודפסת בתחתית כל עמוד של הבקשה. ממולאת מתוך הבקשה שהתקבלה: היא מראה לרשות המבקשת בדיוק לאיזו גרסה של בקשתה מתייחסת תשובה זו.
reply-refusal-responding-authority = הרשות המשיבה
reply-refusal-responding-authority-organisation = רשות
reply-refusal-responding-authority-person = בעל התפקיד המטפל בבקשה
reply-refusal-responding-authority-position = תפקיד או דרגה
reply-refusal-responding-authority-telephone = מספר טלפון
reply-refusal-responding-authority-email = כתובת דואר אלקטרוני

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = טעמים
reply-refusal-reasons-reasons = לא ניתן לבצע את הבקשה מהטעמים האלה
reply-refusal-reasons-reasons-incomplete = הבקשה אינה שלמה
reply-refusal-reasons-reasons-wrong-addressee = היא נשלחה לרשות או לישות משפטית שאינן הנכונות
reply-refusal-reasons-reasons-identification = המידע שנמסר אינו מספיק לזיהוי המשתמש או הנתונים
reply-refusal-reasons-reasons-not-held = הנתונים אינם מוחזקים
reply-refusal-reasons-reasons-retention-expired = הנתונים אינם נשמרים עוד
reply-refusal-reasons-reasons-legal-obstacle = מניעה משפטית מונעת את הביצוע
reply-refusal-reasons-reasons-dual-criminality = דרישת הפליליות הכפולה אינה מתקיימת
reply-refusal-reasons-reasons-other = טעם אחר
reply-refusal-reasons-reasons-other-detail = טעם אחר
reply-refusal-reasons-explanation = הסבר
    .hint = לא חובה. העובדות שביסוד הטעמים שסומנו, בניסוח שהרשות המבקשת יכולה לפעול על פיו.
reply-refusal-next = מה יאפשר את ביצוע הבקשה
    .hint = לא חובה. למשל: המידע החסר, הרשות או הישות המשפטית המוסמכת, או ההליך המשפטי שיש לנקוט.
