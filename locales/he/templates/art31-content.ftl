# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] סעיף 31 לאמנה בדבר פשיעה מקוונת (ETS מס' 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = תאריך
art31-content-reference = מספר סימוכין / מספר תיק
art31-content-status = מעמד הבקשה
    .hint = יש לסמן כל תיבה החלה. בקשת המשך פותחת את פרקים 9 ו-10 לפרטי הבקשה הקודמת.
art31-content-status-new = בקשה חדשה
art31-content-status-follow-up-mla = בקשת המשך לבקשה קודמת לעזרה משפטית הדדית (פרטים בפרק 9)
art31-content-status-follow-up-preservation = בקשת המשך לבקשת שימור קודמת (פרטים בפרק 10)
art31-content-requested-authority = הרשות המתבקשת
art31-content-requested-authority-country = המדינה המתבקשת
art31-content-requested-authority-authority = רשות
    .hint = { $basis ->
            [budapest] הרשות המרכזית לעזרה הדדית של המדינה המתבקשת (סעיף 27(2)), או הרשות שהיא קבעה לקבלת בקשות כאלה.
           *[other] הרשות המרכזית לעזרה הדדית של המדינה המתבקשת, או הרשות שהיא קבעה לקבלת בקשות כאלה.
        }
art31-content-requesting-authority = הרשות המבקשת
art31-content-requesting-authority-organisation = ארגון
art31-content-requesting-authority-person = האחראי על הבקשה
art31-content-requesting-authority-address = כתובת
art31-content-requesting-authority-phone = מספר טלפון
art31-content-requesting-authority-mobile = מספר טלפון נייד
art31-content-requesting-authority-email = כתובת דואר אלקטרוני
art31-content-requesting-authority-fax = מספר פקס
art31-content-requesting-authority-office-hours = שעות עבודה
art31-content-requesting-authority-time-zone = אזור זמן
    .hint = אזור הזמן של המשרד, כהפרש מ-UTC. כל שעה אחרת בבקשה זו נושאת את אזור הזמן שלה.
art31-content-requesting-authority-response = אמצעי התשובה
art31-content-requesting-authority-response-expedited = מועדפת תשובה בדואר אלקטרוני או באמצעי מהיר אחר
art31-content-requesting-authority-response-other = מועדפת תשובה בדרך אחרת
art31-content-requesting-authority-response-other-detail = מועדפת תשובה באמצעות
art31-content-additional-contact = אם יידרש אישור נוסף מהרשות המבקשת, נא לפנות אל
art31-content-additional-contact-contacts = איש קשר
art31-content-additional-contact-contacts-name = שם
art31-content-additional-contact-contacts-job-title = תואר התפקיד
art31-content-additional-contact-contacts-function = תחום אחריות
art31-content-additional-contact-contacts-phone = מספר טלפון
art31-content-additional-contact-contacts-mobile = מספר טלפון נייד
art31-content-additional-contact-contacts-email = כתובת דואר אלקטרוני
art31-content-investigating-authority = רשות החקירה / הרשות המבצעית האחראית על התיק (אם היא שונה מהרשות המבקשת)
art31-content-investigating-authority-organisation = ארגון
art31-content-investigating-authority-person = האחראי על התיק
art31-content-investigating-authority-address = כתובת
art31-content-investigating-authority-phone = מספר טלפון
art31-content-investigating-authority-mobile = מספר טלפון נייד
art31-content-investigating-authority-email = כתובת דואר אלקטרוני
art31-content-investigating-authority-fax = מספר פקס
art31-content-prosecution-court = התביעה או בית המשפט האחראים, אם רלוונטי
art31-content-prosecution-court-prosecution = התביעה האחראית ומספר התיק
art31-content-prosecution-court-court = בית המשפט האחראי ומספר התיק
art31-content-prosecution-court-decisions = החלטות התביעה או בית המשפט הנוגעות לבקשה זו
    .hint = לכל החלטה: הרשות, התאריך והמספר שלה, ומה היא מורה או מתירה. יש לצרף עותק אם המדינה המתבקשת דורשת זאת.
art31-content-previous-mla = מידע על הבקשה הקודמת לעזרה משפטית הדדית, אם רלוונטי
art31-content-previous-mla-date = תאריך
art31-content-previous-mla-reference = מספר פנייה / מספר סימוכין
art31-content-previous-mla-requesting = פרטי הקשר של הרשות שהגישה את הבקשה הקודמת
art31-content-previous-mla-executing = פרטי הקשר של הרשות שהשיבה לבקשה הקודמת (או ביצעה אותה)
art31-content-previous-mla-channel = דרך ההתקשרות שבה הוגשה הבקשה הקודמת (כתובת דואר אלקטרוני, מספר פקס וכו')
art31-content-previous-preservation = מידע על בקשת השימור הקודמת, אם רלוונטי
art31-content-previous-preservation-date = תאריך
art31-content-previous-preservation-reference = מספר פנייה / מספר סימוכין
art31-content-previous-preservation-requesting = פרטי הקשר של הרשות שביקשה את השימור
art31-content-previous-preservation-executing = פרטי הקשר של הרשות שהשיבה לבקשת השימור (או ביצעה אותה)
art31-content-previous-preservation-channel = ערוץ ההתקשרות
art31-content-previous-preservation-channel-network-247 = נקודת קשר ברשת 24/7
art31-content-previous-preservation-channel-provider = ישירות לספק השירות
art31-content-previous-preservation-channel-police = ערוץ שיתוף פעולה משטרתי
art31-content-previous-preservation-channel-mla = הרשות המרכזית לעזרה הדדית
art31-content-previous-preservation-channel-other = אחר
art31-content-previous-preservation-channel-other-detail = הערוץ שבו נעשה שימוש
art31-content-previous-preservation-expiry = הנתונים משומרים עד
    .hint = התאריך שבו מסתיים השימור, כפי שאישרו המדינה המתבקשת או ספק השירות, אם ידוע.
art31-content-legal-grounds = הבסיס המשפטי לבקשה
art31-content-legal-grounds-domestic = הבסיס המשפטי הפנימי לבקשה, אם רלוונטי
    .hint = הוראות הדין שלכם שלפיהן מוגשת בקשה זו, למשל סעיפי חוק סדר הדין הפלילי בעניין בקשות לעזרה משפטית הדדית.
art31-content-legal-grounds-instruments = אמנות או הסדרים אחרים החלים
art31-content-legal-grounds-instruments-ets-30 = האמנה האירופית בדבר עזרה הדדית בעניינים פליליים (ETS מס' 30) והפרוטוקולים שלה
art31-content-legal-grounds-instruments-bilateral = אמנה דו־צדדית
art31-content-legal-grounds-instruments-bilateral-detail = שם האמנה ותאריכה
art31-content-legal-grounds-instruments-reciprocity = הדדיות
art31-content-offences = עבירה (עבירות)
art31-content-offences-offences = עבירה
art31-content-offences-offences-name = עבירה
art31-content-offences-offences-provision = הוראת חוק
art31-content-offences-offences-penalty = העונש המרבי
art31-content-offences-damage = הנזק שנגרם
    .hint = סכום ההפסד, במטבע שלו, אם יש כזה.
art31-content-offences-damage-below-threshold = הנזק נמוך מהשווי של 5,000 דולר ארה"ב
    .hint = בדיקה פנימית בלבד, שלעולם אינה מודפסת בבקשה. ארצות הברית דוחה בדרך כלל בקשות בעניין נזק של פחות מ-5,000 דולר ארה"ב; יש להשוות את הנזק במטבע שלכם לסכום זה.
art31-content-facts = תמצית העובדות
    .hint = מי עשה מה, מתי והיכן, וכיצד בוצעה העבירה באמצעות השירות הנוגע בדבר. יש לציין כל שעה עם אזור הזמן שלה.
art31-content-identifiers = מזהים ותקופת הנתונים המבוקשים
art31-content-identifiers-identifiers = מזהי הנתונים המבוקשים
    .hint = כל חשבון, כתובת או מספר שהנתונים שלהם מבוקשים. לכתובת IP יש לציין את פורט המקור ואת התאריך והשעה המדויקים עם אזור הזמן: מאחורי כתובות משותפות הספק אינו יכול לזהות את המנוי בלעדיהם.
art31-content-identifiers-period = התקופה המדויקת שלגביה מבוקשים הנתונים
    .hint = ההתחלה והסוף עם אזור הזמן שלהם. יש לבקש רק את התקופה שהחקירה צריכה: בקשות לתקופות ארוכות (יותר מ-90 יום) נדחות לעתים קרובות כרחבות מדי.
art31-content-data = הנתונים המבוקשים
art31-content-data-content = נתוני התוכן המבוקשים
    .hint = יש לציין רק את התוכן שהעובדות מצדיקות; ייתכן שהמדינה המתבקשת תזדקק לצו בית משפט לשם כך.
art31-content-data-content-messages = הודעות מאוחסנות, לרבות צ'אטים והודעות ישירות
art31-content-data-content-emails = הודעות דואר אלקטרוני מאוחסנות עם הקבצים המצורפים להן
art31-content-data-content-files = קבצים ומסמכים מאוחסנים, לרבות אחסון בענן
art31-content-data-content-media = תמונות וסרטונים
art31-content-data-content-posts = פוסטים, תגובות ותוכן מפורסם אחר
art31-content-data-content-location = מידע מיקום מאוחסן
art31-content-data-content-contacts = רשימות אנשי קשר ופנקסי כתובות
art31-content-data-content-other = אחר
art31-content-data-content-other-detail = נתוני תוכן אחרים מבוקשים
art31-content-data-traffic = נתוני התעבורה המבוקשים
    .hint = { $basis ->
            [budapest] יש לסמן רק את מה שנדרש בנוסף לתוכן. שמונה התיבות הראשונות תואמות את הגדרת נתוני תעבורה בסעיף 1(ד) לאמנה: נתונים שמערכת מחשב מפיקה כחלק משרשרת התקשורת.
           *[other] יש לסמן רק את מה שנדרש בנוסף לתוכן. נתוני תעבורה הם נתונים שמערכת מחשב מפיקה כחלק משרשרת התקשורת.
        }
art31-content-data-traffic-origin = מקור התקשורת
art31-content-data-traffic-destination = יעד התקשורת
art31-content-data-traffic-route = נתיב
art31-content-data-traffic-time = שעה
art31-content-data-traffic-date = תאריך
art31-content-data-traffic-size = גודל
art31-content-data-traffic-duration = משך
art31-content-data-traffic-service = סוג השירות שביסוד התקשורת
art31-content-data-traffic-connection-log = היסטוריית התחברויות IP: כניסות ויציאות עם כתובות IP, פורטי מקור, תאריכים ושעות
art31-content-data-traffic-headers = מידע כותרות של דואר אלקטרוני, ללא תוכן
art31-content-data-traffic-other = אחר
art31-content-data-traffic-other-detail = נתוני תעבורה אחרים מבוקשים
art31-content-data-subscriber = נתוני המנוי המבוקשים
    .hint = { $basis ->
            [budapest] יש לסמן רק את מה שנדרש בנוסף לתוכן. שש התיבות הראשונות תואמות את הגדרת נתוני מנוי בסעיף 18(3) לאמנה.
           *[other] יש לסמן רק את מה שנדרש בנוסף לתוכן.
        }
art31-content-data-subscriber-service = סוג שירות התקשורת שבו נעשה שימוש, ההסדרים הטכניים שננקטו לשם כך ותקופת השירות
art31-content-data-subscriber-identity = זהות המנוי
art31-content-data-subscriber-address = כתובת דואר או כתובת גאוגרפית
art31-content-data-subscriber-access-number = מספרי טלפון ומספרי גישה אחרים
art31-content-data-subscriber-billing = מידע על חיובים ותשלומים
art31-content-data-subscriber-installation = מקום התקנת ציוד התקשורת
art31-content-data-subscriber-email = כתובות דואר אלקטרוני המקושרות לחשבון
art31-content-data-subscriber-registration-ip = כתובת IP ותאריך ושעת ההרשמה
art31-content-data-subscriber-other = אחר
art31-content-data-subscriber-other-detail = נתוני מנוי אחרים מבוקשים
art31-content-measures = הפעולות המבוקשות
    .hint = { $basis ->
            [budapest] סעיף 31(1): הצד המתבקש רשאי לחפש או לגשת בדרך דומה, לתפוס או לאבטח בדרך דומה, ולגלות נתונים המאוחסנים בשטחו, לרבות נתונים ששומרו לפי סעיף 29.
           *[other] הפעולות המבוקשות מהמדינה המתבקשת לגבי הנתונים המאוחסנים בשטחה, לרבות נתונים ששומרו כבר: חיפוש בהם או גישה אליהם בדרך דומה, תפיסתם או אבטחתם בדרך דומה, וגילויים.
        }
art31-content-measures-search = חיפוש או גישה דומה
art31-content-measures-seizure = תפיסה או אבטחה דומה
art31-content-measures-disclosure = גילוי
art31-content-preservation = שימור הנתונים
art31-content-preservation-sought = האם כבר התבקש שימור הנתונים?
    .hint = { $basis ->
            [budapest] האם הנתונים שומרו לפי סעיף 29 לאמנה, דרך רשת 24/7 או ישירות אצל ספק השירות. הסימוכין מאפשרים לרשות המתבקשת ולספק לאתר את הנתונים המשומרים. אם בקשה זו היא המשך לבקשת השימור המתוארת בפרק 10, יש לציין את אותם תאריך וסימוכין.
           *[other] האם הנתונים שומרו, דרך רשת 24/7, דרך רשות אחרת של המדינה המתבקשת או ישירות אצל ספק השירות. הסימוכין מאפשרים לרשות המתבקשת ולספק לאתר את הנתונים המשומרים. אם בקשה זו היא המשך לבקשת השימור המתוארת בפרק 10, יש לציין את אותם תאריך וסימוכין.
        }
art31-content-preservation-sought-yes = כן
art31-content-preservation-sought-no = לא
art31-content-preservation-date = תאריך בקשת השימור
art31-content-preservation-reference = סימוכין של בקשת השימור
    .hint = הסימוכין שנתנו הרשות המתבקשת או ספק השירות; אם לא ניתנו, הסימוכין שלכם.
art31-content-relevance = הקשר בין הנתונים לחקירה
    .hint = יש להסביר כיצד כל מזהה וכל סוג של נתונים מבוקשים קשורים לעבירה ולחשוד, ומדוע יש יסוד לסבור שספק השירות מחזיק בנתונים.
art31-content-grounds = התשתית העובדתית לחיפוש או להמצאת נתוני התוכן
    .hint = העובדות הקונקרטיות העומדות ברף שקובעת המדינה המתבקשת לאמצעי כפייה, למשל "probable cause" (עילה סבירה) בארצות הברית: עובדות המראות שהחשבון שימש בקשר לעבירה ושראיות לה צפויות להימצא בתוכן המבוקש, ומתי אירעו עובדות אלה. מסקנות או חשדות לבדם אינם מספיקים.
art31-content-dual-criminality = פליליות כפולה
    .hint = { $basis ->
            [budapest] יש להסביר כיצד ההתנהגות המתוארת בפרק 13 היא עבירה פלילית גם לפי דין המדינה המתבקשת, תוך ציון ההוראה המקבילה אם היא ידועה. לפי סעיף 25(5) לאמנה התנאי מתקיים אם ההתנהגות שביסוד העבירה היא עבירה פלילית שם, יהיו סיווגה או כינויה אשר יהיו.
           *[other] יש להסביר כיצד ההתנהגות המתוארת בפרק 13 היא עבירה פלילית גם לפי דין המדינה המתבקשת, תוך ציון ההוראה המקבילה אם היא ידועה.
        }
art31-content-use = הגבלות על השימוש בנתונים
art31-content-use-undertakings = התחייבויות הרשות המבקשת
    .hint = { $basis ->
            [budapest] סעיף 28 חל כאשר אין בתוקף בין הצדדים אמנה או הסדר לעזרה הדדית על בסיס חקיקה אחידה או הדדית; אחרת חלים כללי אותה אמנה או אותו הסדר בדבר סודיות ושימוש.
           *[other] תנאי הסודיות והגבלות השימוש הם אלה של האמנה שנבחרה, ובהיעדר אמנה — אלה שקובעת המדינה המתבקשת.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] הרשות המבקשת תקיים את תנאי הסודיות ואת הגבלות השימוש שיקבע הצד המתבקש לפי סעיף 28(2) לאמנה
       *[other] הרשות המבקשת תקיים את תנאי הסודיות ואת הגבלות השימוש שתקבע המדינה המתבקשת
    }
art31-content-use-undertakings-speciality = הנתונים ישמשו רק לחקירה ולהליכים המפורטים בבקשה זו, אלא אם הצד המתבקש יסכים לשימוש אחר (עקרון הייחודיות)
art31-content-use-explanation = הסבר על השימוש המיועד בנתונים
    .hint = למשל אם יהיה צורך לגלות את הנתונים להגנה או להשתמש בהם בהליכים קשורים, כדי שהצד המתבקש יוכל לקבוע את תנאיו בהתאם.
art31-content-service-provider = ספק השירות המחזיק בנתונים
art31-content-service-provider-name = שם ספק השירות
    .hint = השם המשפטי של הספק, כפי שהוא מופיע בתנאי השירות שלו או בהנחיות שלו לרשויות אכיפת החוק.
art31-content-service-provider-address = כתובת או מיקום
art31-content-urgency = דחיפות
art31-content-urgency-urgent = מתבקש ביצוע דחוף
art31-content-urgency-reasons = הטעמים לדחיפות
    .hint = { $basis ->
            [budapest] למשל החשוד במעצר, מועד קבוע בהליך, או יסוד להניח שהנתונים חשופים במיוחד לאובדן או לשינוי (סעיף 31(3)).
           *[other] למשל החשוד במעצר, מועד קבוע בהליך, או יסוד להניח שהנתונים חשופים במיוחד לאובדן או לשינוי.
        }
art31-content-urgency-deadline = הנתונים נדרשים עד
art31-content-confidentiality = סודיות
art31-content-confidentiality-confidential = נא לשמור בסודיות את עצם הבקשה ואת נושאה, למעט במידה הדרושה לביצועה
art31-content-confidentiality-no-notification = לבקש מספק השירות שלא להודיע למנוי או לכל צד שלישי
    .hint = יש לשאול את הרשות המתבקשת אם הנוהג או המערכת של הספק עלולים להתריע בפני המשתמש.
art31-content-confidentiality-reasons = הטעמים לסודיות
    .hint = למשל סיכון שהחשוד ישמיד ראיות, יימלט או יזהיר שותפים.
art31-content-form = צורת הנתונים, אימותם ושרשרת המשמורת
    .hint = כדי להתקבל כראיה, תוכן צריך בדרך כלל להיות מאומת: יש לסמן את מה שבתי המשפט שלכם דורשים, למשל עותק פורנזי עם ערכי גיבוב ותיעוד של כל מי שטיפל בנתונים, או תעודת האמיתות של ספק השירות לרשומות העסקיות שלו.
art31-content-form-electronic = עותק אלקטרוני בתבנית קריאה
art31-content-form-certified = העתק מאושר
art31-content-form-certificate = תעודת אמיתות של רשומות עסקיות מאת ספק השירות
art31-content-form-forensic = עותק פורנזי עם ערכי גיבוב
art31-content-form-custody = תיעוד שרשרת המשמורת
art31-content-form-other = אחר
art31-content-form-other-detail = דרישה אחרת
