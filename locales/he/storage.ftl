# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = דפדפן זה אינו מאפשר ל-Tandem לשמור טיוטות. העבודה נשארת בדף זה בלבד: יש להוריד את הטיוטה לפני סגירתו.
storage-read-only = טיוטה זו נכתבה בגרסה חדשה יותר של Tandem ולא ניתן לשנותה כאן.
storage-copy-note = ניתן לערוך כאן עותק; פרטים שגרסה זו אינה מכירה נשמרים אך אינם מוצגים.
storage-keep-copy = שמירת עותק הניתן לעריכה
storage-read-only-tag = לקריאה בלבד: נכתבה בגרסה חדשה יותר של Tandem
storage-changed-elsewhere = טיוטה זו שונתה בלשונית או בחלון אחר.
storage-changed-newer = גרסה חדשה יותר של Tandem שינתה טיוטה זו בלשונית או בחלון אחר.
storage-changed-unreadable = לא ניתן היה לקרוא את הגרסה השמורה של טיוטה זו: היא הועברה הצידה ללא שינוי, וגרסה זו נשמרה.
storage-load-other-note = אם תיטען הגרסה האחרת, השינויים שטרם נשמרו בלשונית זו יאבדו.
storage-load-other = טעינת הגרסה האחרת
storage-keep-mine = שמירת הגרסה שלי כעותק
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = טיוטות שמורות שלא ניתן היה לקרוא: { $count }. הן הועברו הצידה ללא שינוי.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = הורדת { $file }
storage-persistent = דפדפן זה שומר טיוטות אלה עד שיימחקו.
storage-not-persistent = דפדפן זה עלול למחוק טיוטות אלה כשהמקום אוזל: יש לייצא גיבוי.
storage-export-all = ייצוא כל הטיוטות
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = הטיוטות השמורות תופסות { $kb } ק"ב: { $percent } % מתוך { $limit } ק"ב שדפדפן זה שומר עבורן.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = הנתון של הדפדפן עצמו לכל נתוני אתר זה, שייתכן שאינו כולל את הטיוטות: { $used } מ"ב מתוך { $quota } מ"ב שהוא מקצה.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = האחסון לטיוטות מלא ב-{ $percent } %. כשיתמלא, לא ניתן יהיה עוד לשמור שינויים בדפדפן זה. יש לייצא את כל הטיוטות לקובץ, ואז למחוק את הטיוטות שאינן נחוצות עוד; הישנות ביותר מפורטות להלן.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: { $kb } ק"ב באחסון
