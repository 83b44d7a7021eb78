# Legal bases a request can rest on (templates/bases.toml), chosen in the form. `$basis` is the id of a
# basis there (`none` while none is chosen); the article numbers (`$articles`, `$count` of them) come from
# bases.toml and read the same in every language (Fluent isolates them in this right-to-left locale).

## The instruments, as named in the form's choice and in the request's legal-basis line

basis-budapest = האמנה בדבר פשיעה מקוונת (ETS מס' 185)
basis-protocol2 = הפרוטוקול הנוסף השני לאמנה בדבר פשיעה מקוונת בדבר שיתוף פעולה מוגבר וגילוי ראיות אלקטרוניות (CETS מס' 224)
basis-untoc = אמנת האומות המאוחדות נגד פשע מאורגן חוצה לאומים
basis-un-cybercrime = אמנת האומות המאוחדות נגד פשיעה מקוונת
basis-ets30 = האמנה האירופית בדבר עזרה הדדית בעניינים פליליים (ETS מס' 30)
basis-ets30-p2 = הפרוטוקול הנוסף השני לאמנה האירופית בדבר עזרה הדדית בעניינים פליליים (ETS מס' 182)
basis-cis-minsk-1993 = האמנה בדבר עזרה משפטית ויחסים משפטיים בעניינים אזרחיים, משפחתיים ופליליים (מינסק, 22 בינואר 1993)
basis-cis-chisinau-2002 = האמנה בדבר עזרה משפטית ויחסים משפטיים בעניינים אזרחיים, משפחתיים ופליליים (קישינב, 7 באוקטובר 2002)
basis-cis-it-crime-2018 = ההסכם בדבר שיתוף פעולה בין המדינות החברות בחבר המדינות העצמאיות במאבק בעבירות בתחום טכנולוגיות המידע (דושנבה, 28 בספטמבר 2018)
basis-arab-ito-2010 = האמנה הערבית למאבק בעבירות בתחום טכנולוגיות המידע (קהיר, 21 בדצמבר 2010)
basis-bilateral = אמנה דו־צדדית בין המדינה המבקשת למדינה המתבקשת
basis-reciprocity = הדדיות (לא חלה בין שתי המדינות אמנה בדבר עזרה משפטית הדדית)

## The legal-basis line printed under the title of the request

# The articles of the instrument that the request rests on, e.g. «סעיפים 18(1), 18(3)(i)».
basis-articles = { $count ->
        [one] סעיף { $articles }
       *[other] סעיפים { $articles }
    }
# `$treaty`: the bilateral treaty and its articles, as the user typed them (and translated them).
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; הפרוטוקול חל רק בין מדינות שהן צדדים לו
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; הפרוטוקול חל רק בין מדינות שהן צדדים לו ולאמנה
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] בקשה על בסיס הדדיות; לא חלה בין המדינה המבקשת למדינה המתבקשת אמנה בדבר עזרה משפטית הדדית
       *[none] הבסיס המשפטי טרם נבחר
    }

## The choice in the form (never printed: the request shows the legal-basis line above)

basis-heading = בסיס משפטי בין־לאומי
# `$match`: what the instrument chosen has for this request (templates/bases.toml): `specific`,
# `general`, `user` (a bilateral treaty), `none` (reciprocity), `unchosen`; `$request`: the
# request type (`preservation`, `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = האמנה או הבסיס הבין־לאומי האחר שעליו מבוססת הבקשה
    .hint = { $match ->
        [specific] באמנה שנבחרה יש סעיפים המיועדים לבקשה מסוג זה; הם מצוטטים בראש הבקשה. יש לבחור בה רק אם היא מחייבת הן את המדינה המבקשת והן את המדינה המתבקשת.
        [general] { $request ->
            [preservation] באמנה שנבחרה אין סעיף בדבר שימור מהיר: הבקשה מבוססת על הוראותיה הכלליות בדבר עזרה הדדית, המצוטטות בראש הבקשה. אם הנתונים יישמרו ולכמה זמן — תלוי בדין המדינה המתבקשת.
           *[other] באמנה שנבחרה אין סעיף המיועד לבקשה מסוג זה: הבקשה מבוססת על הוראותיה הכלליות בדבר עזרה הדדית, המצוטטות בראש הבקשה.
        }
        [user] יש לציין את האמנה ואת הסעיפים שעליהם מבוססת הבקשה: הם מודפסים בראש הבקשה.
        [none] אין אמנה החלה בין שתי המדינות: הבקשה מבוססת על הדדיות ואינה מצטטת סעיף כלשהו. יש לציין את הבסיס המשפטי הפנימי בפרק המיועד לכך.
       *[unchosen] יש לבחור את האמנה המחייבת הן את המדינה המבקשת והן את המדינה המתבקשת. סעיפיה מצוטטים בראש הבקשה ובכל מקום שבו הבקשה מפנה אליהם.
    }
basis-bilateral-treaty = שם האמנה ותאריכה, והסעיפים שעליהם מבוססת הבקשה
# A check the requester makes, shown only for an instrument that was not in force, or whose status
# is not known, in the sources read (`$status`: `not-in-force`, `unknown`; `$as-of`: the date of
# that source, as YYYY-MM-DD). Never printed: the recipient is never told its own law.
basis-in-force = { $basis ->
        [protocol2] בדקתי ששתי המדינות הן צדדים לפרוטוקול הנוסף השני לאמנה בדבר פשיעה מקוונת ושהוא בתוקף ביניהן
        [ets30-p2] בדקתי ששתי המדינות הן צדדים לפרוטוקול הנוסף השני לאמנה האירופית בדבר עזרה הדדית בעניינים פליליים ושהוא בתוקף ביניהן
       *[other] בדקתי ששתי המדינות הן צדדים לאמנה שנבחרה ושהיא בתוקף ביניהן
    }
    .hint = { $status ->
        [not-in-force] לפי המקורות שנקראו לצורך יישום זה, האמנה טרם נכנסה לתוקף נכון לתאריך { $as-of }. יש לבדוק זאת מול הרשות המרכזית שלכם או מול המפקיד לפני שמסתמכים עליה. בדיקה פנימית בלבד, שלעולם אינה מודפסת בבקשה.
       *[unknown] מהמקורות שנקראו לצורך יישום זה לא עולה אם האמנה בתוקף. יש לבדוק זאת מול הרשות המרכזית שלכם או מול המפקיד לפני שמסתמכים עליה. בדיקה פנימית בלבד, שלעולם אינה מודפסת בבקשה.
    }
