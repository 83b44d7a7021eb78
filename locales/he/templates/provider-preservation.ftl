# Template provider-preservation: request sent directly to a service provider to preserve data.
# No treaty is cited: the provider decides under its own policy and law; the request states the
# domestic law under which the requesting authority acts.

provider-preservation-legal-basis = בקשה שהרשות המבקשת מגישה ישירות לספק השירות מכוח הדין הלאומי שלה (פרק 6)

## 1 to 3: date, reference, status

provider-preservation-date = תאריך
provider-preservation-reference = מספר סימוכין / מספר תיק
provider-preservation-status = מצב הבקשה
provider-preservation-status-new = בקשה חדשה
provider-preservation-status-extension = הארכה של בקשת שימור קודמת
provider-preservation-status-previous-reference = מספר הסימוכין של הבקשה הקודמת (של ספק השירות, אם נתן מספר כזה)
provider-preservation-previous-request-date = תאריך הבקשה הקודמת

## 4 Service provider addressed

provider-preservation-addressee = ספק השירות שאליו מופנית הבקשה
provider-preservation-addressee-name = הישות המשפטית שאליה מופנית הבקשה
    .hint = החברה האחראית לשירות ולמשתמשים הנוגעים בדבר. בקשות שנשלחו לישות משפטית שגויה נדחות לעתים קרובות: יש לבחור את הספק לעיל, או להקליד את הישות הנקובה בהנחיות שלו לרשויות אכיפת החוק.
provider-preservation-addressee-service = השירות הנוגע בדבר
    .hint = השירות שאת נתוניו יש לשמר, בשם שבו מכירים אותו משתמשיו (למשל רשת חברתית, שירות דואר אלקטרוני או שירות מסרים).
provider-preservation-addressee-country = המדינה שבה התאגדה הישות המשפטית
provider-preservation-addressee-address = כתובת להמצאת מסמכים משפטיים
provider-preservation-addressee-portal = פורטל או טופס מקוון לבקשות של רשויות אכיפת החוק
provider-preservation-addressee-email = דואר אלקטרוני לבקשות של רשויות אכיפת החוק

## 5 Requesting authority

provider-preservation-requesting-authority = הרשות המבקשת
provider-preservation-requesting-authority-organisation = רשות
provider-preservation-requesting-authority-person = בעל התפקיד האחראי על הבקשה
provider-preservation-requesting-authority-position = תפקיד או דרגה
provider-preservation-requesting-authority-address = כתובת
provider-preservation-requesting-authority-telephone = מספר טלפון
    .hint = בתבנית בינלאומית, המתחילה ב-+ ובקידומת המדינה, כדי שספק השירות יוכל להתקשר בחזרה ולוודא שהבקשה אמיתית.
provider-preservation-requesting-authority-cell-phone = מספר טלפון נייד
provider-preservation-requesting-authority-email = כתובת דואר אלקטרוני רשמית
    .hint = כתובת בתחום הרשמי של הרשות שלכם: ספקי שירות עשויים לדחות בקשות שנשלחו מכתובות דואר אלקטרוני פרטיות או חינמיות.
provider-preservation-requesting-authority-time-zone = אזור זמן
    .hint = אזור הזמן של המשרד, כהפרש מ-UTC. כל שעה בבקשה זו נקראת לפיו, אלא אם צוין אחרת.

## 6 Domestic legal basis

provider-preservation-domestic-legal-basis = הבסיס המשפטי לבקשה בדין של הרשות המבקשת
provider-preservation-domestic-legal-basis-domestic-legal-basis = הוראות הדין הלאומי שמכוחן פועלת הרשות המבקשת
    .hint = הסעיפים בדין הלאומי שלכם (למשל בחוק סדר הדין הפלילי) המסמיכים את הרשות שלכם לחקור את התיק ולהגיש בקשה זו. אין לצטט אמנה ואין להסביר לספק השירות את הדין שלו עצמו: הוא מחליט בעצמו, לפי המדיניות והדין שלו, אם להיענות לבקשה.
provider-preservation-domestic-legal-basis-decision = החלטה או צו המתירים את הבקשה, אם יש
    .hint = הרשות שנתנה את ההחלטה, הצו או צו בית המשפט שמכוחם מוגשת הבקשה, תאריכם ומספרם, כאשר הדין שלכם דורש זאת.

## 7 Offence and facts

provider-preservation-offence = העבירה ותמצית העובדות
provider-preservation-offence-offences = העבירות הנחקרות
    .hint = שורה לכל עבירה: שמה או תיאור קצר שלה, הוראת הדין הפלילי שלכם המגדירה אותה, והעונש המרבי.
provider-preservation-offence-offences-offence = עבירה
provider-preservation-offence-offences-provision = הוראת חוק
provider-preservation-offence-offences-penalty = העונש המרבי
provider-preservation-offence-facts = תמצית העובדות
    .hint = בכמה משפטים: מה קרה, מתי והיכן, וכל תאריך ושעה עם אזור הזמן שלהם. ספק השירות זקוק רק למידע הדרוש כדי לאתר את הנתונים: יש לנקוב בשם חשוד או נפגע רק כאשר הדבר נחוץ.

## 8 Data to be preserved

provider-preservation-data = הנתונים שיש לשמר
provider-preservation-data-identifiers = מזהי החשבונות או הנתונים שיש לשמר
    .hint = כל חשבון, שם משתמש, מזהה משתמש, כתובת דואר אלקטרוני, מספר טלפון, URL או כתובת IP, בדיוק כפי שהשירות מציג אותם. מזהים שגויים או חסרים הם מן הסיבות העיקריות לדחייה. לכתובת IP יש לציין את פורט המקור ואת התאריך והשעה המדויקים של השימוש עם אזור הזמן. תקופה הנוגעת למזהה אחד בלבד נרשמת בשורה שלו.
provider-preservation-data-period = תקופת הנתונים שיש לשמר
    .hint = התקופה שהנתונים צריכים לכסות, כאשר היא זהה לכל המזהים, וכל אחד מקצותיה עם אזור הזמן שלו. בקשות לתקופות ארוכות (יותר מ-90 יום) נדחות לעתים קרובות כרחבות מדי.
provider-preservation-data-categories = סוגי הנתונים שיש לשמר
    .hint = יש לסמן רק את מה שהחקירה צריכה. השימור שומר את הנתונים כפי שהם ואינו מגלה אותם: הם יתבקשו בהליך המשפטי המצוין בפרק 9.
provider-preservation-data-categories-subscriber = נתוני מנוי
provider-preservation-data-categories-traffic = נתוני תעבורה, לרבות כתובות IP ורישומי התחברות
provider-preservation-data-categories-content = נתוני תוכן
provider-preservation-data-categories-other = נתונים אחרים
provider-preservation-data-categories-other-detail = נתונים אחרים שיש לשמר
provider-preservation-data-relationship = הקשר בין הנתונים לחקירה
    .hint = יש להראות כיצד חשבונות או נתונים אלה קשורים לעבירה, למשל: מהחשבון נשלחו הודעות האיום ב-20.11.2026 בשעה 14:03 {"\u2066"}UTC+04:00{"\u2069"}.

## 9 Legal process to follow

provider-preservation-follow-up = גילוי הנתונים המשומרים
provider-preservation-follow-up-process = הרשות המבקשת תבקש את גילוי הנתונים המשומרים באמצעות
    .hint = יש לסמן את מה שתשלחו. השימור רק שומר את הנתונים; כדי לקבלם, יש לשלוח את הבקשה לגילוי זמן רב לפני תום השימור, או לבקש הארכה בעוד מועד.
provider-preservation-follow-up-process-mla = בקשה לעזרה משפטית הדדית למדינה שבה התאגד ספק השירות
provider-preservation-follow-up-process-provider = בקשה לספק השירות לגילוי מרצון
provider-preservation-follow-up-process-other = הליך משפטי אחר
provider-preservation-follow-up-process-other-detail = הליך משפטי
provider-preservation-follow-up-expected-date = המועד הצפוי של הבקשה לגילוי
    .hint = משך הזמן שבו ספק שירות שומר נתונים תלוי במדיניותו: ראו את הפרופיל שלו לעיל, ויש לשלוח את הבקשה לגילוי בתוך תקופה זו.

## 10 Confidentiality

provider-preservation-confidentiality = סודיות
provider-preservation-confidentiality-conditions = הסודיות המבוקשת
    .hint = ספקי שירות אחדים מודיעים למשתמשיהם על בקשות אלא אם התבקשו שלא לעשות כן, ומחליטים על כך בעצמם. יש לסמן את מה שהחקירה צריכה ולפרט את הסיבה להלן.
provider-preservation-confidentiality-conditions-no-notification = נא לא להודיע למשתמש, לבעל החשבון או לכל צד שלישי על בקשה זו
provider-preservation-confidentiality-conditions-warn = אם המדיניות שלכם מחייבת להודיע למשתמש, נא להודיע על כך לרשות המבקשת לפני שתעשו כן
provider-preservation-confidentiality-details = הטעמים לסודיות

## 11 Reply

provider-preservation-reply = תשובה
provider-preservation-reply-acknowledgement = נא לאשר שהנתונים שומרו, ולציין את מספר הסימוכין שניתן לבקשה זו ואת התאריך שבו יסתיים השימור
provider-preservation-reply-channel = נא להשיב
provider-preservation-reply-channel-email = בדואר אלקטרוני לכתובת הרשמית של הרשות המבקשת שבפרק 5
provider-preservation-reply-channel-portal = דרך הפורטל שלכם לרשויות אכיפת החוק
provider-preservation-reply-channel-other = בדרך אחרת
provider-preservation-reply-channel-other-detail = דרך התשובה
