# Template provider-disclosure: request sent directly to a service provider for the voluntary
# disclosure of non-content data (subscriber information, IP addresses and log-in records). No
# treaty is cited: the provider decides under its own policy and law whether to disclose; the
# request states the domestic law under which the requesting authority acts.

provider-disclosure-legal-basis = Soʻrov yuboruvchi organ oʻz milliy qonunchiligiga muvofiq bevosita xizmat koʻrsatuvchiga yuboradigan ixtiyoriy oshkor qilish toʻgʻrisidagi soʻrov (6-boʻlim)
provider-disclosure-date = Sana
provider-disclosure-reference = Chiquvchi raqam / ish raqami
provider-disclosure-status = Soʻrovning maqomi
provider-disclosure-status-new = Yangi soʻrov
provider-disclosure-status-follow-up-preservation = Xizmat koʻrsatuvchiga yuborilgan saqlash toʻgʻrisidagi soʻrovning davomi
provider-disclosure-previous-preservation = Davomi boʻlgan saqlash toʻgʻrisidagi soʻrov
provider-disclosure-previous-preservation-date = Saqlash toʻgʻrisidagi soʻrovning sanasi
provider-disclosure-previous-preservation-reference = Saqlash toʻgʻrisidagi soʻrovning chiquvchi raqami
provider-disclosure-previous-preservation-provider-reference = Xizmat koʻrsatuvchi saqlashga bergan roʻyxatga olish raqami
    .hint = Agar xizmat koʻrsatuvchi saqlashni oʻz roʻyxatga olish raqami bilan tasdiqlagan boʻlsa, uni koʻrsating: shunda xizmat koʻrsatuvchi saqlangan maʼlumotlarni darhol topadi.

## 4 Service provider addressed

provider-disclosure-addressee = Soʻrov yuboriladigan xizmat koʻrsatuvchi
provider-disclosure-addressee-name = Soʻrov yuboriladigan yuridik shaxs
    .hint = Xizmat va tegishli foydalanuvchilar uchun javobgar boʻlgan kompaniya. Notoʻgʻri yuridik shaxsga yuborilgan soʻrovlar koʻpincha rad etiladi: yuqorida xizmat koʻrsatuvchini tanlang yoki uning huquqni muhofaza qilish organlari uchun qoʻllanmasida koʻrsatilgan yuridik shaxsni kiriting.
provider-disclosure-addressee-service = Tegishli xizmat
    .hint = Maʼlumotlari soʻralayotgan xizmat, foydalanuvchilar uni qanday bilsa, shunday (masalan ijtimoiy tarmoq, elektron pochta yoki xabar almashish xizmati).
provider-disclosure-addressee-country = Yuridik shaxs taʼsis etilgan davlat
provider-disclosure-addressee-address = Huquqiy hujjatlarni qabul qilish manzili
provider-disclosure-addressee-portal = Huquqni muhofaza qilish organlarining soʻrovlari uchun portal yoki veb-shakl
provider-disclosure-addressee-email = Huquqni muhofaza qilish organlarining soʻrovlari uchun elektron pochta

## 5 Requesting authority

provider-disclosure-requesting-authority = Soʻrov yuboruvchi organ
provider-disclosure-requesting-authority-organisation = Organ
provider-disclosure-requesting-authority-person = Soʻrov uchun masʼul mansabdor shaxs
provider-disclosure-requesting-authority-position = Lavozimi yoki unvoni
provider-disclosure-requesting-authority-address = Manzil
provider-disclosure-requesting-authority-telephone = Telefon raqami
    .hint = Xalqaro formatda, + belgisi va mamlakat kodidan boshlab, xizmat koʻrsatuvchi qayta qoʻngʻiroq qilib, soʻrovning haqiqiyligini tekshira olishi uchun.
provider-disclosure-requesting-authority-cell-phone = Mobil telefon raqami
provider-disclosure-requesting-authority-email = Rasmiy elektron pochta manzili
    .hint = Organingizning rasmiy domenidagi manzil: xizmat koʻrsatuvchilar shaxsiy yoki bepul elektron pochta manzillaridan yuborilgan soʻrovlarni rad etishi mumkin.
provider-disclosure-requesting-authority-time-zone = Vaqt mintaqasi
    .hint = Idorangizning UTC ga nisbatan siljish koʻrinishidagi vaqt mintaqasi. Boshqacha koʻrsatilmagan boʻlsa, ushbu soʻrovdagi barcha vaqtlar shu mintaqa boʻyicha tushuniladi.

## 6 Domestic legal basis

provider-disclosure-domestic-legal-basis = Soʻrov yuboruvchi organning qonunchiligi boʻyicha soʻrovning huquqiy asosi
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Soʻrov yuboruvchi organ amal qiladigan milliy qonunchilik normalari
    .hint = Organingizga ishni tergov qilish va ushbu maʼlumotlarni soʻrash vakolatini beradigan milliy qonunchiligingiz moddalari (masalan jinoyat-protsessual kodeksining). Hech qanday xalqaro shartnomaga havola qilmang va xizmat koʻrsatuvchiga uning oʻz huquqini tushuntirmang: maʼlumotlarni oshkor qilish-qilmaslikni u oʻz siyosati va huquqiga muvofiq oʻzi hal qiladi.
provider-disclosure-domestic-legal-basis-decision = Soʻrovga ruxsat beruvchi qaror yoki buyruq (agar mavjud boʻlsa)
    .hint = Qonunchiligingiz talab qilsa, soʻrov asosida yuborilayotgan qaror, buyruq yoki orderni chiqargan organ, uning sanasi va raqami. Koʻplab xizmat koʻrsatuvchilar oʻz huquqi talab qiladigan hujjatni yoki uning mahalliy muqobilini soʻraydi: yuqoridagi xizmat koʻrsatuvchining talablarini koʻring.

## 7 Offence and facts

provider-disclosure-offence = Jinoyat va faktlarning qisqacha bayoni
provider-disclosure-offence-offences = Tergov qilinayotgan jinoyatlar
    .hint = Har bir jinoyat uchun bitta qator: uning nomi yoki qisqacha tavsifi, uni nazarda tutuvchi jinoyat qonunchiligingiz normasi va jazoning eng yuqori chegarasi.
provider-disclosure-offence-offences-offence = Jinoyat
provider-disclosure-offence-offences-provision = Huquqiy norma
provider-disclosure-offence-offences-penalty = Jazoning eng yuqori chegarasi
provider-disclosure-offence-facts = Faktlarning qisqacha bayoni
    .hint = Bir necha jumlada: nima sodir boʻldi, qachon va qayerda, har bir sana va vaqtni oʻz vaqt mintaqasi bilan koʻrsating. Xizmat koʻrsatuvchiga faqat maʼlumotlarni topish va ular nima uchun kerakligini tushunish uchun zarur boʻlgan axborot kerak: gumon qilinuvchi yoki jabrlanuvchining ismini faqat zarur boʻlganda koʻrsating.

## 8 Data sought

provider-disclosure-data = Soʻralayotgan maʼlumotlar (aloqalar mazmunisiz)
provider-disclosure-data-identifiers = Tegishli hisob yozuvlarining identifikatorlari
    .hint = Har bir hisob yozuvi, foydalanuvchi nomi, foydalanuvchi identifikatori, elektron pochta manzili, telefon raqami, URL yoki IP manzil aynan xizmatda koʻrsatilganidek. Notoʻgʻri yoki toʻliq boʻlmagan identifikatorlar rad etishning asosiy sabablaridan biri. IP manzil uchun manba portini va foydalanishning aniq sana va vaqtini vaqt mintaqasi bilan koʻrsating. Faqat bitta identifikatorga tegishli davr oʻsha identifikator qatorida koʻrsatiladi.
provider-disclosure-data-period = Soʻralayotgan maʼlumotlarning davri
    .hint = Boshlanishi va tugashi vaqt mintaqasi bilan, tergov imkon beradigan darajada tor. Uzoq davrlarga (90 kundan ortiq) oid soʻrovlar haddan tashqari keng deb koʻpincha rad etiladi.
provider-disclosure-data-categories = Soʻralayotgan maʼlumotlarning toifalari
    .hint = Faqat mazmun toʻgʻrisidagi maʼlumotlardan boshqa maʼlumotlar: xizmat koʻrsatuvchilar odatda aloqalar mazmunini xorijiy organlarga faqat oʻzaro huquqiy yordam tartibida oshkor qiladi. Faqat tergov uchun zarur boʻlganini belgilang.
provider-disclosure-data-categories-subscriber = Abonent toʻgʻrisidagi maʼlumotlar: koʻrsatilgan ism, manzil, elektron pochta manzili va telefon raqami, shuningdek hisob yozuvi ochilgan sana
provider-disclosure-data-categories-registration-ip = Hisob yozuvi ochilgan IP manzil, sanasi, vaqti, vaqt mintaqasi va manba porti bilan
provider-disclosure-data-categories-login-ip = Tizimga kirishlarning IP manzillari (tizimga kirish yozuvlari), sanasi, vaqti, vaqt mintaqasi va manba porti bilan
provider-disclosure-data-categories-services = Foydalanilgan xizmatlar va foydalanish davri
provider-disclosure-data-categories-other = Mazmun toʻgʻrisidagi maʼlumotlardan boshqa maʼlumotlar
provider-disclosure-data-categories-other-detail = Soʻralayotgan boshqa maʼlumotlar
provider-disclosure-data-relationship = Maʼlumotlarning tergov uchun ahamiyati
    .hint = Ushbu hisob yozuvlari jinoyat bilan qanday bogʻliqligini va maʼlumotlar nimani aniqlashini koʻrsating, masalan: hisob yozuvidan 20.11.2026 soat 14:03 UTC+04:00 da tahdidli xabarlar yuborilgan; abonent toʻgʻrisidagi maʼlumotlar va tizimga kirish yozuvlari undan foydalangan shaxsni aniqlash imkonini beradi.

## 9 Urgency

provider-disclosure-urgency = Shoshilinchlik
provider-disclosure-urgency-reasons = Soʻrovning shoshilinchlik sabablari (agar shoshilinch boʻlsa)
    .hint = Masalan sud majlisi yoki qamoqda saqlashni qayta koʻrib chiqish sanasi. Shaxsning hayoti yoki xavfsizligiga xavf tugʻilgan boʻlsa, buning oʻrniga favqulodda vaziyatda maʼlumotlarni oshkor qilish toʻgʻrisidagi soʻrovdan foydalaning.
provider-disclosure-urgency-deadline = Maʼlumotlar kerak boʻlgan muddat
    .hint = Muddat boʻlmasa, boʻsh qoldiring.

## 10 Confidentiality

provider-disclosure-confidentiality = Maxfiylik
provider-disclosure-confidentiality-conditions = Soʻralayotgan maxfiylik
    .hint = Baʼzi xizmat koʻrsatuvchilar, agar ulardan buni qilmaslik soʻralmasa, foydalanuvchilariga soʻrovlar haqida xabar beradi va buni oʻzlari hal qiladi. Tergov uchun zarur boʻlganini belgilang va sababini quyida koʻrsating.
provider-disclosure-confidentiality-conditions-no-notification = Ushbu soʻrov haqida foydalanuvchiga, hisob yozuvi egasiga yoki har qanday uchinchi shaxsga xabar bermasligingizni soʻraymiz
provider-disclosure-confidentiality-conditions-warn = Agar siyosatingiz foydalanuvchiga xabar berishni talab qilsa, bu haqda soʻrov yuboruvchi organga oldindan xabar berishingizni soʻraymiz
provider-disclosure-confidentiality-details = Maxfiylik sabablari

## 11 Reply

provider-disclosure-reply = Javob
provider-disclosure-reply-format = Maʼlumotlarning afzal formati
provider-disclosure-reply-format-electronic = Elektron va mashinada oʻqiladigan (masalan elektron jadval yoki CSV fayl)
provider-disclosure-reply-format-document = Elektron hujjat (PDF)
provider-disclosure-reply-format-usual = Siz odatda foydalanadigan format
provider-disclosure-reply-channel = Javobni yuborishingizni soʻraymiz
provider-disclosure-reply-channel-email = Elektron pochta orqali, 5-boʻlimda koʻrsatilgan soʻrov yuboruvchi organning rasmiy manziliga
provider-disclosure-reply-channel-portal = Huquqni muhofaza qilish organlari uchun portalingiz orqali
provider-disclosure-reply-channel-other = Boshqa usulda
provider-disclosure-reply-channel-other-detail = Javob berish usuli
