# The service provider picker in requests addressed to a service provider: the profiles in
# providers/ (who answers for each service, where requests go, what they must carry), each fact
# read in a public source on a stated date.

provider-picker = ספק השירות
    .hint = יש לבחור ספק כדי למלא להלן מתוך הפרופיל שלו את הישות המשפטית, את כתובתה ואת פרטי הקשר, או לבחור «ספק שירות אחר» ולהקליד אותם. פרטים שאינם בפרופיל יש למלא בעצמכם.
provider-picker-other = ספק שירות אחר (יש להקליד להלן)
provider-picker-service = שירות
provider-picker-region = מקום מגוריהם של המשתמשים הנוגעים בדבר
provider-picker-requesters = מקום מושבה של הרשות המבקשת
provider-picker-filled = מולא מתוך הפרופיל של { $provider }: יש לבדוק כל פרט לפני שליחת הבקשה.
provider-profile-read = פרופיל זה נערך לפי מקורות פומביים שנקראו ב-{ $date }, וייתכן שאינו עדכני. יש לעיין בהנחיות של הספק עצמו לרשויות אכיפת החוק לפני שליחת הבקשה.
provider-profile-requirements = דרישות הספק מבקשה
provider-profile-no-requirements = הפרופיל אינו מציין דרישות לבקשה מסוג זה.
provider-profile-emergency = בקשות חירום
provider-profile-no-emergency = הפרופיל אינו מציין ערוץ לבקשות חירום.
provider-profile-preservation = שימור לפי בקשה
provider-profile-preservation-days = { $extendable ->
        [yes] הנתונים נשמרים { $days ->
            [one] יום אחד
            [two] יומיים
           *[other] { $days } ימים
        }; ניתן לבקש הארכה.
        [no] הנתונים נשמרים { $days ->
            [one] יום אחד
            [two] יומיים
           *[other] { $days } ימים
        }; השימור אינו מוארך.
       *[unknown] הנתונים נשמרים { $days ->
            [one] יום אחד
            [two] יומיים
           *[other] { $days } ימים
        }; המקור אינו מציין אם ניתן להאריך את השימור.
    }
provider-profile-preservation-extension = { $days ->
        [one] כל הארכה היא ליום אחד.
        [two] כל הארכה היא ליומיים.
       *[other] כל הארכה היא ל-{ $days } ימים.
    }
provider-profile-preservation-max-extensions = { $count ->
        [one] הארכה אחת לכל היותר.
        [two] שתי הארכות לכל היותר.
       *[other] { $count } הארכות לכל היותר.
    }
provider-profile-no-preservation = הפרופיל אינו מציין תקופת שימור.
provider-profile-languages = שפות שבהן ניתן לכתוב בקשה: { $codes }
provider-profile-not-found = חופש במקורות ולא נמצא: { $kinds }
provider-profile-sources = מקורות
provider-profile-source = { $title }, נקרא ב-{ $date }: { $url }
provider-profile-source-secondary = { $title }, נקרא ב-{ $date }: { $url } (תיאור של צד שלישי את נוהגי הספק: יש לבדוק אותו לפני שמסתמכים עליו)

## Contacts
provider-contact-portal = פורטל (עם חשבון): { $value }
provider-contact-web-form = טופס מקוון: { $value }
provider-contact-email = דואר אלקטרוני: { $value }

## Regions a profile tells apart (besides countries), offered in the picker's lists
provider-region-eu = האיחוד האירופי
provider-region-eea = האזור הכלכלי האירופי
provider-region-european-region = «האזור האירופי» של הספק
provider-region-non-us = מחוץ לארצות הברית
provider-region-other = מקום אחר

## Kinds of fact a profile holds
provider-fact-entity = ישות משפטית
provider-fact-address = כתובת להמצאת מסמכים משפטיים
provider-fact-portal = פורטל או כתובת לבקשות
provider-fact-emergency = ערוץ לבקשות חירום
provider-fact-languages = שפות מקובלות
provider-fact-preservation = תקופת שימור
provider-fact-preservation-extension = הארכת שימור
provider-fact-requirements = דרישות

## Requirement codes (providers/README.md)
provider-requirement-official-email-domain = נשלחת מכתובת דואר אלקטרוני רשמית של גוף ממשלתי (או דרך חשבון פורטל שנפתח בכתובת כזו)
provider-requirement-portal-account = נשלחת דרך הפורטל של הספק, באמצעות חשבון
provider-requirement-in-writing = נעשית בכתב
provider-requirement-signature = חתומה בידי בעל התפקיד המבקש
provider-requirement-letterhead = על נייר רשמי של הרשות
provider-requirement-non-editable-format = נשלחת בתבנית שאינה ניתנת לעריכה
provider-requirement-issued-under-law = מוצאת מכוח חוק המסמיך את הרשות, בהתאם להליך שבו
provider-requirement-account-identifier = מזהה את החשבון באמצעות המזהים של הספק עצמו (מזהה משתמש, שם משתמש, URL, כתובת דואר אלקטרוני)
provider-requirement-relevance-stated = מציינת כיצד הנתונים המבוקשים קשורים לחקירה
provider-requirement-entity-for-user-location = ממוענת לישות המשפטית האחראית למקום מגוריו של המשתמש
provider-requirement-mlat-for-content = לנתוני תוכן: בדרך של עזרה משפטית הדדית (אמנה או מכתב בקשה משפטי) או הסכם שנכרת מכוח ה-CLOUD Act, חוק של ארצות הברית
provider-requirement-mlat-for-disclosure = לכל גילוי: בדרך של עזרה משפטית הדדית או מכתב בקשה משפטי
provider-requirement-subpoena-or-equivalent-for-non-content = לנתונים שאינם נתוני תוכן: זימון להמצאת מסמכים (subpoena) או המקבילה המקומית שלו
provider-requirement-warrant-or-equivalent-for-content = לנתוני תוכן: צו חיפוש, צו שיפוטי או המקבילה המקומית שלהם
provider-requirement-judicial-order = צו של רשות שיפוטית
provider-requirement-formal-channel-only = רק דרך הערוצים הרשמיים של הספק: לבקשות לא רשמיות אין מענה
provider-requirement-emergency-form = בקשות חירום: על גבי טופס החירום של הספק עצמו
provider-requirement-emergency-facts-stated = בקשות חירום: ציון הסכנה למוות או לפגיעה גופנית חמורה וכיצד הנתונים ימנעו אותה
