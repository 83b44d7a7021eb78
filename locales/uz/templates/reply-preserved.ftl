# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = 3-boʻlimda koʻrsatilgan soʻrovda soʻralgan maʼlumotlarni saqlashni tasdiqlash

## 1 to 4: common to every answer

reply-preserved-date = Sana
reply-preserved-reference = Bizning roʻyxat raqamimiz
    .hint = Organingiz soʻrovni koʻrib chiqayotgan raqam: soʻrov yuboruvchi organ keyingi yozishmalarda unga havola qila olishi uchun.
reply-preserved-request = Javob berilayotgan soʻrov
reply-preserved-request-reference = Soʻrovning chiquvchi raqami
reply-preserved-request-date = Soʻrov sanasi
reply-preserved-request-authority = Soʻrov yuboruvchi organ
reply-preserved-request-fingerprint = Soʻrovning nazorat summasi
    .hint = Soʻrovning har bir sahifasi pastida bosilgan nazorat summasi. Kelib tushgan soʻrovdan toʻldiriladi: u soʻrov yuboruvchi organga ushbu javob uning soʻrovining aynan qaysi tahririga berilganini koʻrsatadi.
reply-preserved-responding-authority = Javob beruvchi organ
reply-preserved-responding-authority-organisation = Organ
reply-preserved-responding-authority-person = Soʻrovni koʻrib chiqayotgan mansabdor shaxs
reply-preserved-responding-authority-position = Lavozimi yoki unvoni
reply-preserved-responding-authority-telephone = Telefon raqami
reply-preserved-responding-authority-email = Elektron pochta manzili

## 5 Preservation

reply-preserved-preservation = Saqlash
reply-preserved-preservation-preserved-on = Maʼlumotlar saqlangan sana
reply-preserved-preservation-ends-on = Maʼlumotlar saqlanadigan oxirgi kun
    .hint = Agar saqlash muddati uzaytirilmasa yoki shu sanagacha maʼlumotlarni oshkor qilish toʻgʻrisida soʻrov kelib tushmasa, maʼlumotlar saqlanadigan oxirgi kun.
reply-preserved-preservation-scope = Saqlangan maʼlumotlar
reply-preserved-preservation-scope-all = Soʻralgan barcha maʼlumotlar
reply-preserved-preservation-scope-part = Soʻralgan maʼlumotlarning bir qismi
reply-preserved-preservation-scope-part-detail = Saqlangan maʼlumotlar hamda sababi koʻrsatilgan saqlanmagan maʼlumotlar
reply-preserved-preservation-holder = Maʼlumotlarni ushlab turuvchi
reply-preserved-remarks = Izohlar
