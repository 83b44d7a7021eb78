# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Kiberjinoyatchilik toʻgʻrisidagi konvensiyaning 29 va 30-moddalari (ETS № 185)
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = Sana
art29-preservation-reference = Chiquvchi raqam / ish raqami
art29-preservation-status = Soʻrov maqomi
art29-preservation-status-new = Yangi soʻrov
art29-preservation-status-extension = Oldingi soʻrovni uzaytirish
art29-preservation-status-previous-reference = Oldingi soʻrovning roʻyxatga olish yoki chiquvchi raqami
art29-preservation-previous-request-date = Oldingi soʻrov sanasi
art29-preservation-executed-date = Soʻrov yuborilgan Tomon saqlashni ijro etgan sana
    .hint = Oʻzingizning qaydingiz, soʻrovda hech qachon chop etilmaydi: soʻrov yuborilgan Tomon yoki xizmat koʻrsatuvchi tasdiqlagan sana, maʼlum boʻlganda. Dasturda va eslatmada koʻrsatiladigan saqlash muddati shu sanadan boshlab hisoblanadi.

## 4 Requested authority

art29-preservation-requested-authority = Soʻrov yuborilgan organ
art29-preservation-requested-authority-type = Soʻrov kimga yuboriladi
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] 24/7 aloqa punkti (35-modda)
       *[other] 24/7 aloqa punkti
    }
art29-preservation-requested-authority-type-competent-authority = Boshqa vakolatli organ
art29-preservation-requested-authority-authority = Organning nomi
    .hint = { $basis ->
            [budapest] Soʻrov yuborilgan davlatning Yevropa Kengashi maʼlumotnomasida yoki oʻsha davlatning bayonotlarida koʻrsatilgan 24/7 aloqa punkti yoki vakolatli organi.
           *[other] Soʻrov yuborilgan davlatning tanlangan xalqaro shartnoma boʻyicha qilgan bayonotlarida koʻrsatilgan 24/7 aloqa punkti yoki vakolatli organi.
        }
art29-preservation-requested-authority-country = Soʻrov yuborilgan davlat
    .hint = Maʼlumotlarni saqlash soʻralayotgan Tomon: odatda kompyuter tizimi yoki xizmat koʻrsatuvchi joylashgan davlat.

## 5 Requesting authority

art29-preservation-requesting-authority = Soʻrov yuboruvchi organ
art29-preservation-requesting-authority-organisation = Tashkilot
art29-preservation-requesting-authority-person = Soʻrov uchun masʼul shaxs
art29-preservation-requesting-authority-address = Manzil
art29-preservation-requesting-authority-telephone = Telefon raqami
    .hint = Xalqaro formatda, + belgisi va mamlakat kodidan boshlab. Shoshilinch savollar uchun ish vaqtidan tashqari ham javob beriladigan raqamni koʻrsating.
art29-preservation-requesting-authority-cell-phone = Mobil telefon raqami
art29-preservation-requesting-authority-email = Elektron pochta
art29-preservation-requesting-authority-fax = Faks raqami
art29-preservation-requesting-authority-office-hours = Ish vaqti
    .hint = Quyida koʻrsatilgan vaqt mintaqasi boʻyicha ish kunlaringiz va soatlaringiz, masalan: dushanba – juma, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Vaqt mintaqasi
    .hint = Idorangizning UTC ga nisbatan siljish koʻrinishidagi vaqt mintaqasi. Boshqacha koʻrsatilmagan boʻlsa, ushbu soʻrovdagi barcha vaqtlar shu mintaqa boʻyicha tushuniladi.
art29-preservation-requesting-authority-response = Javob berishning afzal usuli
art29-preservation-requesting-authority-response-expedited = Javobni elektron pochta yoki boshqa tezkor vosita orqali berish afzal
art29-preservation-requesting-authority-response-means = Javobni quyidagi vosita orqali berish afzal:
art29-preservation-requesting-authority-response-means-detail = Javob berish vositasi

## 6 Backup contact

art29-preservation-backup-contact = Soʻrov yuboruvchi organdan qoʻshimcha tasdiq zarur boʻlsa, quyidagi shaxsga murojaat qiling
art29-preservation-backup-contact-name = Ism-sharifi
art29-preservation-backup-contact-job-title = Lavozimi
art29-preservation-backup-contact-function = Bajaradigan vazifasi
art29-preservation-backup-contact-telephone = Telefon raqami
art29-preservation-backup-contact-cell-phone = Mobil telefon raqami
art29-preservation-backup-contact-email = Elektron pochta

## 7 Investigative or operational authority

art29-preservation-investigative-authority = Ish boʻyicha masʼul tergov yoki tezkor organ
art29-preservation-investigative-authority-different = Tergov yoki tezkor organ soʻrov yuboruvchi organdan boshqa
art29-preservation-investigative-authority-organisation = Tashkilot
art29-preservation-investigative-authority-person = Ish uchun masʼul shaxs
art29-preservation-investigative-authority-address = Manzil
art29-preservation-investigative-authority-telephone = Telefon raqami
art29-preservation-investigative-authority-cell-phone = Mobil telefon raqami
art29-preservation-investigative-authority-email = Elektron pochta
art29-preservation-investigative-authority-fax = Faks raqami

## 8 Prosecution office or court

art29-preservation-prosecution = Masʼul prokuratura yoki sud (agar mavjud boʻlsa)
art29-preservation-prosecution-office = Masʼul prokuratura
art29-preservation-prosecution-office-case = Prokuraturadagi ish raqami
art29-preservation-prosecution-court = Masʼul sud
art29-preservation-prosecution-court-case = Suddagi ish raqami

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = Soʻrovning milliy huquqiy asosi (agar mavjud boʻlsa)
    .hint = Ish tergov qilinayotgan va ushbu saqlash soʻralayotgan milliy qonunchiligingiz normalari, masalan jinoyat-protsessual kodeksining moddalari.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] Jinoyat va faktlarning qisqacha bayoni (29-moddaning 2-bandi b kichik bandi)
       *[other] Jinoyat va faktlarning qisqacha bayoni
    }
art29-preservation-offence-offences = Jinoiy tergov yoki ish yuritish predmeti boʻlgan jinoyatlar
    .hint = Har bir jinoyat uchun bitta qator: uning nomi yoki qisqacha tavsifi, uni nazarda tutuvchi jinoyat qonunchiligingiz normasi va jazoning eng yuqori chegarasi.
art29-preservation-offence-offences-offence = Jinoyat
art29-preservation-offence-offences-provision = Huquqiy norma
art29-preservation-offence-offences-penalty = Jazoning eng yuqori chegarasi
art29-preservation-offence-facts = Faktlarning qisqacha bayoni
    .hint = Bir necha jumlada: nima sodir boʻldi, qachon va qayerda; soʻrov yuborilgan organ soʻrovni tushunishi uchun yetarli, lekin undan ortiq emas. Har bir sana va vaqtni vaqt mintaqasi bilan birga koʻrsating. 24/7 aloqa punktlari bu soʻrovni koʻpincha xizmat koʻrsatuvchiga yuboradi: gumon qilinuvchi yoki jabrlanuvchining ismini faqat soʻrov yuborilgan organga maʼlumotlarni topish uchun zarur boʻlganda koʻrsating.
art29-preservation-offence-convention-offence = Jinoyat Kiberjinoyatchilik toʻgʻrisidagi konvensiyaning 2–11-moddalariga muvofiq belgilangan jinoyatga mos keladi
    .hint = Ikki tomonlama jinoiylik saqlash sharti hisoblanmaydi (29-moddaning 3-bandi), soʻrov yuborilgan Tomon 2–11-moddalarda nazarda tutilganlardan boshqa jinoyatlar uchun uni talab qilish huquqini oʻzida saqlab qolgan holatlar bundan mustasno (29-moddaning 4-bandi). Jinoyat ulardan biri boʻlsa, belgilang va moddalarni koʻrsating. Faqat belgilanganda chop etiladi.
art29-preservation-offence-convention-articles = Konvensiyaning tegishli moddalari
art29-preservation-offence-convention-articles-art2 = 2-modda: Qonunga xilof kirish
art29-preservation-offence-convention-articles-art3 = 3-modda: Qonunga xilof ushlab olish
art29-preservation-offence-convention-articles-art4 = 4-modda: Maʼlumotlarga aralashish
art29-preservation-offence-convention-articles-art5 = 5-modda: Tizimga aralashish
art29-preservation-offence-convention-articles-art6 = 6-modda: Qurilmalardan qonunga xilof foydalanish
art29-preservation-offence-convention-articles-art7 = 7-modda: Kompyuter texnologiyalaridan foydalanib qalbakilashtirish
art29-preservation-offence-convention-articles-art8 = 8-modda: Kompyuter texnologiyalaridan foydalanib firibgarlik
art29-preservation-offence-convention-articles-art9 = 9-modda: Bolalar pornografiyasi bilan bogʻliq jinoyatlar
art29-preservation-offence-convention-articles-art10 = 10-modda: Mualliflik huquqi va turdosh huquqlarning buzilishi bilan bogʻliq jinoyatlar
art29-preservation-offence-convention-articles-art11 = 11-modda: Jinoyatga suiqasd qilish, yordamchilik yoki dalolatchilik

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] Saqlanishi lozim boʻlgan, kompyuterda saqlanayotgan maʼlumotlar (29-moddaning 2-bandi c kichik bandi)
       *[other] Saqlanishi lozim boʻlgan, kompyuterda saqlanayotgan maʼlumotlar
    }
art29-preservation-data-identifiers = Saqlanishi lozim boʻlgan maʼlumotlarning identifikatorlari
    .hint = Maʼlumotlari saqlanishi lozim boʻlgan har bir hisob yozuvi, foydalanuvchi nomi, elektron pochta manzili, telefon raqami, URL, domen, qurilma yoki IP manzil. IP manzil uchun manba portini va foydalanishning aniq sana va vaqtini vaqt mintaqasi bilan birga koʻrsating: umumiy manzildan foydalanilganda xizmat koʻrsatuvchi ularsiz foydalanuvchini topa olmaydi. Faqat bitta identifikatorga tegishli davr oʻsha identifikator qatorida koʻrsatiladi.
art29-preservation-data-period = Saqlanishi lozim boʻlgan maʼlumotlarning davri
    .hint = Maʼlumotlar qamrab olishi lozim boʻlgan davr, agar u barcha identifikatorlar uchun bir xil boʻlsa. Ikkala chegarasini vaqt mintaqasi bilan koʻrsating. Faqat tergov uchun zarur boʻlgan davrni soʻrang: uzoq davrlarga (90 kundan ortiq) oid soʻrovlar haddan tashqari keng deb koʻpincha rad etiladi.
art29-preservation-data-categories = Saqlanishi lozim boʻlgan maʼlumotlarning toifalari
    .hint = { $basis ->
            [budapest] Faqat tergov uchun zarur boʻlganini belgilang. Abonent toʻgʻrisidagi maʼlumotlar: abonentning shaxsi, manzili va foydalanilgan xizmat (18-moddaning 3-bandi). Trafik toʻgʻrisidagi maʼlumotlar: aloqaning manbai, boradigan joyi, yoʻnalishi, vaqti, sanasi, hajmi va davomiyligi yoki asosiy xizmat turi (1-moddaning d kichik bandi). Mazmun toʻgʻrisidagi maʼlumotlar: aloqaning oʻzi.
           *[other] Faqat tergov uchun zarur boʻlganini belgilang. Abonent toʻgʻrisidagi maʼlumotlar: abonentning shaxsi, manzili va foydalanilgan xizmat. Trafik toʻgʻrisidagi maʼlumotlar: aloqaning manbai, boradigan joyi, yoʻnalishi, vaqti, sanasi, hajmi va davomiyligi yoki asosiy xizmat turi. Mazmun toʻgʻrisidagi maʼlumotlar: aloqaning oʻzi.
        }
art29-preservation-data-categories-subscriber = Abonent toʻgʻrisidagi maʼlumotlar
art29-preservation-data-categories-traffic = Trafik toʻgʻrisidagi maʼlumotlar
art29-preservation-data-categories-content = Mazmun toʻgʻrisidagi maʼlumotlar
art29-preservation-data-categories-other = Boshqa maʼlumotlar
art29-preservation-data-categories-other-detail = Saqlanishi lozim boʻlgan boshqa maʼlumotlar
art29-preservation-data-relationship = Maʼlumotlarning jinoyatga aloqasi
    .hint = Ushbu maʼlumotlar jinoyat bilan qanday bogʻliqligini koʻrsating, masalan: hisob yozuvidan 20.11.2026 soat 14:03 UTC+04:00 da tahdidli xabarlar yuborilgan yoki IP manzil jabrlanuvchining serveriga kirish uchun ishlatilgan.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] Maʼlumotlarni ushlab turuvchi va kompyuter tizimining joylashgan joyi (29-moddaning 2-bandi d kichik bandi)
       *[other] Maʼlumotlarni ushlab turuvchi va kompyuter tizimining joylashgan joyi
    }
art29-preservation-custodian-provider = Xizmat koʻrsatuvchi yoki maʼlumotlarni ushlab turuvchi boshqa shaxs
    .hint = Maʼlum boʻlgan darajada, maʼlumotlarni ushlab turgan kompaniya yoki shaxsning nomi. Nomaʼlum boʻlsa, shuni koʻrsating.
art29-preservation-custodian-contact = Maʼlumotlarni ushlab turuvchining manzili yoki veb-sayti
art29-preservation-custodian-location = Kompyuter tizimining joylashgan joyi
    .hint = Maʼlumotlarni ushlab turgan kompyuter tizimining, maʼlum boʻlgan darajada, joylashgan joyi: mamlakat, shahar, xosting-provayder yoki maʼlumotlar markazi.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] Saqlashning zarurligi (29-moddaning 2-bandi e kichik bandi)
       *[other] Saqlashning zarurligi
    }
art29-preservation-necessity-reasons = Tezkor saqlash sabablari
art29-preservation-necessity-reasons-deletion = Maʼlumotlar oʻchirilishi, oʻzgartirilishi yoki yoʻqolishi mumkin
art29-preservation-necessity-reasons-retention = Xizmat koʻrsatuvchi bunday maʼlumotlarni faqat qisqa muddat ushlab turadi
art29-preservation-necessity-reasons-notice = Gumon qilinuvchi tergov haqida bilib qolib, maʼlumotlarni oʻchirib yuborishi mumkin
art29-preservation-necessity-reasons-other = Boshqa
art29-preservation-necessity-reasons-other-detail = Boshqa sabab
art29-preservation-necessity-explanation = Izoh
    .hint = Ixtiyoriy: shoshilinchlikni aniqlashtiradigan holat, masalan xizmat koʻrsatuvchining maʼlumotlarni ushlab turishning maʼlum muddati yoki maʼlumotlar oʻchiriladigan sana.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] Keyinroq yuboriladigan oʻzaro yordam toʻgʻrisidagi soʻrov (29-moddaning 2-bandi f kichik bandi)
       *[other] Keyinroq yuboriladigan oʻzaro yordam toʻgʻrisidagi soʻrov
    }
art29-preservation-mla-intent = Soʻrov yuboruvchi Tomon kompyuterda saqlanayotgan maʼlumotlarni tintuv qilish yoki ularga shunga oʻxshash tarzda kirish, olib qoʻyish yoki shunga oʻxshash tarzda himoyalash yoxud oshkor qilish uchun oʻzaro yordam toʻgʻrisidagi soʻrov yuborish niyatida.
art29-preservation-mla-expected-date = Oʻzaro yordam toʻgʻrisidagi soʻrovning kutilayotgan sanasi
    .hint = { $basis ->
            [budapest] Konvensiyaning 29-moddasi 7-bandiga muvofiq saqlash oʻzaro yordam toʻgʻrisidagi soʻrovni yuborish imkonini berish uchun oltmish kundan kam boʻlmagan muddatga amalga oshiriladi; bu soʻrov olingandan keyin maʼlumotlar u boʻyicha qaror qabul qilinguncha saqlanishda davom etadi. Soʻrov yuborilgan davlat amalda qancha vaqt saqlashi uning qonunchiligi va amaliyotiga bogʻliq: saqlash panelini koʻring va soʻrovni muddat ichida oldindan yuboring yoki uzaytirishni oʻz vaqtida soʻrang.
           *[other] Soʻrov yuborilgan davlat maʼlumotlarni qancha vaqt saqlashi uning qonunchiligi va amaliyotiga bogʻliq: saqlash panelini koʻring va oʻzaro yordam toʻgʻrisidagi soʻrovni muddat ichida oldindan yuboring yoki uzaytirishni oʻz vaqtida soʻrang.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Saqlangan trafik toʻgʻrisidagi maʼlumotlarni tezkor oshkor qilish (30-modda): agar muayyan aloqaga oid trafik toʻgʻrisidagi maʼlumotlarni saqlash jarayonida uni uzatishda boshqa davlatdagi xizmat koʻrsatuvchi ishtirok etgani aniqlansa, oʻsha xizmat koʻrsatuvchini va aloqa uzatilgan yoʻlni aniqlash uchun yetarli hajmdagi trafik toʻgʻrisidagi maʼlumotlarni tezkor oshkor qilishingizni soʻraymiz.
       *[other] Saqlangan trafik toʻgʻrisidagi maʼlumotlarni tezkor oshkor qilish: agar muayyan aloqaga oid trafik toʻgʻrisidagi maʼlumotlarni saqlash jarayonida uni uzatishda boshqa davlatdagi xizmat koʻrsatuvchi ishtirok etgani aniqlansa, oʻsha xizmat koʻrsatuvchini va aloqa uzatilgan yoʻlni aniqlash uchun yetarli hajmdagi trafik toʻgʻrisidagi maʼlumotlarni tezkor oshkor qilishingizni soʻraymiz.
    }

## 16 Confidentiality

art29-preservation-confidentiality = Maxfiylik
art29-preservation-confidentiality-conditions = Soʻralayotgan maxfiylik
    .hint = Baʼzi xizmat koʻrsatuvchilar oʻz foydalanuvchilariga soʻrovlar haqida xabar beradi. Soʻrov yuborilgan organdan bunday boʻlishi mumkinligini soʻrang va tergov uchun zarur boʻlganini belgilang.
art29-preservation-confidentiality-conditions-no-notification = Abonentga yoki hisob yozuvi egasiga ushbu soʻrov haqida xabar bermasligingizni soʻraymiz
art29-preservation-confidentiality-conditions-warn = Foydalanuvchini ogohlantirib qoʻyishi mumkin boʻlgan har qanday harakatdan oldin soʻrov yuboruvchi organga xabar berishingizni soʻraymiz
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Agar saqlash maʼlumotlarning kelajakda mavjud boʻlishini taʼminlamasa yoki tergovning maxfiyligiga tahdid solsa yoxud unga boshqacha zarar yetkazsa, soʻrov shunga qaramay ijro etilishi kerakmi yoki yoʻqmi degan qarorni qabul qilishi uchun soʻrov yuboruvchi organga zudlik bilan xabar berishingizni soʻraymiz (29-moddaning 6-bandi)
       *[other] Agar saqlash maʼlumotlarning kelajakda mavjud boʻlishini taʼminlamasa yoki tergovning maxfiyligiga tahdid solsa yoxud unga boshqacha zarar yetkazsa, soʻrov shunga qaramay ijro etilishi kerakmi yoki yoʻqmi degan qarorni qabul qilishi uchun soʻrov yuboruvchi organga zudlik bilan xabar berishingizni soʻraymiz
    }
art29-preservation-confidentiality-details = Maxfiylik boʻyicha qoʻshimcha mulohazalar

## 17 Acknowledgement

art29-preservation-acknowledgement = Maʼlumotlar saqlanganligini tasdiqlashingizni, ushbu soʻrovga berilgan roʻyxat raqamini va saqlash tugaydigan sanani koʻrsatishingizni soʻraymiz
