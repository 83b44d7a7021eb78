# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = בקשה לשימור מהיר של נתוני מחשב מאוחסנים
art31-subscriber-title = בקשה לעזרה משפטית הדדית לקבלת נתוני מנוי
art31-traffic-title = בקשה לעזרה משפטית הדדית לקבלת נתוני תעבורה מאוחסנים
art31-content-title = בקשה לעזרה משפטית הדדית לקבלת נתוני תוכן מאוחסנים
emergency-disclosure-title = בקשה לגילוי נתוני מחשב מאוחסנים במצב חירום
provider-preservation-title = בקשה לספק שירות לשימור נתונים
provider-disclosure-title = בקשה לספק שירות לגילוי מרצון של נתוני מנוי, כתובות IP ורישומי התחברות
reply-receipt-title = אישור קבלה של בקשה
reply-preserved-title = אישור שימור
reply-action-title = הודעה על הפעולות שננקטו
reply-clarification-title = בקשה להבהרה
reply-refusal-title = הודעה על כך שלא ניתן לבצע בקשה
