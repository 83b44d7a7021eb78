# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = חתימה
signature-name = שם
    .hint = אם השדה יישאר ריק, יודפס ב-PDF האחראי על הבקשה כפי שצוין בפרטי הרשות המבקשת.
signature-position = תפקיד או דרגה
    .hint = אם השדה יישאר ריק, יודפס ב-PDF התפקיד שצוין בפרטי הרשות המבקשת, במקרים שבהם טופס זה מבקש אותו.
signature-place = מקום
signature-date = תאריך
signature-checked-name = תרגום התשובות נבדק על ידי: שם
    .hint = לא חובה. האדם שבדק את תרגום התשובות; הערת הסיום של ה-PDF מציינת את שמו. Tandem לעולם אינו ממלא שדה זה.
signature-checked-office = תרגום התשובות נבדק על ידי: יחידה
signature-line = חתימה
# Printed in the empty box left for the official seal or stamp.
signature-seal = חותמת רשמית
