# Template provider-preservation: request sent directly to a service provider to preserve data.
# No treaty is cited: the provider decides under its own policy and law; the request states the
# domestic law under which the requesting authority acts.

provider-preservation-legal-basis = Soʻrov yuboruvchi organ oʻz milliy qonunchiligiga muvofiq bevosita xizmat koʻrsatuvchiga yuboradigan soʻrov (6-boʻlim)

## 1 to 3: date, reference, status

provider-preservation-date = Sana
provider-preservation-reference = Chiquvchi raqam / ish raqami
provider-preservation-status = Soʻrovning maqomi
provider-preservation-status-new = Yangi soʻrov
provider-preservation-status-extension = Saqlash toʻgʻrisidagi avvalgi soʻrovni uzaytirish
provider-preservation-status-previous-reference = Avvalgi soʻrovning roʻyxatga olish raqami (xizmat koʻrsatuvchi bergan raqam, agar bergan boʻlsa)
provider-preservation-previous-request-date = Avvalgi soʻrovning sanasi

## 4 Service provider addressed

provider-preservation-addressee = Soʻrov yuboriladigan xizmat koʻrsatuvchi
provider-preservation-addressee-name = Soʻrov yuboriladigan yuridik shaxs
    .hint = Xizmat va tegishli foydalanuvchilar uchun javobgar boʻlgan kompaniya. Notoʻgʻri yuridik shaxsga yuborilgan soʻrovlar koʻpincha rad etiladi: yuqorida xizmat koʻrsatuvchini tanlang yoki uning huquqni muhofaza qilish organlari uchun qoʻllanmasida koʻrsatilgan yuridik shaxsni kiriting.
provider-preservation-addressee-service = Tegishli xizmat
    .hint = Maʼlumotlari saqlanishi lozim boʻlgan xizmat, foydalanuvchilar uni qanday bilsa, shunday (masalan ijtimoiy tarmoq, elektron pochta yoki xabar almashish xizmati).
provider-preservation-addressee-country = Yuridik shaxs taʼsis etilgan davlat
provider-preservation-addressee-address = Huquqiy hujjatlarni qabul qilish manzili
provider-preservation-addressee-portal = Huquqni muhofaza qilish organlarining soʻrovlari uchun portal yoki veb-shakl
provider-preservation-addressee-email = Huquqni muhofaza qilish organlarining soʻrovlari uchun elektron pochta

## 5 Requesting authority

provider-preservation-requesting-authority = Soʻrov yuboruvchi organ
provider-preservation-requesting-authority-organisation = Organ
provider-preservation-requesting-authority-person = Soʻrov uchun masʼul mansabdor shaxs
provider-preservation-requesting-authority-position = Lavozimi yoki unvoni
provider-preservation-requesting-authority-address = Manzil
provider-preservation-requesting-authority-telephone = Telefon raqami
    .hint = Xalqaro formatda, + belgisi va mamlakat kodidan boshlab, xizmat koʻrsatuvchi qayta qoʻngʻiroq qilib, soʻrovning haqiqiyligini tekshira olishi uchun.
provider-preservation-requesting-authority-cell-phone = Mobil telefon raqami
provider-preservation-requesting-authority-email = Rasmiy elektron pochta manzili
    .hint = Organingizning rasmiy domenidagi manzil: xizmat koʻrsatuvchilar shaxsiy yoki bepul elektron pochta manzillaridan yuborilgan soʻrovlarni rad etishi mumkin.
provider-preservation-requesting-authority-time-zone = Vaqt mintaqasi
    .hint = Idorangizning UTC ga nisbatan siljish koʻrinishidagi vaqt mintaqasi. Boshqacha koʻrsatilmagan boʻlsa, ushbu soʻrovdagi barcha vaqtlar shu mintaqa boʻyicha tushuniladi.

## 6 Domestic legal basis

provider-preservation-domestic-legal-basis = Soʻrov yuboruvchi organning qonunchiligi boʻyicha soʻrovning huquqiy asosi
provider-preservation-domestic-legal-basis-domestic-legal-basis = Soʻrov yuboruvchi organ amal qiladigan milliy qonunchilik normalari
    .hint = Organingizga ishni tergov qilish va ushbu soʻrovni yuborish vakolatini beradigan milliy qonunchiligingiz moddalari (masalan jinoyat-protsessual kodeksining). Hech qanday xalqaro shartnomaga havola qilmang va xizmat koʻrsatuvchiga uning oʻz huquqini tushuntirmang: soʻrovni bajarish-bajarmaslikni u oʻz siyosati va huquqiga muvofiq oʻzi hal qiladi.
provider-preservation-domestic-legal-basis-decision = Soʻrovga ruxsat beruvchi qaror yoki buyruq (agar mavjud boʻlsa)
    .hint = Qonunchiligingiz talab qilsa, soʻrov asosida yuborilayotgan qaror, buyruq yoki orderni chiqargan organ, uning sanasi va raqami.

## 7 Offence and facts

provider-preservation-offence = Jinoyat va faktlarning qisqacha bayoni
provider-preservation-offence-offences = Tergov qilinayotgan jinoyatlar
    .hint = Har bir jinoyat uchun bitta qator: uning nomi yoki qisqacha tavsifi, uni nazarda tutuvchi jinoyat qonunchiligingiz normasi va jazoning eng yuqori chegarasi.
provider-preservation-offence-offences-offence = Jinoyat
provider-preservation-offence-offences-provision = Huquqiy norma
provider-preservation-offence-offences-penalty = Jazoning eng yuqori chegarasi
provider-preservation-offence-facts = Faktlarning qisqacha bayoni
    .hint = Bir necha jumlada: nima sodir boʻldi, qachon va qayerda, har bir sana va vaqtni oʻz vaqt mintaqasi bilan koʻrsating. Xizmat koʻrsatuvchiga faqat maʼlumotlarni topish uchun zarur boʻlgan axborot kerak: gumon qilinuvchi yoki jabrlanuvchining ismini faqat zarur boʻlganda koʻrsating.

## 8 Data to be preserved

provider-preservation-data = Saqlanishi lozim boʻlgan maʼlumotlar
provider-preservation-data-identifiers = Saqlanishi lozim boʻlgan hisob yozuvlari yoki maʼlumotlarning identifikatorlari
    .hint = Har bir hisob yozuvi, foydalanuvchi nomi, foydalanuvchi identifikatori, elektron pochta manzili, telefon raqami, URL yoki IP manzil aynan xizmatda koʻrsatilganidek. Notoʻgʻri yoki toʻliq boʻlmagan identifikatorlar rad etishning asosiy sabablaridan biri. IP manzil uchun manba portini va foydalanishning aniq sana va vaqtini vaqt mintaqasi bilan koʻrsating. Faqat bitta identifikatorga tegishli davr oʻsha identifikator qatorida koʻrsatiladi.
provider-preservation-data-period = Saqlanishi lozim boʻlgan maʼlumotlarning davri
    .hint = Maʼlumotlar qamrab olishi lozim boʻlgan davr, agar u barcha identifikatorlar uchun bir xil boʻlsa, har bir chegarasi oʻz vaqt mintaqasi bilan. Uzoq davrlarga (90 kundan ortiq) oid soʻrovlar haddan tashqari keng deb koʻpincha rad etiladi.
provider-preservation-data-categories = Saqlanishi lozim boʻlgan maʼlumotlarning toifalari
    .hint = Faqat tergov uchun zarur boʻlganini belgilang. Saqlash maʼlumotlarni oʻz holicha ushlab turadi, lekin ularni oshkor qilmaydi: ular 9-boʻlimda koʻrsatilgan huquqiy tartib-taomil orqali soʻraladi.
provider-preservation-data-categories-subscriber = Abonent toʻgʻrisidagi maʼlumotlar
provider-preservation-data-categories-traffic = Trafik toʻgʻrisidagi maʼlumotlar, shu jumladan IP manzillar va tizimga kirish yozuvlari
provider-preservation-data-categories-content = Mazmun toʻgʻrisidagi maʼlumotlar
provider-preservation-data-categories-other = Boshqa maʼlumotlar
provider-preservation-data-categories-other-detail = Saqlanishi lozim boʻlgan boshqa maʼlumotlar
provider-preservation-data-relationship = Maʼlumotlarning tergovga aloqasi
    .hint = Ushbu hisob yozuvlari yoki maʼlumotlar jinoyat bilan qanday bogʻliqligini koʻrsating, masalan: hisob yozuvidan 20.11.2026 soat 14:03 UTC+04:00 da tahdidli xabarlar yuborilgan.

## 9 Legal process to follow

provider-preservation-follow-up = Saqlangan maʼlumotlarni oshkor qilish
provider-preservation-follow-up-process = Soʻrov yuboruvchi organ saqlangan maʼlumotlarni oshkor qilishni quyidagi yoʻl bilan soʻraydi
    .hint = Yuboradiganingizni belgilang. Saqlash maʼlumotlarni faqat ushlab turadi; ularni olish uchun oshkor qilish toʻgʻrisidagi soʻrovni saqlash tugashidan ancha oldin yuboring yoki uzaytirishni oʻz vaqtida soʻrang.
provider-preservation-follow-up-process-mla = Xizmat koʻrsatuvchi taʼsis etilgan davlatga oʻzaro huquqiy yordam toʻgʻrisidagi soʻrov
provider-preservation-follow-up-process-provider = Ixtiyoriy oshkor qilish toʻgʻrisida xizmat koʻrsatuvchiga soʻrov
provider-preservation-follow-up-process-other = Boshqa huquqiy tartib-taomil
provider-preservation-follow-up-process-other-detail = Huquqiy tartib-taomil
provider-preservation-follow-up-expected-date = Oshkor qilish toʻgʻrisidagi soʻrovning kutilayotgan sanasi
    .hint = Xizmat koʻrsatuvchi maʼlumotlarni qancha vaqt saqlashi uning siyosatiga bogʻliq: yuqoridagi profilini koʻring va oshkor qilish toʻgʻrisidagi soʻrovni shu muddat ichida yuboring.

## 10 Confidentiality

provider-preservation-confidentiality = Maxfiylik
provider-preservation-confidentiality-conditions = Soʻralayotgan maxfiylik
    .hint = Baʼzi xizmat koʻrsatuvchilar, agar ulardan buni qilmaslik soʻralmasa, foydalanuvchilariga soʻrovlar haqida xabar beradi va buni oʻzlari hal qiladi. Tergov uchun zarur boʻlganini belgilang va sababini quyida koʻrsating.
provider-preservation-confidentiality-conditions-no-notification = Ushbu soʻrov haqida foydalanuvchiga, hisob yozuvi egasiga yoki har qanday uchinchi shaxsga xabar bermasligingizni soʻraymiz
provider-preservation-confidentiality-conditions-warn = Agar siyosatingiz foydalanuvchiga xabar berishni talab qilsa, bu haqda soʻrov yuboruvchi organga oldindan xabar berishingizni soʻraymiz
provider-preservation-confidentiality-details = Maxfiylik sabablari

## 11 Reply

provider-preservation-reply = Javob
provider-preservation-reply-acknowledgement = Maʼlumotlar saqlanganligini tasdiqlashingizni hamda ushbu soʻrovga berilgan roʻyxatga olish raqamini va saqlash tugaydigan sanani koʻrsatishingizni soʻraymiz
provider-preservation-reply-channel = Javobni yuborishingizni soʻraymiz
provider-preservation-reply-channel-email = Elektron pochta orqali, 5-boʻlimda koʻrsatilgan soʻrov yuboruvchi organning rasmiy manziliga
provider-preservation-reply-channel-portal = Huquqni muhofaza qilish organlari uchun portalingiz orqali
provider-preservation-reply-channel-other = Boshqa usulda
provider-preservation-reply-channel-other-detail = Javob berish usuli
