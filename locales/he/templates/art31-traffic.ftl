# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] סעיף 31 לאמנה בדבר פשיעה מקוונת (ETS מס' 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = תאריך
art31-traffic-reference = מספר סימוכין / מספר תיק
art31-traffic-status = מעמד הבקשה
    .hint = יש לסמן כל תיבה החלה. בקשת המשך פותחת את פרקים 9 ו-10 לפרטי הבקשה הקודמת.
art31-traffic-status-new = בקשה חדשה
art31-traffic-status-follow-up-mla = בקשת המשך לבקשה קודמת לעזרה משפטית הדדית (פרטים בפרק 9)
art31-traffic-status-follow-up-preservation = בקשת המשך לבקשת שימור קודמת (פרטים בפרק 10)
art31-traffic-requested-authority = הרשות המתבקשת
art31-traffic-requested-authority-country = המדינה המתבקשת
art31-traffic-requested-authority-authority = רשות
    .hint = { $basis ->
            [budapest] הרשות המרכזית לעזרה הדדית של המדינה המתבקשת (סעיף 27(2)), או הרשות שהיא קבעה לקבלת בקשות כאלה.
           *[other] הרשות המרכזית לעזרה הדדית של המדינה המתבקשת, או הרשות שהיא קבעה לקבלת בקשות כאלה.
        }
art31-traffic-requesting-authority = הרשות המבקשת
art31-traffic-requesting-authority-organisation = ארגון
art31-traffic-requesting-authority-person = האחראי על הבקשה
art31-traffic-requesting-authority-address = כתובת
art31-traffic-requesting-authority-phone = מספר טלפון
art31-traffic-requesting-authority-mobile = מספר טלפון נייד
art31-traffic-requesting-authority-email = כתובת דואר אלקטרוני
art31-traffic-requesting-authority-fax = מספר פקס
art31-traffic-requesting-authority-office-hours = שעות עבודה
art31-traffic-requesting-authority-time-zone = אזור זמן
    .hint = אזור הזמן של המשרד, כהפרש מ-UTC. כל שעה אחרת בבקשה זו נושאת את אזור הזמן שלה.
art31-traffic-requesting-authority-response = אמצעי התשובה
art31-traffic-requesting-authority-response-expedited = מועדפת תשובה בדואר אלקטרוני או באמצעי מהיר אחר
art31-traffic-requesting-authority-response-other = מועדפת תשובה בדרך אחרת
art31-traffic-requesting-authority-response-other-detail = מועדפת תשובה באמצעות
art31-traffic-additional-contact = אם יידרש אישור נוסף מהרשות המבקשת, נא לפנות אל
art31-traffic-additional-contact-contacts = איש קשר
art31-traffic-additional-contact-contacts-name = שם
art31-traffic-additional-contact-contacts-job-title = תואר התפקיד
art31-traffic-additional-contact-contacts-function = תחום אחריות
art31-traffic-additional-contact-contacts-phone = מספר טלפון
art31-traffic-additional-contact-contacts-mobile = מספר טלפון נייד
art31-traffic-additional-contact-contacts-email = כתובת דואר אלקטרוני
art31-traffic-investigating-authority = רשות החקירה / הרשות המבצעית האחראית על התיק (אם היא שונה מהרשות המבקשת)
art31-traffic-investigating-authority-organisation = ארגון
art31-traffic-investigating-authority-person = האחראי על התיק
art31-traffic-investigating-authority-address = כתובת
art31-traffic-investigating-authority-phone = מספר טלפון
art31-traffic-investigating-authority-mobile = מספר טלפון נייד
art31-traffic-investigating-authority-email = כתובת דואר אלקטרוני
art31-traffic-investigating-authority-fax = מספר פקס
art31-traffic-prosecution-court = התביעה או בית המשפט האחראים, אם רלוונטי
art31-traffic-prosecution-court-prosecution = התביעה האחראית ומספר התיק
art31-traffic-prosecution-court-court = בית המשפט האחראי ומספר התיק
art31-traffic-prosecution-court-decisions = החלטות התביעה או בית המשפט הנוגעות לבקשה זו
    .hint = לכל החלטה: הרשות, התאריך והמספר שלה, ומה היא מורה או מתירה. יש לצרף עותק אם המדינה המתבקשת דורשת זאת.
art31-traffic-previous-mla = מידע על הבקשה הקודמת לעזרה משפטית הדדית, אם רלוונטי
art31-traffic-previous-mla-date = תאריך
art31-traffic-previous-mla-reference = מספר פנייה / מספר סימוכין
art31-traffic-previous-mla-requesting = פרטי הקשר של הרשות שהגישה את הבקשה הקודמת
art31-traffic-previous-mla-executing = פרטי הקשר של הרשות שהשיבה לבקשה הקודמת (או ביצעה אותה)
art31-traffic-previous-mla-channel = דרך ההתקשרות שבה הוגשה הבקשה הקודמת (כתובת דואר אלקטרוני, מספר פקס וכו')
art31-traffic-previous-preservation = מידע על בקשת השימור הקודמת, אם רלוונטי
art31-traffic-previous-preservation-date = תאריך
art31-traffic-previous-preservation-reference = מספר פנייה / מספר סימוכין
art31-traffic-previous-preservation-requesting = פרטי הקשר של הרשות שביקשה את השימור
art31-traffic-previous-preservation-executing = פרטי הקשר של הרשות שהשיבה לבקשת השימור (או ביצעה אותה)
art31-traffic-previous-preservation-channel = ערוץ ההתקשרות
art31-traffic-previous-preservation-channel-network-247 = נקודת קשר ברשת 24/7
art31-traffic-previous-preservation-channel-provider = ישירות לספק השירות
art31-traffic-previous-preservation-channel-police = ערוץ שיתוף פעולה משטרתי
art31-traffic-previous-preservation-channel-mla = הרשות המרכזית לעזרה הדדית
art31-traffic-previous-preservation-channel-other = אחר
art31-traffic-previous-preservation-channel-other-detail = הערוץ שבו נעשה שימוש
art31-traffic-previous-preservation-expiry = הנתונים משומרים עד
    .hint = התאריך שבו מסתיים השימור, כפי שאישרו המדינה המתבקשת או ספק השירות, אם ידוע.
art31-traffic-legal-grounds = הבסיס המשפטי לבקשה
art31-traffic-legal-grounds-domestic = הבסיס המשפטי הפנימי לבקשה, אם רלוונטי
    .hint = הוראות הדין שלכם שלפיהן מוגשת בקשה זו, למשל סעיפי חוק סדר הדין הפלילי בעניין בקשות לעזרה משפטית הדדית.
art31-traffic-legal-grounds-instruments = אמנות או הסדרים אחרים החלים
art31-traffic-legal-grounds-instruments-ets-30 = האמנה האירופית בדבר עזרה הדדית בעניינים פליליים (ETS מס' 30) והפרוטוקולים שלה
art31-traffic-legal-grounds-instruments-bilateral = אמנה דו־צדדית
art31-traffic-legal-grounds-instruments-bilateral-detail = שם האמנה ותאריכה
art31-traffic-legal-grounds-instruments-reciprocity = הדדיות
art31-traffic-offences = עבירה (עבירות)
art31-traffic-offences-offences = עבירה
art31-traffic-offences-offences-name = עבירה
art31-traffic-offences-offences-provision = הוראת חוק
art31-traffic-offences-offences-penalty = העונש המרבי
art31-traffic-offences-damage = הנזק שנגרם
    .hint = סכום ההפסד, במטבע שלו, אם יש כזה.
art31-traffic-offences-damage-below-threshold = הנזק נמוך מהשווי של 5,000 דולר ארה"ב
    .hint = בדיקה פנימית בלבד, שלעולם אינה מודפסת בבקשה. ארצות הברית דוחה בדרך כלל בקשות בעניין נזק של פחות מ-5,000 דולר ארה"ב; יש להשוות את הנזק במטבע שלכם לסכום זה.
art31-traffic-facts = תמצית העובדות
    .hint = מי עשה מה, מתי והיכן, וכיצד בוצעה העבירה באמצעות השירות הנוגע בדבר. יש לציין כל שעה עם אזור הזמן שלה.
art31-traffic-identifiers = מזהים ותקופת הנתונים המבוקשים
art31-traffic-identifiers-identifiers = מזהי הנתונים המבוקשים
    .hint = כל חשבון, כתובת או מספר שהנתונים שלהם מבוקשים. לכתובת IP יש לציין את פורט המקור ואת התאריך והשעה המדויקים עם אזור הזמן: מאחורי כתובות משותפות הספק אינו יכול לזהות את המנוי בלעדיהם.
art31-traffic-identifiers-period = התקופה המדויקת שלגביה מבוקשים הנתונים
    .hint = ההתחלה והסוף עם אזור הזמן שלהם. יש לבקש רק את התקופה שהחקירה צריכה: בקשות לתקופות ארוכות (יותר מ-90 יום) נדחות לעתים קרובות כרחבות מדי.
art31-traffic-data = הנתונים המבוקשים
art31-traffic-data-traffic = נתוני התעבורה המבוקשים
    .hint = { $basis ->
            [budapest] שמונה התיבות הראשונות תואמות את הגדרת נתוני תעבורה בסעיף 1(ד) לאמנה: נתונים שמערכת מחשב מפיקה כחלק משרשרת התקשורת.
           *[other] נתונים שמערכת מחשב מפיקה כחלק משרשרת התקשורת: יש לסמן רק את מה שהחקירה צריכה.
        }
art31-traffic-data-traffic-origin = מקור התקשורת
art31-traffic-data-traffic-destination = יעד התקשורת
art31-traffic-data-traffic-route = נתיב
art31-traffic-data-traffic-time = שעה
art31-traffic-data-traffic-date = תאריך
art31-traffic-data-traffic-size = גודל
art31-traffic-data-traffic-duration = משך
art31-traffic-data-traffic-service = סוג השירות שביסוד התקשורת
art31-traffic-data-traffic-connection-log = היסטוריית התחברויות IP: כניסות ויציאות עם כתובות IP, פורטי מקור, תאריכים ושעות
art31-traffic-data-traffic-headers = מידע כותרות של דואר אלקטרוני, ללא תוכן
art31-traffic-data-traffic-other = אחר
art31-traffic-data-traffic-other-detail = נתוני תעבורה אחרים מבוקשים
art31-traffic-data-subscriber = נתוני המנוי המבוקשים
    .hint = { $basis ->
            [budapest] יש לסמן רק את מה שנדרש בנוסף לנתוני התעבורה. שש התיבות הראשונות תואמות את הגדרת נתוני מנוי בסעיף 18(3) לאמנה.
           *[other] יש לסמן רק את מה שנדרש בנוסף לנתוני התעבורה.
        }
art31-traffic-data-subscriber-service = סוג שירות התקשורת שבו נעשה שימוש, ההסדרים הטכניים שננקטו לשם כך ותקופת השירות
art31-traffic-data-subscriber-identity = זהות המנוי
art31-traffic-data-subscriber-address = כתובת דואר או כתובת גאוגרפית
art31-traffic-data-subscriber-access-number = מספרי טלפון ומספרי גישה אחרים
art31-traffic-data-subscriber-billing = מידע על חיובים ותשלומים
art31-traffic-data-subscriber-installation = מקום התקנת ציוד התקשורת
art31-traffic-data-subscriber-email = כתובות דואר אלקטרוני המקושרות לחשבון
art31-traffic-data-subscriber-registration-ip = כתובת IP ותאריך ושעת ההרשמה
art31-traffic-data-subscriber-other = אחר
art31-traffic-data-subscriber-other-detail = נתוני מנוי אחרים מבוקשים
art31-traffic-preservation = שימור הנתונים
art31-traffic-preservation-sought = האם כבר התבקש שימור הנתונים?
    .hint = { $basis ->
            [budapest] האם הנתונים שומרו לפי סעיף 29 לאמנה, דרך רשת 24/7 או ישירות אצל ספק השירות. הסימוכין מאפשרים לרשות המתבקשת ולספק לאתר את הנתונים המשומרים. אם בקשה זו היא המשך לבקשת השימור המתוארת בפרק 10, יש לציין את אותם תאריך וסימוכין.
           *[other] האם הנתונים שומרו, דרך רשת 24/7, דרך רשות אחרת של המדינה המתבקשת או ישירות אצל ספק השירות. הסימוכין מאפשרים לרשות המתבקשת ולספק לאתר את הנתונים המשומרים. אם בקשה זו היא המשך לבקשת השימור המתוארת בפרק 10, יש לציין את אותם תאריך וסימוכין.
        }
art31-traffic-preservation-sought-yes = כן
art31-traffic-preservation-sought-no = לא
art31-traffic-preservation-date = תאריך בקשת השימור
art31-traffic-preservation-reference = סימוכין של בקשת השימור
    .hint = הסימוכין שנתנו הרשות המתבקשת או ספק השירות; אם לא ניתנו, הסימוכין שלכם.
art31-traffic-relevance = הקשר בין הנתונים לחקירה
    .hint = יש להסביר כיצד כל מזהה וכל סוג של נתונים מבוקשים קשורים לעבירה ולחשוד, ומדוע יש יסוד לסבור שספק השירות מחזיק בנתונים.
art31-traffic-service-provider = ספק השירות המחזיק בנתונים
art31-traffic-service-provider-name = שם ספק השירות
    .hint = השם המשפטי של הספק, כפי שהוא מופיע בתנאי השירות שלו או בהנחיות שלו לרשויות אכיפת החוק.
art31-traffic-service-provider-address = כתובת או מיקום
art31-traffic-urgency = דחיפות
art31-traffic-urgency-urgent = מתבקש ביצוע דחוף
art31-traffic-urgency-reasons = הטעמים לדחיפות
    .hint = { $basis ->
            [budapest] למשל החשוד במעצר, מועד קבוע בהליך, או יסוד להניח שהנתונים חשופים במיוחד לאובדן או לשינוי (סעיף 31(3)).
           *[other] למשל החשוד במעצר, מועד קבוע בהליך, או יסוד להניח שהנתונים חשופים במיוחד לאובדן או לשינוי.
        }
art31-traffic-urgency-deadline = הנתונים נדרשים עד
art31-traffic-confidentiality = סודיות
art31-traffic-confidentiality-confidential = נא לשמור בסודיות את עצם הבקשה ואת נושאה, למעט במידה הדרושה לביצועה
art31-traffic-confidentiality-no-notification = לבקש מספק השירות שלא להודיע למנוי או לכל צד שלישי
    .hint = יש לשאול את הרשות המתבקשת אם הנוהג או המערכת של הספק עלולים להתריע בפני המשתמש.
art31-traffic-confidentiality-reasons = הטעמים לסודיות
    .hint = למשל סיכון שהחשוד ישמיד ראיות, יימלט או יזהיר שותפים.
art31-traffic-form = צורת הנתונים ואימותם
art31-traffic-form-electronic = עותק אלקטרוני בתבנית קריאה
art31-traffic-form-certified = העתק מאושר
art31-traffic-form-certificate = תעודת אמיתות של רשומות עסקיות מאת ספק השירות
art31-traffic-form-other = אחר
art31-traffic-form-other-detail = דרישה אחרת
