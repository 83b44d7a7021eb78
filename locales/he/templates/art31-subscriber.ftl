# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] סעיף 31 לאמנה בדבר פשיעה מקוונת (ETS מס' 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = תאריך
art31-subscriber-reference = מספר סימוכין / מספר תיק
art31-subscriber-status = מעמד הבקשה
    .hint = יש לסמן כל תיבה החלה. בקשת המשך פותחת את פרקים 9 ו-10 לפרטי הבקשה הקודמת.
art31-subscriber-status-new = בקשה חדשה
art31-subscriber-status-follow-up-mla = בקשת המשך לבקשה קודמת לעזרה משפטית הדדית (פרטים בפרק 9)
art31-subscriber-status-follow-up-preservation = בקשת המשך לבקשת שימור קודמת (פרטים בפרק 10)
art31-subscriber-requested-authority = הרשות המתבקשת
art31-subscriber-requested-authority-country = המדינה המתבקשת
art31-subscriber-requested-authority-authority = רשות
    .hint = { $basis ->
            [budapest] הרשות המרכזית לעזרה הדדית של המדינה המתבקשת (סעיף 27(2)), או הרשות שהיא קבעה לקבלת בקשות כאלה.
           *[other] הרשות המרכזית לעזרה הדדית של המדינה המתבקשת, או הרשות שהיא קבעה לקבלת בקשות כאלה.
        }
art31-subscriber-requesting-authority = הרשות המבקשת
art31-subscriber-requesting-authority-organisation = ארגון
art31-subscriber-requesting-authority-person = האחראי על הבקשה
art31-subscriber-requesting-authority-address = כתובת
art31-subscriber-requesting-authority-phone = מספר טלפון
art31-subscriber-requesting-authority-mobile = מספר טלפון נייד
art31-subscriber-requesting-authority-email = כתובת דואר אלקטרוני
art31-subscriber-requesting-authority-fax = מספר פקס
art31-subscriber-requesting-authority-office-hours = שעות עבודה
art31-subscriber-requesting-authority-time-zone = אזור זמן
    .hint = אזור הזמן של המשרד, כהפרש מ-UTC. כל שעה אחרת בבקשה זו נושאת את אזור הזמן שלה.
art31-subscriber-requesting-authority-response = דרך התשובה
art31-subscriber-requesting-authority-response-expedited = מועדפת תשובה בדואר אלקטרוני או באמצעי מהיר אחר
art31-subscriber-requesting-authority-response-other = מועדפת תשובה בדרך אחרת
art31-subscriber-requesting-authority-response-other-detail = מועדפת תשובה באמצעות
art31-subscriber-additional-contact = אם יידרש אישור נוסף מהרשות המבקשת, נא לפנות אל
art31-subscriber-additional-contact-contacts = איש קשר
art31-subscriber-additional-contact-contacts-name = שם
art31-subscriber-additional-contact-contacts-job-title = תואר התפקיד
art31-subscriber-additional-contact-contacts-function = תחום אחריות
art31-subscriber-additional-contact-contacts-phone = מספר טלפון
art31-subscriber-additional-contact-contacts-mobile = מספר טלפון נייד
art31-subscriber-additional-contact-contacts-email = כתובת דואר אלקטרוני
art31-subscriber-investigating-authority = רשות החקירה / הרשות המבצעית האחראית על התיק (אם היא שונה מהרשות המבקשת)
art31-subscriber-investigating-authority-organisation = ארגון
art31-subscriber-investigating-authority-person = האחראי על התיק
art31-subscriber-investigating-authority-address = כתובת
art31-subscriber-investigating-authority-phone = מספר טלפון
art31-subscriber-investigating-authority-mobile = מספר טלפון נייד
art31-subscriber-investigating-authority-email = כתובת דואר אלקטרוני
art31-subscriber-investigating-authority-fax = מספר פקס
art31-subscriber-prosecution-court = התביעה או בית המשפט האחראים, אם רלוונטי
art31-subscriber-prosecution-court-prosecution = התביעה האחראית ומספר התיק
art31-subscriber-prosecution-court-court = בית המשפט האחראי ומספר התיק
art31-subscriber-prosecution-court-decisions = החלטות התביעה או בית המשפט הנוגעות לבקשה זו
    .hint = לכל החלטה: הרשות, התאריך והמספר שלה, ומה היא מורה או מתירה. יש לצרף עותק אם המדינה המתבקשת דורשת זאת.
art31-subscriber-previous-mla = מידע על הבקשה הקודמת לעזרה משפטית הדדית, אם רלוונטי
art31-subscriber-previous-mla-date = תאריך
art31-subscriber-previous-mla-reference = מספר פנייה / מספר סימוכין
art31-subscriber-previous-mla-requesting = פרטי הקשר של הרשות שהגישה את הבקשה הקודמת
art31-subscriber-previous-mla-executing = פרטי הקשר של הרשות שהשיבה לבקשה הקודמת (או ביצעה אותה)
art31-subscriber-previous-mla-channel = דרך ההתקשרות שבה הוגשה הבקשה הקודמת (כתובת דואר אלקטרוני, מספר פקס וכו')
art31-subscriber-previous-preservation = מידע על בקשת השימור הקודמת, אם רלוונטי
art31-subscriber-previous-preservation-date = תאריך
art31-subscriber-previous-preservation-reference = מספר פנייה / מספר סימוכין
art31-subscriber-previous-preservation-requesting = פרטי הקשר של הרשות שביקשה את השימור
art31-subscriber-previous-preservation-executing = פרטי הקשר של הרשות שהשיבה לבקשת השימור (או ביצעה אותה)
art31-subscriber-previous-preservation-channel = ערוץ ההתקשרות
art31-subscriber-previous-preservation-channel-network-247 = נקודת קשר ברשת 24/7
art31-subscriber-previous-preservation-channel-provider = ישירות לספק השירות
art31-subscriber-previous-preservation-channel-police = ערוץ שיתוף פעולה משטרתי
art31-subscriber-previous-preservation-channel-mla = הרשות המרכזית לעזרה הדדית
art31-subscriber-previous-preservation-channel-other = אחר
art31-subscriber-previous-preservation-channel-other-detail = הערוץ שבו נעשה שימוש
art31-subscriber-previous-preservation-expiry = הנתונים משומרים עד
    .hint = התאריך שבו מסתיים השימור, כפי שאישרו המדינה המתבקשת או ספק השירות, אם ידוע.
art31-subscriber-legal-grounds = הבסיס המשפטי לבקשה
art31-subscriber-legal-grounds-domestic = הבסיס המשפטי הפנימי לבקשה, אם רלוונטי
    .hint = הוראות הדין שלכם שלפיהן מוגשת בקשה זו, למשל סעיפי חוק סדר הדין הפלילי בעניין בקשות לעזרה משפטית הדדית.
art31-subscriber-legal-grounds-instruments = אמנות או הסדרים אחרים החלים
art31-subscriber-legal-grounds-instruments-ets-30 = האמנה האירופית בדבר עזרה הדדית בעניינים פליליים (ETS מס' 30) והפרוטוקולים שלה
art31-subscriber-legal-grounds-instruments-bilateral = אמנה דו־צדדית
art31-subscriber-legal-grounds-instruments-bilateral-detail = שם האמנה ותאריכה
art31-subscriber-legal-grounds-instruments-reciprocity = הדדיות
art31-subscriber-offences = עבירה (עבירות)
art31-subscriber-offences-offences = עבירה
art31-subscriber-offences-offences-name = עבירה
art31-subscriber-offences-offences-provision = הוראת חוק
art31-subscriber-offences-offences-penalty = העונש המרבי
art31-subscriber-offences-damage = הנזק שנגרם
    .hint = סכום ההפסד, במטבע שלו, אם יש כזה.
art31-subscriber-offences-damage-below-threshold = הנזק נמוך מהשווי של 5,000 דולר ארה"ב
    .hint = בדיקה פנימית בלבד, שלעולם אינה מודפסת בבקשה. ארצות הברית דוחה בדרך כלל בקשות בעניין נזק של פחות מ-5,000 דולר ארה"ב; יש להשוות את הנזק במטבע שלכם לסכום זה.
art31-subscriber-facts = תמצית העובדות
    .hint = מי עשה מה, מתי והיכן, וכיצד בוצעה העבירה באמצעות השירות הנוגע בדבר. יש לציין כל שעה עם אזור הזמן שלה.
art31-subscriber-identifiers = מזהים ותקופת הנתונים המבוקשים
art31-subscriber-identifiers-identifiers = מזהי הנתונים המבוקשים
    .hint = כל חשבון, כתובת או מספר שהמנוי שלהם מבוקש. לכתובת IP יש לציין את פורט המקור ואת התאריך והשעה המדויקים עם אזור הזמן: מאחורי כתובות משותפות הספק אינו יכול לזהות את המנוי בלעדיהם.
art31-subscriber-identifiers-period = התקופה המדויקת שלגביה מבוקשים הנתונים
    .hint = ההתחלה והסוף עם אזור הזמן שלהם. יש לבקש רק את התקופה שהחקירה צריכה: בקשות לתקופות ארוכות (יותר מ-90 יום) נדחות לעתים קרובות כרחבות מדי.
art31-subscriber-categories = נתוני המנוי המבוקשים
    .hint = { $basis ->
            [budapest] יש לסמן רק את מה שהחקירה צריכה. שש התיבות הראשונות תואמות את הגדרת נתוני מנוי בסעיף 18(3) לאמנה.
           *[other] יש לסמן רק את מה שהחקירה צריכה.
        }
art31-subscriber-categories-service = סוג שירות התקשורת שבו נעשה שימוש, ההסדרים הטכניים שננקטו לשם כך ותקופת השירות
art31-subscriber-categories-identity = זהות המנוי
art31-subscriber-categories-address = כתובת דואר או כתובת גאוגרפית
art31-subscriber-categories-access-number = מספרי טלפון ומספרי גישה אחרים
art31-subscriber-categories-billing = מידע על חיובים ותשלומים
art31-subscriber-categories-installation = מקום התקנת ציוד התקשורת
art31-subscriber-categories-email = כתובות דואר אלקטרוני המקושרות לחשבון
art31-subscriber-categories-registration-ip = כתובת IP ותאריך ושעת ההרשמה
art31-subscriber-categories-login-ip-at = כתובת ה-IP של התחברות בתאריך ובשעה שצוינו עם המזהה (לזיהוי המנוי)
art31-subscriber-categories-other = אחר
art31-subscriber-categories-other-detail = מידע אחר מבוקש
art31-subscriber-relevance = הקשר בין הנתונים לחקירה
    .hint = יש להסביר כיצד כל מזהה קשור לעבירה ולחשוד, ומדוע יש יסוד לסבור שספק השירות מחזיק בנתונים.
art31-subscriber-service-provider = ספק השירות המחזיק בנתונים
art31-subscriber-service-provider-name = שם ספק השירות
    .hint = השם המשפטי של הספק, כפי שהוא מופיע בתנאי השירות שלו או בהנחיות שלו לרשויות אכיפת החוק.
art31-subscriber-service-provider-address = כתובת או מיקום
art31-subscriber-urgency = דחיפות
art31-subscriber-urgency-urgent = מתבקש ביצוע דחוף
art31-subscriber-urgency-reasons = הטעמים לדחיפות
    .hint = { $basis ->
            [budapest] למשל החשוד במעצר, מועד קבוע בהליך, או יסוד להניח שהנתונים חשופים במיוחד לאובדן או לשינוי (סעיף 31(3)).
           *[other] למשל החשוד במעצר, מועד קבוע בהליך, או יסוד להניח שהנתונים חשופים במיוחד לאובדן או לשינוי.
        }
art31-subscriber-urgency-deadline = הנתונים נדרשים עד
art31-subscriber-confidentiality = סודיות
art31-subscriber-confidentiality-confidential = נא לשמור בסודיות את עצם הבקשה ואת נושאה, למעט במידה הדרושה לביצועה
art31-subscriber-confidentiality-no-notification = לבקש מספק השירות שלא להודיע למנוי או לכל צד שלישי
    .hint = יש לשאול את הרשות המתבקשת אם הנוהג או המערכת של הספק עלולים להתריע בפני המשתמש.
art31-subscriber-confidentiality-reasons = הטעמים לסודיות
    .hint = למשל סיכון שהחשוד ישמיד ראיות, יימלט או יזהיר שותפים.
art31-subscriber-form = צורת הנתונים ואימותם
art31-subscriber-form-electronic = עותק אלקטרוני בתבנית קריאה
art31-subscriber-form-certified = העתק מאושר
art31-subscriber-form-certificate = תעודת אמיתות של רשומות עסקיות מאת ספק השירות
art31-subscriber-form-other = אחר
art31-subscriber-form-other-detail = דרישה אחרת
