# Drafts locked with a passphrase (encrypted in this browser).

lock-empty-passphrase = יש להזין ביטוי סיסמה.
lock-wrong-passphrase = ביטוי סיסמה שגוי, או שהטיוטה הנעולה שונתה. דבר לא שונה.
lock-damaged = טיוטה נעולה זו פגומה ולא ניתן לפתוח אותה.
lock-newer-format = טיוטה זו ננעלה בגרסה חדשה יותר של Tandem.
lock-no-random = דפדפן זה אינו יכול להפיק מספרים אקראיים מאובטחים: לא ניתן לנעול את הטיוטה.
lock-unavailable = לא ניתן היה להפעיל הצפנה בדפדפן זה.
lock-action = נעילה בביטוי סיסמה…
lock-passphrase = ביטוי סיסמה
lock-repeat = חזרה על ביטוי הסיסמה
lock-no-recovery = אם ביטוי הסיסמה יישכח, איש לא יוכל לשחזר טיוטה זו.
lock-mismatch = שני ביטויי הסיסמה אינם זהים.
lock-submit = נעילת הטיוטה
lock-locking = נעילה…
lock-locked = טיוטה זו נעולה: היא שמורה בדפדפן זה בהצפנה.
lock-remove = הסרת הנעילה
lock-remove-confirm = להסיר את הנעילה? לאחר מכן הטיוטה תישמר בדפדפן זה ללא הצפנה.
# Variables:
#   $revision (Number) - how many times the locked draft was saved
lock-listed = טיוטה נעולה (גרסה { $revision })
lock-open = פתיחה
lock-opening = פתיחה…
# A label for a locked draft, stored unencrypted so the list of drafts can tell locked drafts apart.
lock-label = תווית ברשימת הטיוטות (לא מוצפנת, לא חובה)
lock-label-warning = התווית נשמרת ללא הצפנה לצד הטיוטה הנעולה: כל מי שמשתמש בדפדפן זה, או מחזיק בעותק מיוצא, יכול לקרוא אותה. אין לכלול בה שמות, פרטי תיק או כל מידע סודי.
lock-label-save = שמירת התווית
lock-label-saved = התווית נשמרה.
# A locked draft in the list of drafts, when it has a label.
# Variables:
#   $label (String) - the label the user gave the locked draft
#   $revision (Number) - how many times the locked draft was saved
lock-listed-label = { $label } (טיוטה נעולה, גרסה { $revision })
