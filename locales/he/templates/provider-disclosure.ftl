# Template provider-disclosure: request sent directly to a service provider for the voluntary
# disclosure of non-content data (subscriber information, IP addresses and log-in records). No
# treaty is cited: the provider decides under its own policy and law whether to disclose; the
# request states the domestic law under which the requesting authority acts.

provider-disclosure-legal-basis = בקשה לגילוי מרצון שהרשות המבקשת מגישה ישירות לספק השירות מכוח הדין הלאומי שלה (פרק 6)
provider-disclosure-date = תאריך
provider-disclosure-reference = מספר סימוכין / מספר תיק
provider-disclosure-status = מצב הבקשה
provider-disclosure-status-new = בקשה חדשה
provider-disclosure-status-follow-up-preservation = המשך לבקשת שימור שנשלחה לספק השירות
provider-disclosure-previous-preservation = בקשת השימור שבקשה זו ממשיכה
provider-disclosure-previous-preservation-date = תאריך בקשת השימור
provider-disclosure-previous-preservation-reference = מספר הסימוכין של בקשת השימור
provider-disclosure-previous-preservation-provider-reference = מספר הסימוכין שנתן ספק השירות לשימור
    .hint = אם ספק השירות אישר את השימור תחת מספר סימוכין משלו, יש לציין אותו: כך יאתר הספק את הנתונים המשומרים מיד.

## 4 Service provider addressed

provider-disclosure-addressee = ספק השירות שאליו מופנית הבקשה
provider-disclosure-addressee-name = הישות המשפטית שאליה מופנית הבקשה
    .hint = החברה האחראית לשירות ולמשתמשים הנוגעים בדבר. בקשות שנשלחו לישות משפטית שגויה נדחות לעתים קרובות: יש לבחור את הספק לעיל, או להקליד את הישות הנקובה בהנחיות שלו לרשויות אכיפת החוק.
provider-disclosure-addressee-service = השירות הנוגע בדבר
    .hint = השירות שאת נתוניו מבקשים, בשם שבו מכירים אותו משתמשיו (למשל רשת חברתית, שירות דואר אלקטרוני או שירות מסרים).
provider-disclosure-addressee-country = המדינה שבה התאגדה הישות המשפטית
provider-disclosure-addressee-address = כתובת להמצאת מסמכים משפטיים
provider-disclosure-addressee-portal = פורטל או טופס מקוון לבקשות של רשויות אכיפת החוק
provider-disclosure-addressee-email = דואר אלקטרוני לבקשות של רשויות אכיפת החוק

## 5 Requesting authority

provider-disclosure-requesting-authority = הרשות המבקשת
provider-disclosure-requesting-authority-organisation = רשות
provider-disclosure-requesting-authority-person = בעל התפקיד האחראי על הבקשה
provider-disclosure-requesting-authority-position = תפקיד או דרגה
provider-disclosure-requesting-authority-address = כתובת
provider-disclosure-requesting-authority-telephone = מספר טלפון
    .hint = בתבנית בינלאומית, המתחילה ב-+ ובקידומת המדינה, כדי שספק השירות יוכל להתקשר בחזרה ולוודא שהבקשה אמיתית.
provider-disclosure-requesting-authority-cell-phone = מספר טלפון נייד
provider-disclosure-requesting-authority-email = כתובת דואר אלקטרוני רשמית
    .hint = כתובת בתחום הרשמי של הרשות שלכם: ספקי שירות עשויים לדחות בקשות שנשלחו מכתובות דואר אלקטרוני פרטיות או חינמיות.
provider-disclosure-requesting-authority-time-zone = אזור זמן
    .hint = אזור הזמן של המשרד, כהפרש מ-UTC. כל שעה בבקשה זו נקראת לפיו, אלא אם צוין אחרת.

## 6 Domestic legal basis

provider-disclosure-domestic-legal-basis = הבסיס המשפטי לבקשה בדין של הרשות המבקשת
provider-disclosure-domestic-legal-basis-domestic-legal-basis = הוראות הדין הלאומי שמכוחן פועלת הרשות המבקשת
    .hint = הסעיפים בדין הלאומי שלכם (למשל בחוק סדר הדין הפלילי) המסמיכים את הרשות שלכם לחקור את התיק ולבקש נתונים אלה. אין לצטט אמנה ואין להסביר לספק השירות את הדין שלו עצמו: הוא מחליט בעצמו, לפי המדיניות והדין שלו, אם לגלות.
provider-disclosure-domestic-legal-basis-decision = החלטה או צו המתירים את הבקשה, אם יש
    .hint = הרשות שנתנה את ההחלטה, הצו או צו בית המשפט שמכוחם מוגשת הבקשה, תאריכם ומספרם, כאשר הדין שלכם דורש זאת. ספקי שירות רבים מבקשים את המסמך שהדין שלהם עצמם היה דורש, או את המקבילה המקומית שלו: ראו את דרישות הספק לעיל.

## 7 Offence and facts

provider-disclosure-offence = העבירה ותמצית העובדות
provider-disclosure-offence-offences = העבירות הנחקרות
    .hint = שורה לכל עבירה: שמה או תיאור קצר שלה, הוראת הדין הפלילי שלכם המגדירה אותה, והעונש המרבי.
provider-disclosure-offence-offences-offence = עבירה
provider-disclosure-offence-offences-provision = הוראת חוק
provider-disclosure-offence-offences-penalty = העונש המרבי
provider-disclosure-offence-facts = תמצית העובדות
    .hint = בכמה משפטים: מה קרה, מתי והיכן, וכל תאריך ושעה עם אזור הזמן שלהם. ספק השירות זקוק רק למידע הדרוש כדי לאתר את הנתונים ולהבין מדוע הם נחוצים: יש לנקוב בשם חשוד או נפגע רק כאשר הדבר נחוץ.

## 8 Data sought

provider-disclosure-data = הנתונים המבוקשים (ללא תוכן התקשורת)
provider-disclosure-data-identifiers = מזהי החשבונות הנוגעים בדבר
    .hint = כל חשבון, שם משתמש, מזהה משתמש, כתובת דואר אלקטרוני, מספר טלפון, URL או כתובת IP, בדיוק כפי שהשירות מציג אותם. מזהים שגויים או חסרים הם מן הסיבות העיקריות לדחייה. לכתובת IP יש לציין את פורט המקור ואת התאריך והשעה המדויקים של השימוש עם אזור הזמן. תקופה הנוגעת למזהה אחד בלבד נרשמת בשורה שלו.
provider-disclosure-data-period = תקופת הנתונים המבוקשים
    .hint = שני קצות התקופה עם אזור הזמן שלהם, בצמצום ככל שהחקירה מאפשרת. בקשות לתקופות ארוכות (יותר מ-90 יום) נדחות לעתים קרובות כרחבות מדי.
provider-disclosure-data-categories = סוגי הנתונים המבוקשים
    .hint = נתונים שאינם נתוני תוכן בלבד: ספקי שירות מגלים בדרך כלל את תוכן התקשורת לרשויות זרות רק בדרך של עזרה משפטית הדדית. יש לסמן רק את מה שהחקירה צריכה.
provider-disclosure-data-categories-subscriber = נתוני מנוי: השם, הכתובת, כתובת הדואר האלקטרוני ומספר הטלפון שנמסרו, ותאריך פתיחת החשבון
provider-disclosure-data-categories-registration-ip = כתובת ה-IP שממנה נפתח החשבון, עם תאריך, שעה, אזור זמן ופורט מקור
provider-disclosure-data-categories-login-ip = כתובות ה-IP של ההתחברויות (רישומי התחברות), עם תאריך, שעה, אזור זמן ופורט מקור
provider-disclosure-data-categories-services = השירותים שנעשה בהם שימוש ותקופת השימוש
provider-disclosure-data-categories-other = נתונים אחרים שאינם נתוני תוכן
provider-disclosure-data-categories-other-detail = נתונים אחרים המבוקשים
provider-disclosure-data-relationship = הרלוונטיות של הנתונים לחקירה
    .hint = יש להראות כיצד חשבונות אלה קשורים לעבירה ומה יוכיחו הנתונים, למשל: מהחשבון נשלחו הודעות האיום ב-20.11.2026 בשעה 14:03 {"\u2066"}UTC+04:00{"\u2069"}; נתוני המנוי ורישומי ההתחברות שלו יזהו את מי שהשתמש בו.

## 9 Urgency

provider-disclosure-urgency = דחיפות
provider-disclosure-urgency-reasons = הסיבות לדחיפות הבקשה, אם היא דחופה
    .hint = למשל מועד משפט או מועד עיון חוזר במעצר. כאשר קיימת סכנה לחייו או לביטחונו של אדם, יש להשתמש במקום זאת בבקשה לגילוי במצב חירום.
provider-disclosure-urgency-deadline = הנתונים נדרשים עד
    .hint = יש להשאיר ריק אם אין מועד אחרון.

## 10 Confidentiality

provider-disclosure-confidentiality = סודיות
provider-disclosure-confidentiality-conditions = הסודיות המבוקשת
    .hint = ספקי שירות אחדים מודיעים למשתמשיהם על בקשות אלא אם התבקשו שלא לעשות כן, ומחליטים על כך בעצמם. יש לסמן את מה שהחקירה צריכה ולפרט את הסיבה להלן.
provider-disclosure-confidentiality-conditions-no-notification = נא לא להודיע למשתמש, לבעל החשבון או לכל צד שלישי על בקשה זו
provider-disclosure-confidentiality-conditions-warn = אם המדיניות שלכם מחייבת להודיע למשתמש, נא להודיע על כך לרשות המבקשת לפני שתעשו כן
provider-disclosure-confidentiality-details = הטעמים לסודיות

## 11 Reply

provider-disclosure-reply = תשובה
provider-disclosure-reply-format = התבנית המועדפת של הנתונים
provider-disclosure-reply-format-electronic = אלקטרונית וקריאה במכונה (למשל גיליון אלקטרוני או קובץ CSV)
provider-disclosure-reply-format-document = מסמך אלקטרוני (PDF)
provider-disclosure-reply-format-usual = התבנית שבה אתם משתמשים בדרך כלל
provider-disclosure-reply-channel = נא להשיב
provider-disclosure-reply-channel-email = בדואר אלקטרוני לכתובת הרשמית של הרשות המבקשת שבפרק 5
provider-disclosure-reply-channel-portal = דרך הפורטל שלכם לרשויות אכיפת החוק
provider-disclosure-reply-channel-other = בדרך אחרת
provider-disclosure-reply-channel-other-detail = דרך התשובה
