# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = 3-boʻlimda koʻrsatilgan soʻrovni ijro etib boʻlmasligi toʻgʻrisida xabarnoma

## 1 to 4: common to every answer

reply-refusal-date = Sana
reply-refusal-reference = Bizning roʻyxat raqamimiz
    .hint = Organingiz soʻrovni koʻrib chiqayotgan raqam: soʻrov yuboruvchi organ keyingi yozishmalarda unga havola qila olishi uchun.
reply-refusal-request = Javob berilayotgan soʻrov
reply-refusal-request-reference = Soʻrovning chiquvchi raqami
reply-refusal-request-date = Soʻrov sanasi
reply-refusal-request-authority = Soʻrov yuboruvchi organ
reply-refusal-request-fingerprint = Soʻrovning nazorat summasi
    .hint = Soʻrovning har bir sahifasi pastida bosilgan nazorat summasi. Kelib tushgan soʻrovdan toʻldiriladi: u soʻrov yuboruvchi organga ushbu javob uning soʻrovining aynan qaysi tahririga berilganini koʻrsatadi.
reply-refusal-responding-authority = Javob beruvchi organ
reply-refusal-responding-authority-organisation = Organ
reply-refusal-responding-authority-person = Soʻrovni koʻrib chiqayotgan mansabdor shaxs
reply-refusal-responding-authority-position = Lavozimi yoki unvoni
reply-refusal-responding-authority-telephone = Telefon raqami
reply-refusal-responding-authority-email = Elektron pochta manzili

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Sabablar
reply-refusal-reasons-reasons = Soʻrovni ijro etib boʻlmaydi, chunki
reply-refusal-reasons-reasons-incomplete = soʻrov toʻliq emas
reply-refusal-reasons-reasons-wrong-addressee = u tegishli boʻlmagan organ yoki yuridik shaxsga yuborilgan
reply-refusal-reasons-reasons-identification = berilgan maʼlumotlar foydalanuvchini yoki maʼlumotlarni aniqlash uchun yetarli emas
reply-refusal-reasons-reasons-not-held = maʼlumotlar mavjud emas
reply-refusal-reasons-reasons-retention-expired = maʼlumotlarni ushlab turish muddati oʻtib ketgan
reply-refusal-reasons-reasons-legal-obstacle = ijroga huquqiy toʻsiq mavjud
reply-refusal-reasons-reasons-dual-criminality = ikki tomonlama jinoiylik sharti bajarilmagan
reply-refusal-reasons-reasons-other = boshqa sabab
reply-refusal-reasons-reasons-other-detail = Boshqa sabab
reply-refusal-reasons-explanation = Izoh
    .hint = Ixtiyoriy. Belgilangan sabablar asosida yotgan faktlar, soʻrov yuboruvchi organ ular boʻyicha chora koʻra oladigan tarzda bayon qilingan.
reply-refusal-next = Soʻrovni ijro etishga nima imkon bergan boʻlardi
    .hint = Ixtiyoriy. Masalan: yetishmayotgan maʼlumotlar, vakolatli organ yoki yuridik shaxs, yoxud qoʻllanilishi lozim boʻlgan huquqiy tartib-taomil.
