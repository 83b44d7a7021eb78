# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Kiberjinoyatchilik toʻgʻrisidagi konvensiyaning 31-moddasi (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Sana
art31-subscriber-reference = Chiquvchi raqam / ish raqami
art31-subscriber-status = Soʻrov maqomi
    .hint = Tegishli har bir katakchani belgilang. Davomi belgilansa, oldingi soʻrov tafsilotlari uchun 9 va 10-boʻlimlar ochiladi.
art31-subscriber-status-new = Yangi soʻrov
art31-subscriber-status-follow-up-mla = Oldingi oʻzaro huquqiy yordam toʻgʻrisidagi soʻrovning davomi (tafsilotlar 9-boʻlimda)
art31-subscriber-status-follow-up-preservation = Oldingi saqlash toʻgʻrisidagi soʻrovning davomi (tafsilotlar 10-boʻlimda)
art31-subscriber-requested-authority = Soʻrov yuborilgan organ
art31-subscriber-requested-authority-country = Soʻrov yuborilgan davlat
art31-subscriber-requested-authority-authority = Organ
    .hint = { $basis ->
            [budapest] Soʻrov yuborilgan davlatning oʻzaro yordam boʻyicha markaziy organi (27-moddaning 2-bandi) yoki u bunday soʻrovlarni qabul qilish uchun tayinlagan organ.
           *[other] Soʻrov yuborilgan davlatning oʻzaro yordam boʻyicha markaziy organi yoki u bunday soʻrovlarni qabul qilish uchun tayinlagan organ.
        }
art31-subscriber-requesting-authority = Soʻrov yuboruvchi organ
art31-subscriber-requesting-authority-organisation = Tashkilot
art31-subscriber-requesting-authority-person = Soʻrov uchun masʼul shaxs
art31-subscriber-requesting-authority-address = Manzil
art31-subscriber-requesting-authority-phone = Telefon raqami
art31-subscriber-requesting-authority-mobile = Mobil telefon raqami
art31-subscriber-requesting-authority-email = Elektron pochta manzili
art31-subscriber-requesting-authority-fax = Faks raqami
art31-subscriber-requesting-authority-office-hours = Ish vaqti
art31-subscriber-requesting-authority-time-zone = Vaqt mintaqasi
    .hint = Idorangizning UTC ga nisbatan siljish koʻrinishidagi vaqt mintaqasi. Ushbu soʻrovdagi boshqa har bir vaqt oʻz vaqt mintaqasi bilan koʻrsatiladi.
art31-subscriber-requesting-authority-response = Javob berish vositasi
art31-subscriber-requesting-authority-response-expedited = Javobni elektron pochta yoki boshqa tezkor vosita orqali berish afzal
art31-subscriber-requesting-authority-response-other = Javobni boshqa vosita orqali berish afzal
art31-subscriber-requesting-authority-response-other-detail = Javobni quyidagi vosita orqali berish afzal
art31-subscriber-additional-contact = Soʻrov yuboruvchi organdan qoʻshimcha tasdiq zarur boʻlsa, quyidagi shaxsga murojaat qiling
art31-subscriber-additional-contact-contacts = Bogʻlanish uchun shaxs
art31-subscriber-additional-contact-contacts-name = Ism-sharifi
art31-subscriber-additional-contact-contacts-job-title = Lavozimi
art31-subscriber-additional-contact-contacts-function = Bajaradigan vazifasi
art31-subscriber-additional-contact-contacts-phone = Telefon raqami
art31-subscriber-additional-contact-contacts-mobile = Mobil telefon raqami
art31-subscriber-additional-contact-contacts-email = Elektron pochta manzili
art31-subscriber-investigating-authority = Ish boʻyicha masʼul tergov / tezkor organ (soʻrov yuboruvchi organdan boshqa boʻlsa)
art31-subscriber-investigating-authority-organisation = Tashkilot
art31-subscriber-investigating-authority-person = Ish uchun masʼul shaxs
art31-subscriber-investigating-authority-address = Manzil
art31-subscriber-investigating-authority-phone = Telefon raqami
art31-subscriber-investigating-authority-mobile = Mobil telefon raqami
art31-subscriber-investigating-authority-email = Elektron pochta manzili
art31-subscriber-investigating-authority-fax = Faks raqami
art31-subscriber-prosecution-court = Masʼul prokuratura yoki sud (agar mavjud boʻlsa)
art31-subscriber-prosecution-court-prosecution = Masʼul prokuratura va ish raqami
art31-subscriber-prosecution-court-court = Masʼul sud va ish raqami
art31-subscriber-prosecution-court-decisions = Ushbu soʻrovga oid prokuratura yoki sud qarorlari
    .hint = Har bir qaror boʻyicha: organ, uning sanasi va raqami, shuningdek unda nima majburiy qilingani yoki nimaga ruxsat berilgani. Soʻrov yuborilgan davlat talab qilsa, nusxasini ilova qiling.
art31-subscriber-previous-mla = Oldingi oʻzaro huquqiy yordam toʻgʻrisidagi soʻrov haqida maʼlumot (agar mavjud boʻlsa)
art31-subscriber-previous-mla-date = Sana
art31-subscriber-previous-mla-reference = Roʻyxat / chiquvchi raqam
art31-subscriber-previous-mla-requesting = Oldingi soʻrovni yuborgan organning aloqa maʼlumotlari
art31-subscriber-previous-mla-executing = Oldingi soʻrovga javob bergan (yoki uni ijro etgan) organning aloqa maʼlumotlari
art31-subscriber-previous-mla-channel = Oldingi soʻrovni yuborish uchun foydalanilgan aloqa usuli (elektron pochta manzili, faks raqami va h.k.)
art31-subscriber-previous-preservation = Oldingi saqlash toʻgʻrisidagi soʻrov haqida maʼlumot (agar mavjud boʻlsa)
art31-subscriber-previous-preservation-date = Sana
art31-subscriber-previous-preservation-reference = Roʻyxat / chiquvchi raqam
art31-subscriber-previous-preservation-requesting = Saqlashni soʻragan organning aloqa maʼlumotlari
art31-subscriber-previous-preservation-executing = Saqlash toʻgʻrisidagi soʻrovga javob bergan (yoki uni ijro etgan) organning aloqa maʼlumotlari
art31-subscriber-previous-preservation-channel = Aloqa kanali
art31-subscriber-previous-preservation-channel-network-247 = 24/7 tarmogʻining aloqa punkti
art31-subscriber-previous-preservation-channel-provider = Bevosita xizmat koʻrsatuvchiga
art31-subscriber-previous-preservation-channel-police = Politsiya hamkorligi kanali
art31-subscriber-previous-preservation-channel-mla = Oʻzaro yordam boʻyicha markaziy organ
art31-subscriber-previous-preservation-channel-other = Boshqa
art31-subscriber-previous-preservation-channel-other-detail = Foydalanilgan kanal
art31-subscriber-previous-preservation-expiry = Maʼlumotlar saqlanadigan oxirgi sana
    .hint = Maʼlum boʻlsa, soʻrov yuborilgan davlat yoki xizmat koʻrsatuvchi tasdiqlagan saqlash tugaydigan sana.
art31-subscriber-legal-grounds = Soʻrovning huquqiy asosi
art31-subscriber-legal-grounds-domestic = Soʻrovning milliy huquqiy asosi (agar mavjud boʻlsa)
    .hint = Ushbu soʻrov qaysi normalarga asosan yuborilayotgan boʻlsa, qonunchiligingizning oʻsha normalari, masalan jinoyat-protsessual kodeksining oʻzaro huquqiy yordam toʻgʻrisidagi soʻrovlarga oid moddalari.
art31-subscriber-legal-grounds-instruments = Qoʻllaniladigan boshqa shartnomalar yoki kelishuvlar
art31-subscriber-legal-grounds-instruments-ets-30 = Jinoiy ishlar boʻyicha oʻzaro yordam toʻgʻrisidagi Yevropa konvensiyasi (ETS № 30) va uning protokollari
art31-subscriber-legal-grounds-instruments-bilateral = Ikki tomonlama shartnoma
art31-subscriber-legal-grounds-instruments-bilateral-detail = Shartnomaning nomi va sanasi
art31-subscriber-legal-grounds-instruments-reciprocity = Oʻzarolik prinsipi
art31-subscriber-offences = Jinoyat(lar)
art31-subscriber-offences-offences = Jinoyat
art31-subscriber-offences-offences-name = Jinoyat
art31-subscriber-offences-offences-provision = Huquqiy norma
art31-subscriber-offences-offences-penalty = Jazoning eng yuqori chegarasi
art31-subscriber-offences-damage = Yetkazilgan zarar
    .hint = Zarar boʻlsa, uning summasi tegishli valyutada.
art31-subscriber-offences-damage-below-threshold = Zarar 5 000 AQSh dollari ekvivalentidan kam
    .hint = Oʻzingizning tekshiruvingiz, soʻrovda hech qachon chop etilmaydi. Amerika Qoʻshma Shtatlari odatda zarari 5 000 AQSh dollaridan kam boʻlgan ishlar boʻyicha soʻrovlarni ijro etishni rad etadi; oʻz valyutangizdagi zararni shu summa bilan taqqoslang.
art31-subscriber-facts = Faktlarning qisqacha bayoni
    .hint = Kim nima qildi, qachon va qayerda, shuningdek jinoyat tegishli xizmat yordamida qanday sodir etilgan. Har bir vaqtni vaqt mintaqasi bilan koʻrsating.
art31-subscriber-identifiers = Soʻralayotgan maʼlumotlarning identifikatorlari va davri
art31-subscriber-identifiers-identifiers = Soʻralayotgan maʼlumotlarning identifikatorlari
    .hint = Abonenti aniqlanishi kerak boʻlgan har bir hisob yozuvi, manzil yoki raqam. IP manzil uchun manba portini va aniq sana va vaqtni vaqt mintaqasi bilan birga koʻrsating: umumiy manzillardan foydalanilganda xizmat koʻrsatuvchi ularsiz abonentni aniqlay olmaydi.
art31-subscriber-identifiers-period = Maʼlumotlar soʻralayotgan aniq davr
    .hint = Boshi va oxiri vaqt mintaqasi bilan. Faqat tergov uchun zarur boʻlgan davrni soʻrang: uzoq davrlarga (90 kundan ortiq) oid soʻrovlar haddan tashqari keng deb koʻpincha rad etiladi.
art31-subscriber-categories = Soʻralayotgan abonent toʻgʻrisidagi maʼlumotlar
    .hint = { $basis ->
            [budapest] Faqat tergov uchun zarur boʻlganini belgilang. Dastlabki olti katakcha Konvensiya 18-moddasining 3-bandidagi abonent toʻgʻrisidagi maʼlumotlar taʼrifiga mos keladi.
           *[other] Faqat tergov uchun zarur boʻlganini belgilang.
        }
art31-subscriber-categories-service = Foydalanilgan aloqa xizmati turi, unga doir koʻrilgan texnik choralar va xizmat koʻrsatish davri
art31-subscriber-categories-identity = Abonentning shaxsi
art31-subscriber-categories-address = Pochta yoki geografik manzili
art31-subscriber-categories-access-number = Telefon va boshqa kirish raqamlari
art31-subscriber-categories-billing = Hisob-kitob va toʻlovlar toʻgʻrisidagi axborot
art31-subscriber-categories-installation = Aloqa uskunasi oʻrnatilgan joy
art31-subscriber-categories-email = Hisob yozuviga bogʻlangan elektron pochta manzillari
art31-subscriber-categories-registration-ip = Roʻyxatdan oʻtish vaqtidagi IP manzil, sana va vaqt
art31-subscriber-categories-login-ip-at = Identifikator bilan birga koʻrsatilgan sana va vaqtdagi kirishning IP manzili (abonentni aniqlash uchun)
art31-subscriber-categories-other = Boshqa
art31-subscriber-categories-other-detail = Soʻralayotgan boshqa maʼlumotlar
art31-subscriber-relevance = Maʼlumotlarning tergovga aloqasi
    .hint = Har bir identifikator jinoyat va gumon qilinuvchi bilan qanday bogʻliqligini, shuningdek bu maʼlumotlar xizmat koʻrsatuvchida bor deb nima uchun hisoblanishini tushuntiring.
art31-subscriber-service-provider = Maʼlumotlarni ushlab turgan xizmat koʻrsatuvchi
art31-subscriber-service-provider-name = Xizmat koʻrsatuvchining nomi
    .hint = Xizmat koʻrsatuvchining xizmat koʻrsatish shartlarida yoki huquqni muhofaza qilish organlari uchun qoʻllanmasida koʻrsatilgan yuridik nomi.
art31-subscriber-service-provider-address = Manzili yoki joylashgan joyi
art31-subscriber-urgency = Shoshilinchlik
art31-subscriber-urgency-urgent = Shoshilinch ijro etish soʻraladi
art31-subscriber-urgency-reasons = Shoshilinchlik sabablari
    .hint = { $basis ->
            [budapest] Masalan, gumon qilinuvchi qamoqda saqlanmoqda, ish yuritish muddati tugamoqda yoki maʼlumotlarning yoʻqolishi yoki oʻzgartirilishi xavfi ayniqsa yuqori deb hisoblash uchun asoslar bor (31-moddaning 3-bandi).
           *[other] Masalan, gumon qilinuvchi qamoqda saqlanmoqda, ish yuritish muddati tugamoqda yoki maʼlumotlarning yoʻqolishi yoki oʻzgartirilishi xavfi ayniqsa yuqori deb hisoblash uchun asoslar bor.
        }
art31-subscriber-urgency-deadline = Maʼlumotlar kerak boʻlgan muddat
art31-subscriber-confidentiality = Maxfiylik
art31-subscriber-confidentiality-confidential = Ushbu soʻrovning fakti va predmeti maxfiyligini, uni ijro etish uchun zarur boʻlgan darajadan tashqari, taʼminlashingizni soʻraymiz
art31-subscriber-confidentiality-no-notification = Xizmat koʻrsatuvchidan abonentga yoki har qanday uchinchi shaxsga xabar bermaslikni soʻrang
    .hint = Soʻrov yuborilgan organdan xizmat koʻrsatuvchining amaliyoti yoki tizimi foydalanuvchini ogohlantirib qoʻyishi mumkinmi, soʻrang.
art31-subscriber-confidentiality-reasons = Maxfiylik sabablari
    .hint = Masalan, gumon qilinuvchining dalillarni yoʻq qilishi, qochib ketishi yoki sheriklarini ogohlantirishi xavfi.
art31-subscriber-form = Maʼlumotlarning shakli va haqiqiyligini tasdiqlash
art31-subscriber-form-electronic = Oʻqiladigan formatdagi elektron nusxa
art31-subscriber-form-certified = Tasdiqlangan nusxa
art31-subscriber-form-certificate = Xizmat koʻrsatuvchining ish yuritish yozuvlari haqiqiyligi toʻgʻrisidagi sertifikati
art31-subscriber-form-other = Boshqa
art31-subscriber-form-other-detail = Boshqa talab
