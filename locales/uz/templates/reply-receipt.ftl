# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = 3-boʻlimda koʻrsatilgan soʻrov olinganligini tasdiqlash

## 1 to 4: common to every answer

reply-receipt-date = Sana
reply-receipt-reference = Bizning roʻyxat raqamimiz
    .hint = Organingiz soʻrovni koʻrib chiqayotgan raqam: soʻrov yuboruvchi organ keyingi yozishmalarda unga havola qila olishi uchun.
reply-receipt-request = Javob berilayotgan soʻrov
reply-receipt-request-reference = Soʻrovning chiquvchi raqami
reply-receipt-request-date = Soʻrov sanasi
reply-receipt-request-authority = Soʻrov yuboruvchi organ
reply-receipt-request-fingerprint = Soʻrovning nazorat summasi
    .hint = Soʻrovning har bir sahifasi pastida bosilgan nazorat summasi. Kelib tushgan soʻrovdan toʻldiriladi: u soʻrov yuboruvchi organga ushbu javob uning soʻrovining aynan qaysi tahririga berilganini koʻrsatadi.
reply-receipt-responding-authority = Javob beruvchi organ
reply-receipt-responding-authority-organisation = Organ
reply-receipt-responding-authority-person = Soʻrovni koʻrib chiqayotgan mansabdor shaxs
reply-receipt-responding-authority-position = Lavozimi yoki unvoni
reply-receipt-responding-authority-telephone = Telefon raqami
reply-receipt-responding-authority-email = Elektron pochta manzili

## 5 to 7

reply-receipt-received-date = Soʻrov olingan sana
reply-receipt-forwarded = Ijro uchun yuborilgan organ
    .hint = Soʻrov ijro uchun topshirilgan organ, agar u topshirilgan boʻlsa; soʻrovni oʻz organingiz ijro etsa, boʻsh qoldiring.
reply-receipt-remarks = Izohlar
