# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = 3-boʻlimda koʻrsatilgan soʻrov boʻyicha koʻrilgan choralar toʻgʻrisida xabarnoma

## 1 to 4: common to every answer

reply-action-date = Sana
reply-action-reference = Bizning roʻyxat raqamimiz
    .hint = Organingiz soʻrovni koʻrib chiqayotgan raqam: soʻrov yuboruvchi organ keyingi yozishmalarda unga havola qila olishi uchun.
reply-action-request = Javob berilayotgan soʻrov
reply-action-request-reference = Soʻrovning chiquvchi raqami
reply-action-request-date = Soʻrov sanasi
reply-action-request-authority = Soʻrov yuboruvchi organ
reply-action-request-fingerprint = Soʻrovning nazorat summasi
    .hint = Soʻrovning har bir sahifasi pastida bosilgan nazorat summasi. Kelib tushgan soʻrovdan toʻldiriladi: u soʻrov yuboruvchi organga ushbu javob uning soʻrovining aynan qaysi tahririga berilganini koʻrsatadi.
reply-action-responding-authority = Javob beruvchi organ
reply-action-responding-authority-organisation = Organ
reply-action-responding-authority-person = Soʻrovni koʻrib chiqayotgan mansabdor shaxs
reply-action-responding-authority-position = Lavozimi yoki unvoni
reply-action-responding-authority-telephone = Telefon raqami
reply-action-responding-authority-email = Elektron pochta manzili

## 5 Action taken

reply-action-action = Koʻrilgan choralar
reply-action-action-taken = Soʻrov boʻyicha koʻrilgan choralar
    .hint = Hozirga qadar nima qilingani, masalan: maʼlumotlar xizmat koʻrsatuvchidan olindi va ushbu xabarnoma bilan birga yuboriladi yoki soʻrov qaror chiqarish uchun sudga topshirildi.
reply-action-action-date = Choralar koʻrilgan sana
reply-action-action-next = Kutilayotgan keyingi choralar
