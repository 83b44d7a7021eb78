# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = 3-boʻlimda koʻrsatilgan soʻrov boʻyicha tushuntirish berish toʻgʻrisida soʻrov

## 1 to 4: common to every answer

reply-clarification-date = Sana
reply-clarification-reference = Bizning roʻyxat raqamimiz
    .hint = Organingiz soʻrovni koʻrib chiqayotgan raqam: soʻrov yuboruvchi organ keyingi yozishmalarda unga havola qila olishi uchun.
reply-clarification-request = Javob berilayotgan soʻrov
reply-clarification-request-reference = Soʻrovning chiquvchi raqami
reply-clarification-request-date = Soʻrov sanasi
reply-clarification-request-authority = Soʻrov yuboruvchi organ
reply-clarification-request-fingerprint = Soʻrovning nazorat summasi
    .hint = Soʻrovning har bir sahifasi pastida bosilgan nazorat summasi. Kelib tushgan soʻrovdan toʻldiriladi: u soʻrov yuboruvchi organga ushbu javob uning soʻrovining aynan qaysi tahririga berilganini koʻrsatadi.
reply-clarification-responding-authority = Javob beruvchi organ
reply-clarification-responding-authority-organisation = Organ
reply-clarification-responding-authority-person = Soʻrovni koʻrib chiqayotgan mansabdor shaxs
reply-clarification-responding-authority-position = Lavozimi yoki unvoni
reply-clarification-responding-authority-telephone = Telefon raqami
reply-clarification-responding-authority-email = Elektron pochta manzili

## 5 Clarification requested

reply-clarification-clarification = Soʻralayotgan tushuntirish
reply-clarification-clarification-fields = Soʻrovning tushuntirish talab qilinadigan maydonlari
    .hint = Soʻrovning tushunarsiz yoki toʻliq boʻlmagan har bir raqamlangan maydoni uchun bir qator: uning soʻrovda bosilgan raqami va nima kerakligi.
reply-clarification-clarification-fields-field = Maydon raqami
reply-clarification-clarification-fields-question = Nima tushunarsiz yoki nima yetishmaydi
reply-clarification-clarification-by = Quyidagi sanagacha javob berishingizni soʻraymiz
    .hint = Ixtiyoriy. Saqlash toʻgʻrisidagi soʻrov uchun: maʼlumotlarni saqlashni davom ettirish uchun javob kerak boʻladigan sana.
