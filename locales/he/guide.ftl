# The route guide on the home screen ("Which request do I need?"): five questions lead to the
# request to start with and the next steps, each with a one-line reason. It recommends, following
# public guidance (UNODC tips for Central Asia and the Southern Caucasus); the official decides.
# The titles of the request types it names are those of requests.ftl.

guide-title = איזו בקשה נדרשת?
guide-intro = חמש שאלות מובילות לבקשה שבה יש להתחיל ולשלבים הבאים, בהתאם להנחיות פומביות (עצות של משרד האו״ם לסמים ולפשע, UNODC, לחוקרים ולתובעים). התשובות שלכם נשארות בדף זה: הן אינן מאוחסנות ואינן נשלחות לשום מקום.

# Question 1 and its options.
guide-data = אילו נתונים דרושים לכם?
guide-data-subscriber = נתוני מנוי: מי מחזיק בחשבון
guide-data-traffic = נתוני תעבורה: כתובות IP, רישומי כניסה, יומני התחברות
guide-data-content = נתוני תוכן: הודעות, קבצים, תמונות, פרסומים

# Question 2; answered with guide-yes or guide-no.
guide-emergency = האם חיי אדם נתונים בסכנה, או שצפוי לאדם נזק חמור ומיידי?

# Question 3 and its options.
guide-reach = האם ספק השירות מקבל בקשות לנתונים אלה ישירות מרשויות זרות?
    .hint = לדוגמה, ספקי שירות שמקומם בארצות הברית רשאים לגלות נתונים שאינם נתוני תוכן ישירות לרשויות זרות. אם אינכם בטוחים, שאלו את הספק או את רשויות המדינה המתבקשת.
guide-reach-direct = כן, ישירות
guide-reach-state = לא, רק דרך המדינה המתבקשת
guide-reach-unsure = לא ידוע

# Question 4; answered with guide-yes or guide-no.
guide-preserved = האם הנתונים כבר שומרו?

# Question 5 and its options.
guide-basis = מה קושר את מדינתכם למדינה המתבקשת?
guide-basis-budapest = שתיהן צדדים לאמנה בדבר פשיעה מקוונת (אמנת בודפשט)
guide-basis-treaty = אמנה אחרת: דו-צדדית, אזורית או אמנה של האומות המאוחדות
guide-basis-reciprocity = אין אמנה: הדדיות או הדין הלאומי

guide-yes = כן
guide-no = לא

# The recommendation, shown once every question is answered.
guide-incomplete = יש להשיב על כל שאלה כדי לראות מהיכן להתחיל.
guide-advice = מהיכן להתחיל
guide-fallback = אם ספק השירות אינו משיב או מסרב
# The button of each recommended request: opens a new draft of that type.
guide-open = התחלת בקשה זו
guide-disclaimer = זוהי המלצה המבוססת על הנחיות פומביות, ולא חוות דעת משפטית: ההחלטה היא שלכם, יחד עם רשויות המדינה המתבקשת במידת הצורך.

# Why each request is recommended (one line each).
guide-why-emergency-provider = יש להשתמש בערוץ הגילוי בחירום של ספק השירות (פרק 3 בבקשה): הספק מחליט בעצמו אם לגלות, כאשר הוא סבור שחיי אדם נתונים בסכנה.
guide-why-emergency-network = יש לשלוח אותה דרך נקודת הקשר 24/7 שלכם, או כבקשה לעזרה משפטית הדדית בחירום. בפרק 3 יש לבחור בסעיף 9 או בסעיף 10 לפרוטוקול הנוסף השני רק אם הפרוטוקול בתוקף לגבי שתי המדינות; אחרת, יש לציין את הערוץ ואת הבסיס המשפטי.
guide-why-emergency-other = יש לשלוח אותה לרשות המוסמכת של המדינה המתבקשת; בפרק 3 יש לציין את הערוץ ואת הבסיס המשפטי (האמנה, או הדדיות).
guide-why-preserve-provider = יש לדאוג תחילה לשימור הנתונים, שכן הם עלולים להימחק בכל עת: יש לשלוח את הבקשה ישירות לספק השירות, והעתק ממנה לרשות המוסמכת של המדינה המתבקשת.
guide-why-preserve-network = יש לדאוג תחילה לשימור הנתונים, שכן הם עלולים להימחק בכל עת: יש לשלוח את הבקשה דרך נקודת הקשר 24/7 שלכם (רשת 24/7, סעיף 35 לאמנה בדבר פשיעה מקוונת).
guide-why-preserve-authority = יש לדאוג תחילה לשימור הנתונים, שכן הם עלולים להימחק בכל עת: יש לשלוח את הבקשה דרך רשת 24/7 אם שתי המדינות חברות בה, ואחרת לרשות החקירה או התביעה של המדינה המתבקשת.
guide-why-provider-disclosure = יש לבקש את הנתונים מספק השירות: ספקי שירות מסוימים מגלים נתונים שאינם נתוני תוכן ישירות לרשויות זרות, ומחליטים בעצמם אם לעשות זאת.
guide-why-fallback = בקשה לעזרה משפטית הדדית לקבלת אותם נתונים, דרך המדינה המתבקשת.
guide-why-mla = יש לקבל את הנתונים בדרך של עזרה משפטית הדדית: יש להכין את הבקשה בהקדם לאחר שהנתונים שומרו.
guide-why-mla-content = נתוני תוכן מתקבלים בדרך של עזרה משפטית הדדית: ספקי שירות שמקומם בארצות הברית, למשל, רשאים לגלות ישירות לרשויות זרות רק נתונים שאינם נתוני תוכן. יש להכין את הבקשה בהקדם לאחר שהנתונים שומרו.

# What qualifies the recommendation, when it applies.
guide-note-unsure = יש לברר עם ספק השירות ועם רשויות המדינה המתבקשת אם הספק מקבל בקשות ישירות מרשויות זרות: ספקים מסוימים אינם משתפים פעולה עם רשויות אכיפת החוק. עד שהדבר יתברר, הדרך עוברת דרך המדינה המתבקשת.
guide-note-emergency = בקשת החירום מציינת את ההליך המשפטי שיבוא בעקבותיה: הבקשות הבאות הן ההמשך הזה, שמטרתו לקבל את הנתונים כראיה.
guide-note-preserved = יש לשלוח את בקשת הגילוי לפני תום השימור: תקופות השימור שונות ממדינה למדינה, ואצל ספקי השירות – מספק לספק.
guide-note-treaty = אותם סוגי בקשות חלים: יש לבחור בטופס באמנה כבסיס המשפטי, ולבדוק בנוסח האמנה איזה סעיף קובע כל אמצעי, ובפרט שימור מהיר.
guide-note-reciprocity = אותם סוגי בקשות חלים: יש לבחור בטופס בהדדיות או בדין הלאומי כבסיס המשפטי. בהיעדר אמנה, השאלה אם המדינה המתבקשת מסייעת ובאיזה אופן תלויה בדין שלה: יש להתייעץ תחילה עם רשויותיה.
