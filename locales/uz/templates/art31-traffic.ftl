# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] Kiberjinoyatchilik toʻgʻrisidagi konvensiyaning 31-moddasi (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Sana
art31-traffic-reference = Chiquvchi raqam / ish raqami
art31-traffic-status = Soʻrov maqomi
    .hint = Tegishli har bir katakchani belgilang. Davomi belgilansa, oldingi soʻrov tafsilotlari uchun 9 va 10-boʻlimlar ochiladi.
art31-traffic-status-new = Yangi soʻrov
art31-traffic-status-follow-up-mla = Oldingi oʻzaro huquqiy yordam toʻgʻrisidagi soʻrovning davomi (tafsilotlar 9-boʻlimda)
art31-traffic-status-follow-up-preservation = Oldingi saqlash toʻgʻrisidagi soʻrovning davomi (tafsilotlar 10-boʻlimda)
art31-traffic-requested-authority = Soʻrov yuborilgan organ
art31-traffic-requested-authority-country = Soʻrov yuborilgan davlat
art31-traffic-requested-authority-authority = Organ
    .hint = { $basis ->
            [budapest] Soʻrov yuborilgan davlatning oʻzaro yordam boʻyicha markaziy organi (27-moddaning 2-bandi) yoki u bunday soʻrovlarni qabul qilish uchun tayinlagan organ.
           *[other] Soʻrov yuborilgan davlatning oʻzaro yordam boʻyicha markaziy organi yoki u bunday soʻrovlarni qabul qilish uchun tayinlagan organ.
        }
art31-traffic-requesting-authority = Soʻrov yuboruvchi organ
art31-traffic-requesting-authority-organisation = Tashkilot
art31-traffic-requesting-authority-person = Soʻrov uchun masʼul shaxs
art31-traffic-requesting-authority-address = Manzil
art31-traffic-requesting-authority-phone = Telefon raqami
art31-traffic-requesting-authority-mobile = Mobil telefon raqami
art31-traffic-requesting-authority-email = Elektron pochta manzili
art31-traffic-requesting-authority-fax = Faks raqami
art31-traffic-requesting-authority-office-hours = Ish vaqti
art31-traffic-requesting-authority-time-zone = Vaqt mintaqasi
    .hint = Idorangizning UTC ga nisbatan siljish koʻrinishidagi vaqt mintaqasi. Ushbu soʻrovdagi boshqa har bir vaqt oʻz vaqt mintaqasi bilan koʻrsatiladi.
art31-traffic-requesting-authority-response = Javob berish vositasi
art31-traffic-requesting-authority-response-expedited = Javobni elektron pochta yoki boshqa tezkor vosita orqali berish afzal
art31-traffic-requesting-authority-response-other = Javobni boshqa vosita orqali berish afzal
art31-traffic-requesting-authority-response-other-detail = Javobni quyidagi vosita orqali berish afzal
art31-traffic-additional-contact = Soʻrov yuboruvchi organdan qoʻshimcha tasdiq zarur boʻlsa, quyidagi shaxsga murojaat qiling
art31-traffic-additional-contact-contacts = Bogʻlanish uchun shaxs
art31-traffic-additional-contact-contacts-name = Ism-sharifi
art31-traffic-additional-contact-contacts-job-title = Lavozimi
art31-traffic-additional-contact-contacts-function = Bajaradigan vazifasi
art31-traffic-additional-contact-contacts-phone = Telefon raqami
art31-traffic-additional-contact-contacts-mobile = Mobil telefon raqami
art31-traffic-additional-contact-contacts-email = Elektron pochta manzili
art31-traffic-investigating-authority = Ish boʻyicha masʼul tergov / tezkor organ (soʻrov yuboruvchi organdan boshqa boʻlsa)
art31-traffic-investigating-authority-organisation = Tashkilot
art31-traffic-investigating-authority-person = Ish uchun masʼul shaxs
art31-traffic-investigating-authority-address = Manzil
art31-traffic-investigating-authority-phone = Telefon raqami
art31-traffic-investigating-authority-mobile = Mobil telefon raqami
art31-traffic-investigating-authority-email = Elektron pochta manzili
art31-traffic-investigating-authority-fax = Faks raqami
art31-traffic-prosecution-court = Masʼul prokuratura yoki sud (agar mavjud boʻlsa)
art31-traffic-prosecution-court-prosecution = Masʼul prokuratura va ish raqami
art31-traffic-prosecution-court-court = Masʼul sud va ish raqami
art31-traffic-prosecution-court-decisions = Ushbu soʻrovga oid prokuratura yoki sud qarorlari
    .hint = Har bir qaror boʻyicha: organ, uning sanasi va raqami, shuningdek unda nima majburiy qilingani yoki nimaga ruxsat berilgani. Soʻrov yuborilgan davlat talab qilsa, nusxasini ilova qiling.
art31-traffic-previous-mla = Oldingi oʻzaro huquqiy yordam toʻgʻrisidagi soʻrov haqida maʼlumot (agar mavjud boʻlsa)
art31-traffic-previous-mla-date = Sana
art31-traffic-previous-mla-reference = Roʻyxat / chiquvchi raqam
art31-traffic-previous-mla-requesting = Oldingi soʻrovni yuborgan organning aloqa maʼlumotlari
art31-traffic-previous-mla-executing = Oldingi soʻrovga javob bergan (yoki uni ijro etgan) organning aloqa maʼlumotlari
art31-traffic-previous-mla-channel = Oldingi soʻrovni yuborish uchun foydalanilgan aloqa usuli (elektron pochta manzili, faks raqami va h.k.)
art31-traffic-previous-preservation = Oldingi saqlash toʻgʻrisidagi soʻrov haqida maʼlumot (agar mavjud boʻlsa)
art31-traffic-previous-preservation-date = Sana
art31-traffic-previous-preservation-reference = Roʻyxat / chiquvchi raqam
art31-traffic-previous-preservation-requesting = Saqlashni soʻragan organning aloqa maʼlumotlari
art31-traffic-previous-preservation-executing = Saqlash toʻgʻrisidagi soʻrovga javob bergan (yoki uni ijro etgan) organning aloqa maʼlumotlari
art31-traffic-previous-preservation-channel = Aloqa kanali
art31-traffic-previous-preservation-channel-network-247 = 24/7 tarmogʻining aloqa punkti
art31-traffic-previous-preservation-channel-provider = Bevosita xizmat koʻrsatuvchiga
art31-traffic-previous-preservation-channel-police = Politsiya hamkorligi kanali
art31-traffic-previous-preservation-channel-mla = Oʻzaro yordam boʻyicha markaziy organ
art31-traffic-previous-preservation-channel-other = Boshqa
art31-traffic-previous-preservation-channel-other-detail = Foydalanilgan kanal
art31-traffic-previous-preservation-expiry = Maʼlumotlar saqlanadigan oxirgi sana
    .hint = Maʼlum boʻlsa, soʻrov yuborilgan davlat yoki xizmat koʻrsatuvchi tasdiqlagan saqlash tugaydigan sana.
art31-traffic-legal-grounds = Soʻrovning huquqiy asosi
art31-traffic-legal-grounds-domestic = Soʻrovning milliy huquqiy asosi (agar mavjud boʻlsa)
    .hint = Ushbu soʻrov qaysi normalarga asosan yuborilayotgan boʻlsa, qonunchiligingizning oʻsha normalari, masalan jinoyat-protsessual kodeksining oʻzaro huquqiy yordam toʻgʻrisidagi soʻrovlarga oid moddalari.
art31-traffic-legal-grounds-instruments = Qoʻllaniladigan boshqa shartnomalar yoki kelishuvlar
art31-traffic-legal-grounds-instruments-ets-30 = Jinoiy ishlar boʻyicha oʻzaro yordam toʻgʻrisidagi Yevropa konvensiyasi (ETS № 30) va uning protokollari
art31-traffic-legal-grounds-instruments-bilateral = Ikki tomonlama shartnoma
art31-traffic-legal-grounds-instruments-bilateral-detail = Shartnomaning nomi va sanasi
art31-traffic-legal-grounds-instruments-reciprocity = Oʻzarolik prinsipi
art31-traffic-offences = Jinoyat(lar)
art31-traffic-offences-offences = Jinoyat
art31-traffic-offences-offences-name = Jinoyat
art31-traffic-offences-offences-provision = Huquqiy norma
art31-traffic-offences-offences-penalty = Jazoning eng yuqori chegarasi
art31-traffic-offences-damage = Yetkazilgan zarar
    .hint = Zarar boʻlsa, uning summasi tegishli valyutada.
art31-traffic-offences-damage-below-threshold = Zarar 5 000 AQSh dollari ekvivalentidan kam
    .hint = Oʻzingizning tekshiruvingiz, soʻrovda hech qachon chop etilmaydi. Amerika Qoʻshma Shtatlari odatda zarari 5 000 AQSh dollaridan kam boʻlgan ishlar boʻyicha soʻrovlarni ijro etishni rad etadi; oʻz valyutangizdagi zararni shu summa bilan taqqoslang.
art31-traffic-facts = Faktlarning qisqacha bayoni
    .hint = Kim nima qildi, qachon va qayerda, shuningdek jinoyat tegishli xizmat yordamida qanday sodir etilgan. Har bir vaqtni vaqt mintaqasi bilan koʻrsating.
art31-traffic-identifiers = Soʻralayotgan maʼlumotlarning identifikatorlari va davri
art31-traffic-identifiers-identifiers = Soʻralayotgan maʼlumotlarning identifikatorlari
    .hint = Maʼlumotlari soʻralayotgan har bir hisob yozuvi, manzil yoki raqam. IP manzil uchun manba portini va aniq sana va vaqtni vaqt mintaqasi bilan birga koʻrsating: umumiy manzillardan foydalanilganda xizmat koʻrsatuvchi ularsiz abonentni aniqlay olmaydi.
art31-traffic-identifiers-period = Maʼlumotlar soʻralayotgan aniq davr
    .hint = Boshi va oxiri vaqt mintaqasi bilan. Faqat tergov uchun zarur boʻlgan davrni soʻrang: uzoq davrlarga (90 kundan ortiq) oid soʻrovlar haddan tashqari keng deb koʻpincha rad etiladi.
art31-traffic-data = Soʻralayotgan maʼlumotlar
art31-traffic-data-traffic = Soʻralayotgan trafik toʻgʻrisidagi maʼlumotlar
    .hint = { $basis ->
            [budapest] Dastlabki sakkiz katakcha Konvensiya 1-moddasining d kichik bandidagi trafik toʻgʻrisidagi maʼlumotlar taʼrifiga mos keladi: kompyuter tizimi aloqa zanjirining bir qismi sifatida yaratgan maʼlumotlar.
           *[other] Kompyuter tizimi aloqa zanjirining bir qismi sifatida yaratgan maʼlumotlar: faqat tergov uchun zarur boʻlganini belgilang.
        }
art31-traffic-data-traffic-origin = Aloqaning manbai
art31-traffic-data-traffic-destination = Aloqaning boradigan joyi
art31-traffic-data-traffic-route = Yoʻnalishi
art31-traffic-data-traffic-time = Vaqt
art31-traffic-data-traffic-date = Sana
art31-traffic-data-traffic-size = Hajmi
art31-traffic-data-traffic-duration = Davomiyligi
art31-traffic-data-traffic-service = Asosiy xizmat turi
art31-traffic-data-traffic-connection-log = IP ulanishlar tarixi: IP manzillar, manba portlari, sana va vaqtlari koʻrsatilgan kirish va chiqishlar
art31-traffic-data-traffic-headers = Elektron xatlar sarlavhalaridagi axborot, mazmunisiz
art31-traffic-data-traffic-other = Boshqa
art31-traffic-data-traffic-other-detail = Soʻralayotgan boshqa trafik toʻgʻrisidagi maʼlumotlar
art31-traffic-data-subscriber = Soʻralayotgan abonent toʻgʻrisidagi maʼlumotlar
    .hint = { $basis ->
            [budapest] Trafik toʻgʻrisidagi maʼlumotlarga qoʻshimcha ravishda faqat zarur boʻlganini belgilang. Dastlabki olti katakcha Konvensiya 18-moddasining 3-bandidagi abonent toʻgʻrisidagi maʼlumotlar taʼrifiga mos keladi.
           *[other] Trafik toʻgʻrisidagi maʼlumotlarga qoʻshimcha ravishda faqat zarur boʻlganini belgilang.
        }
art31-traffic-data-subscriber-service = Foydalanilgan aloqa xizmati turi, unga doir koʻrilgan texnik choralar va xizmat koʻrsatish davri
art31-traffic-data-subscriber-identity = Abonentning shaxsi
art31-traffic-data-subscriber-address = Pochta yoki geografik manzili
art31-traffic-data-subscriber-access-number = Telefon va boshqa kirish raqamlari
art31-traffic-data-subscriber-billing = Hisob-kitob va toʻlovlar toʻgʻrisidagi axborot
art31-traffic-data-subscriber-installation = Aloqa uskunasi oʻrnatilgan joy
art31-traffic-data-subscriber-email = Hisob yozuviga bogʻlangan elektron pochta manzillari
art31-traffic-data-subscriber-registration-ip = Roʻyxatdan oʻtish vaqtidagi IP manzil, sana va vaqt
art31-traffic-data-subscriber-other = Boshqa
art31-traffic-data-subscriber-other-detail = Soʻralayotgan boshqa abonent toʻgʻrisidagi maʼlumotlar
art31-traffic-preservation = Maʼlumotlarni saqlash
art31-traffic-preservation-sought = Maʼlumotlarni saqlash avval soʻralganmi?
    .hint = { $basis ->
            [budapest] Maʼlumotlar Konvensiyaning 29-moddasiga muvofiq 24/7 tarmogʻi orqali yoki bevosita xizmat koʻrsatuvchida saqlanganmi. Chiquvchi raqam soʻrov yuborilgan organ va xizmat koʻrsatuvchiga saqlangan maʼlumotlarni topish imkonini beradi. Agar ushbu soʻrov 10-boʻlimda tavsiflangan saqlash toʻgʻrisidagi soʻrovning davomi boʻlsa, oʻsha sana va raqamni koʻrsating.
           *[other] Maʼlumotlar 24/7 tarmogʻi yoki soʻrov yuborilgan davlatning boshqa organi orqali yoxud bevosita xizmat koʻrsatuvchida saqlanganmi. Chiquvchi raqam soʻrov yuborilgan organ va xizmat koʻrsatuvchiga saqlangan maʼlumotlarni topish imkonini beradi. Agar ushbu soʻrov 10-boʻlimda tavsiflangan saqlash toʻgʻrisidagi soʻrovning davomi boʻlsa, oʻsha sana va raqamni koʻrsating.
        }
art31-traffic-preservation-sought-yes = Ha
art31-traffic-preservation-sought-no = Yoʻq
art31-traffic-preservation-date = Saqlash toʻgʻrisidagi soʻrov sanasi
art31-traffic-preservation-reference = Saqlash toʻgʻrisidagi soʻrov raqami
    .hint = Soʻrov yuborilgan organ yoki xizmat koʻrsatuvchi bergan raqam; bunday raqam berilmagan boʻlsa, oʻzingizning chiquvchi raqamingiz.
art31-traffic-relevance = Maʼlumotlarning tergovga aloqasi
    .hint = Har bir identifikator va soʻralayotgan maʼlumotlarning har bir turi jinoyat va gumon qilinuvchi bilan qanday bogʻliqligini, shuningdek bu maʼlumotlar xizmat koʻrsatuvchida bor deb nima uchun hisoblanishini tushuntiring.
art31-traffic-service-provider = Maʼlumotlarni ushlab turgan xizmat koʻrsatuvchi
art31-traffic-service-provider-name = Xizmat koʻrsatuvchining nomi
    .hint = Xizmat koʻrsatuvchining xizmat koʻrsatish shartlarida yoki huquqni muhofaza qilish organlari uchun qoʻllanmasida koʻrsatilgan yuridik nomi.
art31-traffic-service-provider-address = Manzili yoki joylashgan joyi
art31-traffic-urgency = Shoshilinchlik
art31-traffic-urgency-urgent = Shoshilinch ijro etish soʻraladi
art31-traffic-urgency-reasons = Shoshilinchlik sabablari
    .hint = { $basis ->
            [budapest] Masalan, gumon qilinuvchi qamoqda saqlanmoqda, ish yuritish muddati tugamoqda yoki maʼlumotlarning yoʻqolishi yoki oʻzgartirilishi xavfi ayniqsa yuqori deb hisoblash uchun asoslar bor (31-moddaning 3-bandi).
           *[other] Masalan, gumon qilinuvchi qamoqda saqlanmoqda, ish yuritish muddati tugamoqda yoki maʼlumotlarning yoʻqolishi yoki oʻzgartirilishi xavfi ayniqsa yuqori deb hisoblash uchun asoslar bor.
        }
art31-traffic-urgency-deadline = Maʼlumotlar kerak boʻlgan muddat
art31-traffic-confidentiality = Maxfiylik
art31-traffic-confidentiality-confidential = Ushbu soʻrovning fakti va predmeti maxfiyligini, uni ijro etish uchun zarur boʻlgan darajadan tashqari, taʼminlashingizni soʻraymiz
art31-traffic-confidentiality-no-notification = Xizmat koʻrsatuvchidan abonentga yoki har qanday uchinchi shaxsga xabar bermaslikni soʻrang
    .hint = Soʻrov yuborilgan organdan xizmat koʻrsatuvchining amaliyoti yoki tizimi foydalanuvchini ogohlantirib qoʻyishi mumkinmi, soʻrang.
art31-traffic-confidentiality-reasons = Maxfiylik sabablari
    .hint = Masalan, gumon qilinuvchining dalillarni yoʻq qilishi, qochib ketishi yoki sheriklarini ogohlantirishi xavfi.
art31-traffic-form = Maʼlumotlarning shakli va haqiqiyligini tasdiqlash
art31-traffic-form-electronic = Oʻqiladigan formatdagi elektron nusxa
art31-traffic-form-certified = Tasdiqlangan nusxa
art31-traffic-form-certificate = Xizmat koʻrsatuvchining ish yuritish yozuvlari haqiqiyligi toʻgʻrisidagi sertifikati
art31-traffic-form-other = Boshqa
art31-traffic-form-other-detail = Boshqa talab
