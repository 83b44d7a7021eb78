# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] סעיפים 29 ו-30 לאמנה בדבר פשיעה מקוונת (ETS מס' 185)
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = תאריך
art29-preservation-reference = מספר סימוכין / מספר תיק
art29-preservation-status = מעמד הבקשה
art29-preservation-status-new = בקשה חדשה
art29-preservation-status-extension = הארכה של בקשה קודמת
art29-preservation-status-previous-reference = מספר פנייה או מספר סימוכין של הבקשה הקודמת
art29-preservation-previous-request-date = תאריך הבקשה הקודמת
art29-preservation-executed-date = התאריך שבו ביצע הצד המתבקש את השימור
    .hint = הערה פנימית בלבד, שלעולם אינה מודפסת בבקשה: התאריך שאישרו הצד המתבקש או ספק השירות, כשייוודע. תקופת השימור המוצגת ביישום ובתזכורת נמנית ממנו.

## 4 Requested authority

art29-preservation-requested-authority = הרשות המתבקשת
art29-preservation-requested-authority-type = הבקשה מופנית אל
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] נקודת הקשר 24/7 (סעיף 35)
       *[other] נקודת הקשר 24/7
    }
art29-preservation-requested-authority-type-competent-authority = רשות מוסמכת אחרת
art29-preservation-requested-authority-authority = שם הרשות
    .hint = { $basis ->
            [budapest] נקודת הקשר 24/7 או הרשות המוסמכת של המדינה המתבקשת, כפי שהיא מופיעה במדריך של מועצת אירופה או בהצהרות של אותה מדינה.
           *[other] נקודת הקשר 24/7 או הרשות המוסמכת של המדינה המתבקשת, כפי שהיא מופיעה בהצהרות של אותה מדינה לפי האמנה שנבחרה.
        }
art29-preservation-requested-authority-country = המדינה המתבקשת
    .hint = הצד שמתבקש לשמר את הנתונים: בדרך כלל המדינה שבה נמצאים מערכת המחשב או ספק השירות.

## 5 Requesting authority

art29-preservation-requesting-authority = הרשות המבקשת
art29-preservation-requesting-authority-organisation = ארגון
art29-preservation-requesting-authority-person = האחראי על הבקשה
art29-preservation-requesting-authority-address = כתובת
art29-preservation-requesting-authority-telephone = מספר טלפון
    .hint = בתבנית בינלאומית, המתחילה ב-+ ובקידומת המדינה. יש לתת מספר שעונים בו גם מחוץ לשעות העבודה, לשאלות דחופות.
art29-preservation-requesting-authority-cell-phone = מספר טלפון נייד
art29-preservation-requesting-authority-email = דואר אלקטרוני
art29-preservation-requesting-authority-fax = מספר פקס
art29-preservation-requesting-authority-office-hours = שעות עבודה
    .hint = ימי העבודה ושעות העבודה לפי אזור הזמן שלהלן, למשל: שני עד שישי, {"\u2066"}09:00–18:00{"\u2069"}.
art29-preservation-requesting-authority-time-zone = אזור זמן
    .hint = אזור הזמן של המשרד, כהפרש מ-UTC. כל שעה בבקשה זו נקראת לפיו, אלא אם צוין אחרת.
art29-preservation-requesting-authority-response = דרך התשובה המועדפת
art29-preservation-requesting-authority-response-expedited = מועדפת תשובה בדואר אלקטרוני או באמצעי מהיר אחר
art29-preservation-requesting-authority-response-means = מועדפת תשובה באמצעות:
art29-preservation-requesting-authority-response-means-detail = אמצעי התשובה

## 6 Backup contact

art29-preservation-backup-contact = אם יידרש אישור נוסף מהרשות המבקשת, נא לפנות אל
art29-preservation-backup-contact-name = שם
art29-preservation-backup-contact-job-title = תואר התפקיד
art29-preservation-backup-contact-function = תחום אחריות
art29-preservation-backup-contact-telephone = מספר טלפון
art29-preservation-backup-contact-cell-phone = מספר טלפון נייד
art29-preservation-backup-contact-email = דואר אלקטרוני

## 7 Investigative or operational authority

art29-preservation-investigative-authority = רשות החקירה או הרשות המבצעית האחראית על התיק
art29-preservation-investigative-authority-different = רשות החקירה או הרשות המבצעית שונה מהרשות המבקשת
art29-preservation-investigative-authority-organisation = ארגון
art29-preservation-investigative-authority-person = האחראי על התיק
art29-preservation-investigative-authority-address = כתובת
art29-preservation-investigative-authority-telephone = מספר טלפון
art29-preservation-investigative-authority-cell-phone = מספר טלפון נייד
art29-preservation-investigative-authority-email = דואר אלקטרוני
art29-preservation-investigative-authority-fax = מספר פקס

## 8 Prosecution office or court

art29-preservation-prosecution = התביעה או בית המשפט האחראים, אם רלוונטי
art29-preservation-prosecution-office = התביעה האחראית
art29-preservation-prosecution-office-case = מספר התיק בתביעה
art29-preservation-prosecution-court = בית המשפט האחראי
art29-preservation-prosecution-court-case = מספר התיק בבית המשפט

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = הבסיס המשפטי הפנימי לבקשה, אם רלוונטי
    .hint = הוראות הדין הלאומי שלפיהן נחקר התיק ומתבקש שימור זה, למשל סעיפי חוק סדר הדין הפלילי.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] העבירה ותמצית העובדות (סעיף 29, פסקה 2(ב))
       *[other] העבירה ותמצית העובדות
    }
art29-preservation-offence-offences = העבירות שהן נושא החקירה או ההליך הפלילי
    .hint = שורה לכל עבירה: שמה או תיאור קצר שלה, הוראת הדין הפלילי שלכם המגדירה אותה, והעונש המרבי.
art29-preservation-offence-offences-offence = עבירה
art29-preservation-offence-offences-provision = הוראת חוק
art29-preservation-offence-offences-penalty = העונש המרבי
art29-preservation-offence-facts = תמצית העובדות
    .hint = בכמה משפטים: מה קרה, מתי והיכן; די כדי שהרשות המתבקשת תבין את הבקשה, ולא יותר. יש לציין כל תאריך ושעה עם אזור הזמן. נקודות הקשר 24/7 מעבירות לעתים קרובות בקשה זו לספק השירות: יש לנקוב בשם חשוד או נפגע רק כאשר הרשות המתבקשת זקוקה לשם כדי לאתר את הנתונים.
art29-preservation-offence-convention-offence = העבירה תואמת עבירה שנקבעה בהתאם לסעיפים 2 עד 11 לאמנה בדבר פשיעה מקוונת
    .hint = פליליות כפולה אינה תנאי לשימור (סעיף 29, פסקה 3), אלא אם הצד המתבקש שמר לעצמו את הזכות לדרוש אותה לגבי עבירות שאינן עבירות לפי סעיפים 2 עד 11 (סעיף 29, פסקה 4). יש לסמן ולציין את הסעיפים כאשר העבירה היא אחת מהן. מודפס רק כאשר מסומן.
art29-preservation-offence-convention-articles = הסעיפים התואמים באמנה
art29-preservation-offence-convention-articles-art2 = סעיף 2: גישה בלתי חוקית
art29-preservation-offence-convention-articles-art3 = סעיף 3: יירוט בלתי חוקי
art29-preservation-offence-convention-articles-art4 = סעיף 4: הפרעה לנתונים
art29-preservation-offence-convention-articles-art5 = סעיף 5: הפרעה למערכת
art29-preservation-offence-convention-articles-art6 = סעיף 6: שימוש לרעה בהתקנים
art29-preservation-offence-convention-articles-art7 = סעיף 7: זיוף הקשור במחשב
art29-preservation-offence-convention-articles-art8 = סעיף 8: הונאה הקשורה במחשב
art29-preservation-offence-convention-articles-art9 = סעיף 9: עבירות הקשורות בפורנוגרפיית ילדים
art29-preservation-offence-convention-articles-art10 = סעיף 10: עבירות הקשורות בהפרת זכויות יוצרים וזכויות קשורות
art29-preservation-offence-convention-articles-art11 = סעיף 11: ניסיון וסיוע או שידול

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] נתוני המחשב המאוחסנים שיש לשמר (סעיף 29, פסקה 2(ג))
       *[other] נתוני המחשב המאוחסנים שיש לשמר
    }
art29-preservation-data-identifiers = מזהי הנתונים שיש לשמר
    .hint = כל חשבון, שם משתמש, כתובת דואר אלקטרוני, מספר טלפון, כתובת URL, מתחם, מכשיר או כתובת IP שיש לשמר את נתוניהם. לכתובת IP יש לציין את פורט המקור ואת התאריך והשעה המדויקים של השימוש עם אזור הזמן: מאחורי כתובת משותפת הספק אינו יכול למצוא את המשתמש בלעדיהם. תקופה הנוגעת למזהה אחד בלבד נרשמת בשורה שלו.
art29-preservation-data-period = תקופת הנתונים שיש לשמר
    .hint = התקופה שהנתונים צריכים לכסות, כאשר היא זהה לכל המזהים. יש לציין את שני קצותיה עם אזור הזמן. יש לבקש רק את התקופה שהחקירה צריכה: בקשות לתקופות ארוכות (יותר מ-90 יום) נדחות לעתים קרובות כרחבות מדי.
art29-preservation-data-categories = סוגי הנתונים שיש לשמר
    .hint = { $basis ->
            [budapest] יש לסמן רק את מה שהחקירה צריכה. נתוני מנוי: זהות המנוי, כתובתו והשירות שבו השתמש (סעיף 18, פסקה 3). נתוני תעבורה: המקור, היעד, הנתיב, השעה, התאריך, הגודל והמשך של התקשורת, או סוג השירות שביסודה (סעיף 1(ד)). נתוני תוכן: התקשורת עצמה.
           *[other] יש לסמן רק את מה שהחקירה צריכה. נתוני מנוי: זהות המנוי, כתובתו והשירות שבו השתמש. נתוני תעבורה: המקור, היעד, הנתיב, השעה, התאריך, הגודל והמשך של התקשורת, או סוג השירות שביסודה. נתוני תוכן: התקשורת עצמה.
        }
art29-preservation-data-categories-subscriber = נתוני מנוי
art29-preservation-data-categories-traffic = נתוני תעבורה
art29-preservation-data-categories-content = נתוני תוכן
art29-preservation-data-categories-other = נתונים אחרים
art29-preservation-data-categories-other-detail = נתונים אחרים שיש לשמר
art29-preservation-data-relationship = הקשר בין הנתונים לעבירה
    .hint = יש להראות כיצד נתונים אלה קשורים לעבירה, למשל: מהחשבון נשלחו הודעות האיום ב-20.11.2026 בשעה 14:03 {"\u2066"}UTC+04:00{"\u2069"}, או שכתובת ה-IP שימשה להתחברות לשרת של הנפגע.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] מחזיק הנתונים ומיקום מערכת המחשב (סעיף 29, פסקה 2(ד))
       *[other] מחזיק הנתונים ומיקום מערכת המחשב
    }
art29-preservation-custodian-provider = ספק השירות או מחזיק אחר של הנתונים
    .hint = שם החברה או האדם המחזיקים בנתונים, ככל שהוא ידוע. אם אינו ידוע, יש לציין זאת.
art29-preservation-custodian-contact = כתובת או אתר האינטרנט של המחזיק
art29-preservation-custodian-location = מיקום מערכת המחשב
    .hint = היכן נמצאת מערכת המחשב המחזיקה בנתונים, ככל שידוע: מדינה, עיר, ספק אירוח או מרכז נתונים.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] נחיצות השימור (סעיף 29, פסקה 2(ה))
       *[other] נחיצות השימור
    }
art29-preservation-necessity-reasons = הטעמים לשימור מהיר
art29-preservation-necessity-reasons-deletion = הנתונים עלולים להימחק, להשתנות או לאבוד
art29-preservation-necessity-reasons-retention = ספק השירות שומר נתונים כאלה לתקופה קצרה בלבד
art29-preservation-necessity-reasons-notice = החשוד עלול לדעת על החקירה ולמחוק את הנתונים
art29-preservation-necessity-reasons-other = אחר
art29-preservation-necessity-reasons-other-detail = טעם אחר
art29-preservation-necessity-explanation = הסבר
    .hint = לא חובה: מה הופך את הדחיפות לממשית, למשל תקופת השמירה הידועה של הספק או התאריך שלאחריו יימחקו הנתונים.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] בקשה לעזרה הדדית שתוגש בהמשך (סעיף 29, פסקה 2(ו))
       *[other] בקשה לעזרה הדדית שתוגש בהמשך
    }
art29-preservation-mla-intent = הצד המבקש מתכוון להגיש בקשה לעזרה הדדית לשם חיפוש או גישה דומה, תפיסה או אבטחה דומה, או גילוי של נתוני המחשב המאוחסנים.
art29-preservation-mla-expected-date = המועד הצפוי של הבקשה לעזרה הדדית
    .hint = { $basis ->
            [budapest] לפי סעיף 29, פסקה 7, לאמנה, שימור הוא לתקופה של לא פחות משישים יום, כדי לאפשר הגשת בקשה לעזרה הדדית; משהתקבלה בקשה כזו, הנתונים ממשיכים להישמר עד להחלטה בה. משך השימור בפועל במדינה המתבקשת תלוי בדין ובנוהג שלה: ראו את חלונית השימור, ויש לשלוח את הבקשה זמן רב לפני תום התקופה, או לבקש הארכה בעוד מועד.
           *[other] משך השימור במדינה המתבקשת תלוי בדין ובנוהג שלה: ראו את חלונית השימור, ויש לשלוח את הבקשה לעזרה הדדית זמן רב לפני תום התקופה, או לבקש הארכה בעוד מועד.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] גילוי מהיר של נתוני תעבורה משומרים (סעיף 30): אם בעת שימור נתוני תעבורה הנוגעים לתקשורת מסוימת יתברר שספק שירות במדינה אחרת היה מעורב בהעברתה, נא לגלות במהירות כמות מספקת של נתוני תעבורה כדי לזהות את ספק השירות ואת הנתיב שבו הועברה התקשורת.
       *[other] גילוי מהיר של נתוני תעבורה משומרים: אם בעת שימור נתוני תעבורה הנוגעים לתקשורת מסוימת יתברר שספק שירות במדינה אחרת היה מעורב בהעברתה, נא לגלות במהירות כמות מספקת של נתוני תעבורה כדי לזהות את ספק השירות ואת הנתיב שבו הועברה התקשורת.
    }

## 16 Confidentiality

art29-preservation-confidentiality = סודיות
art29-preservation-confidentiality-conditions = הסודיות המתבקשת
    .hint = יש ספקי שירות המודיעים למשתמשיהם על בקשות. יש לשאול את הרשות המתבקשת אם הדבר עלול לקרות, ולסמן את מה שהחקירה צריכה.
art29-preservation-confidentiality-conditions-no-notification = נא לא להודיע למנוי או לבעל החשבון על בקשה זו
art29-preservation-confidentiality-conditions-warn = נא להודיע לרשות המבקשת לפני כל פעולה שעלולה להתריע בפני המשתמש
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] אם השימור לא יבטיח את זמינות הנתונים בעתיד, או יסכן את סודיות החקירה או יפגע בה בדרך אחרת, נא להודיע על כך לרשות המבקשת בהקדם, כדי שתוכל להחליט אם יש לבצע את הבקשה בכל זאת (סעיף 29, פסקה 6)
       *[other] אם השימור לא יבטיח את זמינות הנתונים בעתיד, או יסכן את סודיות החקירה או יפגע בה בדרך אחרת, נא להודיע על כך לרשות המבקשת בהקדם, כדי שתוכל להחליט אם יש לבצע את הבקשה בכל זאת
    }
art29-preservation-confidentiality-details = הערות נוספות בעניין הסודיות

## 17 Acknowledgement

art29-preservation-acknowledgement = נא לאשר שהנתונים שומרו, ולציין את מספר הסימוכין שניתן לבקשה זו ואת התאריך שבו יסתיים השימור
