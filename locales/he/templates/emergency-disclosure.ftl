# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] סעיף 9 לפרוטוקול הנוסף השני לאמנה בדבר פשיעה מקוונת (CETS מס' 224), דרך רשת 24/7; הפרוטוקול חל רק בין מדינות שהן צדדים לו
        [protocol-art10] סעיף 10 לפרוטוקול הנוסף השני לאמנה בדבר פשיעה מקוונת (CETS מס' 224); הפרוטוקול חל רק בין מדינות שהן צדדים לו
        [provider] בקשה לספק שירות לגילוי מרצון במצב חירום
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = תאריך
emergency-disclosure-reference = מספר סימוכין / מספר תיק

emergency-disclosure-channel = ערוץ ובסיס משפטי
emergency-disclosure-channel-basis = הערוץ שבו מוגשת בקשה זו
    .hint = { $match ->
        [general] באמנה שנבחרה אין סעיף בדבר בקשות חירום: הבקשה מבוססת על הוראותיה בדבר בקשות דחופות ועזרה הדדית, המצוטטות בראש הבקשה.
        [user] יש לציין את האמנה ואת הסעיפים שעליהם מבוססת הבקשה: הם מודפסים בראש הבקשה.
       *[other] סעיף 9 לפרוטוקול הנוסף השני: דרך רשת 24/7, לנתונים שמחזיק ספק שירות במדינה המתבקשת. סעיף 10: עזרה הדדית בחירום דרך הרשות המרכזית או המוסמכת. הפרוטוקול חל רק בין מדינות שהוא בתוקף לגביהן: יש לוודא שהוא בתוקף לגבי שתי המדינות לפני שבוחרים באחד מהם. אמנה אחרת המחייבת את שתי המדינות: הבקשה מבוססת על הוראותיה בדבר בקשות דחופות ועזרה הדדית. הדדיות: לא חלה אמנה. ערוץ החירום של ספק: הבקשה מוגשת ישירות לספק השירות, המחליט בעצמו אם לגלות; אין הסתמכות על אמנה.
    }
emergency-disclosure-channel-basis-protocol-art9 = גילוי מהיר במצב חירום דרך רשת 24/7 (סעיף 9 לפרוטוקול הנוסף השני)
emergency-disclosure-channel-basis-protocol-art10 = עזרה הדדית בחירום (סעיף 10 לפרוטוקול הנוסף השני)
emergency-disclosure-channel-basis-provider = ערוץ הגילוי בחירום של ספק השירות

emergency-disclosure-addressee = המדינה המתבקשת והנמען
emergency-disclosure-addressee-country = המדינה המתבקשת
    .hint = לבקשה הנשלחת ישירות לספק שירות: המדינה שבה הספק מאוגד או פועל.
emergency-disclosure-addressee-name = הנמען: רשות או ספק שירות
    .hint = נקודת הקשר 24/7, הרשות המרכזית או המוסמכת, או ספק השירות שאליו נשלחת בקשה זו.
emergency-disclosure-addressee-address = כתובת
emergency-disclosure-addressee-portal = פורטל או טופס מקוון לבקשות של רשויות אכיפת החוק
emergency-disclosure-addressee-email = דואר אלקטרוני
emergency-disclosure-addressee-provider = ספק השירות המחזיק בנתונים, אם אינו הנמען: שם וכתובת
    .hint = חובה בבקשה לפי סעיף 9 לפרוטוקול (סעיף 9, פסקה 3(ג)): השם והכתובת של ספק השירות במדינה המתבקשת המחזיק בנתונים.

emergency-disclosure-requesting-authority = הרשות המבקשת
emergency-disclosure-requesting-authority-authority = הרשות המוסמכת
emergency-disclosure-requesting-authority-officer = בעל התפקיד המבקש
emergency-disclosure-requesting-authority-position = תפקיד
emergency-disclosure-requesting-authority-address = כתובת
emergency-disclosure-requesting-authority-phone = טלפון
    .hint = בתבנית בינלאומית: מספר שעונים בו בכל שעה כל עוד נמשך מצב החירום.
emergency-disclosure-requesting-authority-mobile = טלפון נייד
emergency-disclosure-requesting-authority-email = דואר אלקטרוני
    .hint = כתובת רשמית של הרשות שלכם: ספקי שירות עשויים שלא להשיב לבקשות מכתובות פרטיות.
emergency-disclosure-requesting-authority-time-zone = אזור זמן
    .hint = אזור הזמן של המשרד, כהפרש מ-UTC. כל שעה בבקשה זו נקראת לפיו, אלא אם צוין אחרת.
emergency-disclosure-requesting-authority-reachable = ניתן להשיג את בעל התפקיד המבקש במספרי הטלפון שלעיל בכל שעה כל עוד נמשך מצב החירום
    .hint = בקשת חירום מחייבת מישהו שעונה בכל שעה. אם הדבר אינו אפשרי, יש לציין לעיל את המספר של נקודת הקשר 24/7 שלכם.

emergency-disclosure-authoriser = הממונה או בעל התפקיד המאשר
emergency-disclosure-authoriser-name = שם
    .hint = בעל התפקיד שאישר בקשת חירום זו ויכול לאשר אותה בפני המדינה המתבקשת או ספק השירות.
emergency-disclosure-authoriser-position = תפקיד
emergency-disclosure-authoriser-phone = טלפון
emergency-disclosure-authoriser-email = דואר אלקטרוני

emergency-disclosure-offences = עבירה (עבירות)
emergency-disclosure-offences-offence = העבירות הנחקרות
    .hint = שורה לכל עבירה, עם הוראת החוק שלה והעונש המרבי.
emergency-disclosure-offences-offence-description = עבירה
emergency-disclosure-offences-offence-provision = הוראת חוק
emergency-disclosure-offences-offence-penalty = העונש המרבי
emergency-disclosure-mla = בסיס משפטי פנימי והעזרה ההדדית המבוקשת
emergency-disclosure-mla-domestic-legal-basis = בסיס משפטי פנימי
    .hint = הוראות הדין הלאומי שלפיהן נחקר התיק ומוגשת בקשה זו. חובה בעזרה הדדית בחירום (סעיף 10 לפרוטוקול); מומלץ בכל ערוץ, שכן בקשות בלעדיו נדחות לעתים קרובות.
emergency-disclosure-mla-prosecution = התביעה או בית המשפט האחראים ומספר התיק
    .hint = לעזרה הדדית בחירום: הרשות השיפוטית האחראית על התיק, אם יש כזו.
emergency-disclosure-mla-assistance = העזרה המבוקשת
    .hint = לעזרה הדדית בחירום: מה מתבקשת המדינה המתבקשת לעשות, למשל להורות לספק השירות לגלות את הנתונים המתוארים בפרק 9 ולהעביר אותם לרשות המבקשת.
emergency-disclosure-mla-procedure = הנהלים שיש לקיים בביצוע
    .hint = לעזרה הדדית בחירום, כאשר הדין שלכם מחייב זאת: למשל תעודת אמיתות של הרשומות, או הצורה שבה יש להשיג את הנתונים כדי שיהיו קבילים כראיה.

emergency-disclosure-emergency = מצב החירום
emergency-disclosure-emergency-risk = סוג הסכנה
emergency-disclosure-emergency-risk-kidnapping = חטיפה או לקיחת בני ערובה
emergency-disclosure-emergency-risk-threat-to-kill = איום להרוג
emergency-disclosure-emergency-risk-suicide = סכנת התאבדות
emergency-disclosure-emergency-risk-child = סכנה לחייו או לביטחונו של ילד
emergency-disclosure-emergency-risk-terrorism = איום טרור
emergency-disclosure-emergency-risk-bomb = איום פצצה
emergency-disclosure-emergency-risk-other = סכנה אחרת לחיים או לביטחון
emergency-disclosure-emergency-risk-other-detail = סוג הסכנה
emergency-disclosure-emergency-facts = עובדות המראות סכנה משמעותית ומיידית לחייו או לביטחונו של אדם טבעי
    .hint = { $basis ->
            [protocol2] יש לציין מי נתון בסכנה (שם או תיאור), מהי הסכנה, מדוע היא עלולה להתממש בכל רגע, ומאין הגיע המידע ומתי התקבל (עם אזור הזמן). סכנה שהיא אפשרית בלבד, או שאינה מיידית, אינה מצב חירום במובן הפרוטוקול.
           *[other] יש לציין מי נתון בסכנה (שם או תיאור), מהי הסכנה, מדוע היא עלולה להתממש בכל רגע, ומאין הגיע המידע ומתי התקבל (עם אזור הזמן). סכנה שהיא אפשרית בלבד, או שאינה מיידית, אינה מצב חירום.
        }
emergency-disclosure-emergency-relation = הקשר בין הנתונים המבוקשים למצב החירום
    .hint = יש לציין כיצד יסייעו הנתונים להסיר את הסכנה, למשל באיתור האדם הנתון בסכנה או בזיהוי המאיים, ומדוע יש יסוד לסבור שספק שירות זה מחזיק בהם.
emergency-disclosure-emergency-urgency = מדוע לא ניתן לקבל את הנתונים בזמן בדרך של שימור ועזרה משפטית הדדית
    .hint = יש לציין כמה מהר עלול להיגרם הנזק ומדוע בקשת שימור שאחריה בקשה לעזרה משפטית הדדית, או צו המצאה, לא יוכלו להשיג את הנתונים בזמן.
emergency-disclosure-emergency-needed-by = הנתונים נדרשים עד
    .hint = המועד האחרון שבו הנתונים עוד יכולים לסייע, עם אזור הזמן. יש להשאיר ריק אם הנתונים נדרשים מיד.

emergency-disclosure-data = הנתונים המבוקשים
emergency-disclosure-data-identifiers = מזהי הנתונים המבוקשים
    .hint = כל חשבון, כתובת או מספר בדיוק כפי שהשירות מציג אותם. לכתובת IP יש לציין את פורט המקור ואת התאריך והשעה המדויקים עם אזור הזמן: כאשר כתובות משותפות, הספק אינו יכול לזהות את המשתמש בלעדיהם.
emergency-disclosure-data-period = תקופת הנתונים המבוקשים
    .hint = צרה ככל שמצב החירום מאפשר, כל קצה עם אזור הזמן שלו: מצב חירום מצדיק לעתים רחוקות יותר מימים ספורים (תקופה של יותר מ-7 ימים מסומנת).
emergency-disclosure-data-categories = סוגי הנתונים המבוקשים
    .hint = יש לבקש רק את הנתונים שמצב החירום מחייב. ספקי שירות במדינות מסוימות, כגון ארצות הברית, רשאים לגלות ישירות לרשויות זרות רק נתונים שאינם נתוני תוכן.
emergency-disclosure-data-categories-subscriber = נתוני מנוי
emergency-disclosure-data-categories-traffic = נתוני תעבורה
emergency-disclosure-data-categories-content = נתוני תוכן
emergency-disclosure-data-categories-location = נתוני מיקום
emergency-disclosure-data-categories-other = נתונים אחרים
emergency-disclosure-data-categories-other-detail = נתונים אחרים מבוקשים

emergency-disclosure-instructions = הוראות דיוניות מיוחדות
emergency-disclosure-instructions-confidentiality = סודיות: אין להודיע למשתמש או לכל צד שלישי על בקשה זו
    .hint = יש ספקי שירות המודיעים למשתמשיהם על בקשות, אלא אם התבקשו שלא לעשות כן. אם המשתמש ייוודע לבקשה, עלול להיגרם נזק לאדם הנתון בסכנה.
emergency-disclosure-instructions-format = התבנית המועדפת של הנתונים
emergency-disclosure-instructions-format-electronic = אלקטרונית וקריאה במכונה (למשל גיליון אלקטרוני או קובץ CSV)
emergency-disclosure-instructions-format-document = מסמך אלקטרוני (PDF)
emergency-disclosure-instructions-format-usual = התבנית שבה ספק השירות משתמש בדרך כלל
emergency-disclosure-instructions-format-other = תבנית אחרת
emergency-disclosure-instructions-format-other-detail = תבנית
emergency-disclosure-instructions-other = הוראות או מידע אחרים שעשויים לסייע בהשגת הנתונים

emergency-disclosure-follow-up = ההליך המשפטי שיבוא בהמשך
emergency-disclosure-follow-up-process = ההליך המשפטי שיבוא בעקבות בקשה זו
    .hint = האם הנתונים שיגולו במצב החירום יתבקשו שוב בהליך משפטי פורמלי, כדי שניתן יהיה להשתמש בהם כראיה.
emergency-disclosure-follow-up-process-mla = בקשה לעזרה משפטית הדדית
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] צו המצאה לספק השירות לפי סעיף 7 לפרוטוקול הנוסף השני
       *[other] צו המצאה לספק השירות
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] בקשה לשימור מהיר של נתוני מחשב מאוחסנים (סעיף 29 לאמנה)
        [protocol2] בקשה לשימור מהיר של נתוני מחשב מאוחסנים (סעיף 29 לאמנה)
       *[other] בקשה לשימור מהיר של נתוני מחשב מאוחסנים
    }
emergency-disclosure-follow-up-process-none = לא צפוי הליך משפטי בהמשך
emergency-disclosure-follow-up-process-other = הליך משפטי אחר
emergency-disclosure-follow-up-process-other-detail = הליך משפטי
emergency-disclosure-follow-up-expected-date = המועד הצפוי של המשלוח
    .hint = יש להשאיר ריק אם לא צפוי הליך משפטי בהמשך.
emergency-disclosure-follow-up-details = פרטי ההליך שבהמשך, או מדוע לא צפוי הליך
