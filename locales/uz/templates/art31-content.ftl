# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] Kiberjinoyatchilik toʻgʻrisidagi konvensiyaning 31-moddasi (ETS № 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Sana
art31-content-reference = Chiquvchi raqam / ish raqami
art31-content-status = Soʻrov maqomi
    .hint = Tegishli har bir katakchani belgilang. Davomi belgilansa, oldingi soʻrov tafsilotlari uchun 9 va 10-boʻlimlar ochiladi.
art31-content-status-new = Yangi soʻrov
art31-content-status-follow-up-mla = Oldingi oʻzaro huquqiy yordam toʻgʻrisidagi soʻrovning davomi (tafsilotlar 9-boʻlimda)
art31-content-status-follow-up-preservation = Oldingi saqlash toʻgʻrisidagi soʻrovning davomi (tafsilotlar 10-boʻlimda)
art31-content-requested-authority = Soʻrov yuborilgan organ
art31-content-requested-authority-country = Soʻrov yuborilgan davlat
art31-content-requested-authority-authority = Organ
    .hint = { $basis ->
            [budapest] Soʻrov yuborilgan davlatning oʻzaro yordam boʻyicha markaziy organi (27-moddaning 2-bandi) yoki u bunday soʻrovlarni qabul qilish uchun tayinlagan organ.
           *[other] Soʻrov yuborilgan davlatning oʻzaro yordam boʻyicha markaziy organi yoki u bunday soʻrovlarni qabul qilish uchun tayinlagan organ.
        }
art31-content-requesting-authority = Soʻrov yuboruvchi organ
art31-content-requesting-authority-organisation = Tashkilot
art31-content-requesting-authority-person = Soʻrov uchun masʼul shaxs
art31-content-requesting-authority-address = Manzil
art31-content-requesting-authority-phone = Telefon raqami
art31-content-requesting-authority-mobile = Mobil telefon raqami
art31-content-requesting-authority-email = Elektron pochta manzili
art31-content-requesting-authority-fax = Faks raqami
art31-content-requesting-authority-office-hours = Ish vaqti
art31-content-requesting-authority-time-zone = Vaqt mintaqasi
    .hint = Idorangizning UTC ga nisbatan siljish koʻrinishidagi vaqt mintaqasi. Ushbu soʻrovdagi boshqa har bir vaqt oʻz vaqt mintaqasi bilan koʻrsatiladi.
art31-content-requesting-authority-response = Javob berish vositasi
art31-content-requesting-authority-response-expedited = Javobni elektron pochta yoki boshqa tezkor vosita orqali berish afzal
art31-content-requesting-authority-response-other = Javobni boshqa vosita orqali berish afzal
art31-content-requesting-authority-response-other-detail = Javobni quyidagi vosita orqali berish afzal
art31-content-additional-contact = Soʻrov yuboruvchi organdan qoʻshimcha tasdiq zarur boʻlsa, quyidagi shaxsga murojaat qiling
art31-content-additional-contact-contacts = Bogʻlanish uchun shaxs
art31-content-additional-contact-contacts-name = Ism-sharifi
art31-content-additional-contact-contacts-job-title = Lavozimi
art31-content-additional-contact-contacts-function = Bajaradigan vazifasi
art31-content-additional-contact-contacts-phone = Telefon raqami
art31-content-additional-contact-contacts-mobile = Mobil telefon raqami
art31-content-additional-contact-contacts-email = Elektron pochta manzili
art31-content-investigating-authority = Ish boʻyicha masʼul tergov / tezkor organ (soʻrov yuboruvchi organdan boshqa boʻlsa)
art31-content-investigating-authority-organisation = Tashkilot
art31-content-investigating-authority-person = Ish uchun masʼul shaxs
art31-content-investigating-authority-address = Manzil
art31-content-investigating-authority-phone = Telefon raqami
art31-content-investigating-authority-mobile = Mobil telefon raqami
art31-content-investigating-authority-email = Elektron pochta manzili
art31-content-investigating-authority-fax = Faks raqami
art31-content-prosecution-court = Masʼul prokuratura yoki sud (agar mavjud boʻlsa)
art31-content-prosecution-court-prosecution = Masʼul prokuratura va ish raqami
art31-content-prosecution-court-court = Masʼul sud va ish raqami
art31-content-prosecution-court-decisions = Ushbu soʻrovga oid prokuratura yoki sud qarorlari
    .hint = Har bir qaror boʻyicha: organ, uning sanasi va raqami, shuningdek unda nima majburiy qilingani yoki nimaga ruxsat berilgani. Soʻrov yuborilgan davlat talab qilsa, nusxasini ilova qiling.
art31-content-previous-mla = Oldingi oʻzaro huquqiy yordam toʻgʻrisidagi soʻrov haqida maʼlumot (agar mavjud boʻlsa)
art31-content-previous-mla-date = Sana
art31-content-previous-mla-reference = Roʻyxat / chiquvchi raqam
art31-content-previous-mla-requesting = Oldingi soʻrovni yuborgan organning aloqa maʼlumotlari
art31-content-previous-mla-executing = Oldingi soʻrovga javob bergan (yoki uni ijro etgan) organning aloqa maʼlumotlari
art31-content-previous-mla-channel = Oldingi soʻrovni yuborish uchun foydalanilgan aloqa usuli (elektron pochta manzili, faks raqami va h.k.)
art31-content-previous-preservation = Oldingi saqlash toʻgʻrisidagi soʻrov haqida maʼlumot (agar mavjud boʻlsa)
art31-content-previous-preservation-date = Sana
art31-content-previous-preservation-reference = Roʻyxat / chiquvchi raqam
art31-content-previous-preservation-requesting = Saqlashni soʻragan organning aloqa maʼlumotlari
art31-content-previous-preservation-executing = Saqlash toʻgʻrisidagi soʻrovga javob bergan (yoki uni ijro etgan) organning aloqa maʼlumotlari
art31-content-previous-preservation-channel = Aloqa kanali
art31-content-previous-preservation-channel-network-247 = 24/7 tarmogʻining aloqa punkti
art31-content-previous-preservation-channel-provider = Bevosita xizmat koʻrsatuvchiga
art31-content-previous-preservation-channel-police = Politsiya hamkorligi kanali
art31-content-previous-preservation-channel-mla = Oʻzaro yordam boʻyicha markaziy organ
art31-content-previous-preservation-channel-other = Boshqa
art31-content-previous-preservation-channel-other-detail = Foydalanilgan kanal
art31-content-previous-preservation-expiry = Maʼlumotlar saqlanadigan oxirgi sana
    .hint = Maʼlum boʻlsa, soʻrov yuborilgan davlat yoki xizmat koʻrsatuvchi tasdiqlagan saqlash tugaydigan sana.
art31-content-legal-grounds = Soʻrovning huquqiy asosi
art31-content-legal-grounds-domestic = Soʻrovning milliy huquqiy asosi (agar mavjud boʻlsa)
    .hint = Ushbu soʻrov qaysi normalarga asosan yuborilayotgan boʻlsa, qonunchiligingizning oʻsha normalari, masalan jinoyat-protsessual kodeksining oʻzaro huquqiy yordam toʻgʻrisidagi soʻrovlarga oid moddalari.
art31-content-legal-grounds-instruments = Qoʻllaniladigan boshqa shartnomalar yoki kelishuvlar
art31-content-legal-grounds-instruments-ets-30 = Jinoiy ishlar boʻyicha oʻzaro yordam toʻgʻrisidagi Yevropa konvensiyasi (ETS № 30) va uning protokollari
art31-content-legal-grounds-instruments-bilateral = Ikki tomonlama shartnoma
art31-content-legal-grounds-instruments-bilateral-detail = Shartnomaning nomi va sanasi
art31-content-legal-grounds-instruments-reciprocity = Oʻzarolik prinsipi
art31-content-offences = Jinoyat(lar)
art31-content-offences-offences = Jinoyat
art31-content-offences-offences-name = Jinoyat
art31-content-offences-offences-provision = Huquqiy norma
art31-content-offences-offences-penalty = Jazoning eng yuqori chegarasi
art31-content-offences-damage = Yetkazilgan zarar
    .hint = Zarar boʻlsa, uning summasi tegishli valyutada.
art31-content-offences-damage-below-threshold = Zarar 5 000 AQSh dollari ekvivalentidan kam
    .hint = Oʻzingizning tekshiruvingiz, soʻrovda hech qachon chop etilmaydi. Amerika Qoʻshma Shtatlari odatda zarari 5 000 AQSh dollaridan kam boʻlgan ishlar boʻyicha soʻrovlarni ijro etishni rad etadi; oʻz valyutangizdagi zararni shu summa bilan taqqoslang.
art31-content-facts = Faktlarning qisqacha bayoni
    .hint = Kim nima qildi, qachon va qayerda, shuningdek jinoyat tegishli xizmat yordamida qanday sodir etilgan. Har bir vaqtni vaqt mintaqasi bilan koʻrsating.
art31-content-identifiers = Soʻralayotgan maʼlumotlarning identifikatorlari va davri
art31-content-identifiers-identifiers = Soʻralayotgan maʼlumotlarning identifikatorlari
    .hint = Maʼlumotlari soʻralayotgan har bir hisob yozuvi, manzil yoki raqam. IP manzil uchun manba portini va aniq sana va vaqtni vaqt mintaqasi bilan birga koʻrsating: umumiy manzillardan foydalanilganda xizmat koʻrsatuvchi ularsiz abonentni aniqlay olmaydi.
art31-content-identifiers-period = Maʼlumotlar soʻralayotgan aniq davr
    .hint = Boshi va oxiri vaqt mintaqasi bilan. Faqat tergov uchun zarur boʻlgan davrni soʻrang: uzoq davrlarga (90 kundan ortiq) oid soʻrovlar haddan tashqari keng deb koʻpincha rad etiladi.
art31-content-data = Soʻralayotgan maʼlumotlar
art31-content-data-content = Soʻralayotgan mazmun toʻgʻrisidagi maʼlumotlar
    .hint = Faqat faktlar asoslab beradigan mazmunni koʻrsating; soʻrov yuborilgan davlatga buning uchun sud qarori kerak boʻlishi mumkin.
art31-content-data-content-messages = Saqlanayotgan xabarlar, shu jumladan chat va shaxsiy xabarlar
art31-content-data-content-emails = Ilovalari bilan saqlanayotgan elektron xatlar
art31-content-data-content-files = Saqlanayotgan fayllar va hujjatlar, shu jumladan bulutli xotiradagilar
art31-content-data-content-media = Fotosuratlar va videolar
art31-content-data-content-posts = Nashrlar, izohlar va boshqa eʼlon qilingan mazmun
art31-content-data-content-location = Joylashuv toʻgʻrisidagi saqlanayotgan axborot
art31-content-data-content-contacts = Kontaktlar roʻyxatlari va manzillar kitobchalari
art31-content-data-content-other = Boshqa
art31-content-data-content-other-detail = Soʻralayotgan boshqa mazmun toʻgʻrisidagi maʼlumotlar
art31-content-data-traffic = Soʻralayotgan trafik toʻgʻrisidagi maʼlumotlar
    .hint = { $basis ->
            [budapest] Mazmunga qoʻshimcha ravishda faqat zarur boʻlganini belgilang. Dastlabki sakkiz katakcha Konvensiya 1-moddasining d kichik bandidagi trafik toʻgʻrisidagi maʼlumotlar taʼrifiga mos keladi: kompyuter tizimi aloqa zanjirining bir qismi sifatida yaratgan maʼlumotlar.
           *[other] Mazmunga qoʻshimcha ravishda faqat zarur boʻlganini belgilang. Trafik toʻgʻrisidagi maʼlumotlar — kompyuter tizimi aloqa zanjirining bir qismi sifatida yaratgan maʼlumotlar.
        }
art31-content-data-traffic-origin = Aloqaning manbai
art31-content-data-traffic-destination = Aloqaning boradigan joyi
art31-content-data-traffic-route = Yoʻnalishi
art31-content-data-traffic-time = Vaqt
art31-content-data-traffic-date = Sana
art31-content-data-traffic-size = Hajmi
art31-content-data-traffic-duration = Davomiyligi
art31-content-data-traffic-service = Asosiy xizmat turi
art31-content-data-traffic-connection-log = IP ulanishlar tarixi: IP manzillar, manba portlari, sana va vaqtlari koʻrsatilgan kirish va chiqishlar
art31-content-data-traffic-headers = Elektron xatlar sarlavhalaridagi axborot, mazmunisiz
art31-content-data-traffic-other = Boshqa
art31-content-data-traffic-other-detail = Soʻralayotgan boshqa trafik toʻgʻrisidagi maʼlumotlar
art31-content-data-subscriber = Soʻralayotgan abonent toʻgʻrisidagi maʼlumotlar
    .hint = { $basis ->
            [budapest] Mazmunga qoʻshimcha ravishda faqat zarur boʻlganini belgilang. Dastlabki olti katakcha Konvensiya 18-moddasining 3-bandidagi abonent toʻgʻrisidagi maʼlumotlar taʼrifiga mos keladi.
           *[other] Mazmunga qoʻshimcha ravishda faqat zarur boʻlganini belgilang.
        }
art31-content-data-subscriber-service = Foydalanilgan aloqa xizmati turi, unga doir koʻrilgan texnik choralar va xizmat koʻrsatish davri
art31-content-data-subscriber-identity = Abonentning shaxsi
art31-content-data-subscriber-address = Pochta yoki geografik manzili
art31-content-data-subscriber-access-number = Telefon va boshqa kirish raqamlari
art31-content-data-subscriber-billing = Hisob-kitob va toʻlovlar toʻgʻrisidagi axborot
art31-content-data-subscriber-installation = Aloqa uskunasi oʻrnatilgan joy
art31-content-data-subscriber-email = Hisob yozuviga bogʻlangan elektron pochta manzillari
art31-content-data-subscriber-registration-ip = Roʻyxatdan oʻtish vaqtidagi IP manzil, sana va vaqt
art31-content-data-subscriber-other = Boshqa
art31-content-data-subscriber-other-detail = Soʻralayotgan boshqa abonent toʻgʻrisidagi maʼlumotlar
art31-content-measures = Soʻralayotgan choralar
    .hint = { $basis ->
            [budapest] 31-moddaning 1-bandi: soʻrov yuborilgan Tomon oʻz hududida saqlanayotgan maʼlumotlarni, shu jumladan 29-moddaga muvofiq saqlangan maʼlumotlarni tintuv qilishi yoki ularga shunga oʻxshash tarzda kirishi, olib qoʻyishi yoki shunga oʻxshash tarzda himoyalashi va oshkor qilishi mumkin.
           *[other] Soʻrov yuborilgan davlatdan oʻz hududida saqlanayotgan maʼlumotlar, shu jumladan allaqachon saqlangan maʼlumotlar bilan nima qilish soʻralayotgani: ularni tintuv qilish yoki ularga shunga oʻxshash tarzda kirish, ularni olib qoʻyish yoki shunga oʻxshash tarzda himoyalash va ularni oshkor qilish.
        }
art31-content-measures-search = Tintuv yoki shunga oʻxshash tarzda kirish
art31-content-measures-seizure = Olib qoʻyish yoki shunga oʻxshash tarzda himoyalash
art31-content-measures-disclosure = Oshkor qilish
art31-content-preservation = Maʼlumotlarni saqlash
art31-content-preservation-sought = Maʼlumotlarni saqlash avval soʻralganmi?
    .hint = { $basis ->
            [budapest] Maʼlumotlar Konvensiyaning 29-moddasiga muvofiq 24/7 tarmogʻi orqali yoki bevosita xizmat koʻrsatuvchida saqlanganmi. Chiquvchi raqam soʻrov yuborilgan organ va xizmat koʻrsatuvchiga saqlangan maʼlumotlarni topish imkonini beradi. Agar ushbu soʻrov 10-boʻlimda tavsiflangan saqlash toʻgʻrisidagi soʻrovning davomi boʻlsa, oʻsha sana va raqamni koʻrsating.
           *[other] Maʼlumotlar 24/7 tarmogʻi yoki soʻrov yuborilgan davlatning boshqa organi orqali yoxud bevosita xizmat koʻrsatuvchida saqlanganmi. Chiquvchi raqam soʻrov yuborilgan organ va xizmat koʻrsatuvchiga saqlangan maʼlumotlarni topish imkonini beradi. Agar ushbu soʻrov 10-boʻlimda tavsiflangan saqlash toʻgʻrisidagi soʻrovning davomi boʻlsa, oʻsha sana va raqamni koʻrsating.
        }
art31-content-preservation-sought-yes = Ha
art31-content-preservation-sought-no = Yoʻq
art31-content-preservation-date = Saqlash toʻgʻrisidagi soʻrov sanasi
art31-content-preservation-reference = Saqlash toʻgʻrisidagi soʻrov raqami
    .hint = Soʻrov yuborilgan organ yoki xizmat koʻrsatuvchi bergan raqam; bunday raqam berilmagan boʻlsa, oʻzingizning chiquvchi raqamingiz.
art31-content-relevance = Maʼlumotlarning tergovga aloqasi
    .hint = Har bir identifikator va soʻralayotgan maʼlumotlarning har bir turi jinoyat va gumon qilinuvchi bilan qanday bogʻliqligini, shuningdek bu maʼlumotlar xizmat koʻrsatuvchida bor deb nima uchun hisoblanishini tushuntiring.
art31-content-grounds = Mazmun toʻgʻrisidagi maʼlumotlarni tintuv qilish yoki taqdim etishni talab qilishning faktik asoslari
    .hint = Soʻrov yuborilgan davlatning majburlov choralariga qoʻyadigan talablariga javob beradigan aniq faktlar, masalan Amerika Qoʻshma Shtatlaridagi «probable cause» (asosli taxmin): hisob yozuvi jinoyat bilan bogʻliq holda foydalanilganini va uning dalillari soʻralayotgan mazmunda topilishi ehtimoli borligini koʻrsatadigan faktlar, shuningdek bu faktlar qachon sodir boʻlgani. Faqat xulosalar yoki gumonlar yetarli emas.
art31-content-dual-criminality = Ikki tomonlama jinoiylik
    .hint = { $basis ->
            [budapest] 13-boʻlimda tavsiflangan qilmish soʻrov yuborilgan davlat qonuni boʻyicha ham jinoyat ekanini, maʼlum boʻlsa tegishli normani keltirib tushuntiring. Konvensiyaning 25-moddasi 5-bandiga muvofiq, agar jinoyat asosidagi qilmish u yerda jinoyat hisoblansa, uning toifasi yoki nomidan qatʼi nazar, bu shart bajarilgan hisoblanadi.
           *[other] 13-boʻlimda tavsiflangan qilmish soʻrov yuborilgan davlat qonuni boʻyicha ham jinoyat ekanini, maʼlum boʻlsa tegishli normani keltirib tushuntiring.
        }
art31-content-use = Maʼlumotlardan foydalanishni cheklash
art31-content-use-undertakings = Soʻrov yuboruvchi organning majburiyatlari
    .hint = { $basis ->
            [budapest] 28-modda Tomonlar oʻrtasida yagona yoki oʻzaro qonunchilik asosidagi oʻzaro yordam toʻgʻrisidagi shartnoma yoki kelishuv amalda boʻlmagan hollarda qoʻllaniladi; aks holda oʻsha shartnoma yoki kelishuvning maxfiylik va foydalanishga oid qoidalari qoʻllaniladi.
           *[other] Maxfiylik va foydalanishni cheklash shartlari tanlangan xalqaro shartnomada, shartnoma boʻlmaganda esa soʻrov yuborilgan davlat tomonidan belgilanadi.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Soʻrov yuboruvchi organ soʻrov yuborilgan Tomon Konvensiyaning 28-moddasi 2-bandiga muvofiq belgilagan maxfiylik va foydalanishni cheklash shartlariga rioya qiladi
       *[other] Soʻrov yuboruvchi organ soʻrov yuborilgan davlat belgilagan maxfiylik va foydalanishni cheklash shartlariga rioya qiladi
    }
art31-content-use-undertakings-speciality = Maʼlumotlar, agar soʻrov yuborilgan Tomon boshqacha foydalanishga rozilik bermasa, faqat ushbu soʻrovda koʻrsatilgan tergov va ish yuritish uchun foydalaniladi (maxsuslik prinsipi)
art31-content-use-explanation = Maʼlumotlardan koʻzda tutilgan foydalanishning izohi
    .hint = Masalan, maʼlumotlarni himoya tomoniga oshkor qilish yoki bogʻliq ish yuritishda foydalanish zarur boʻladimi — soʻrov yuborilgan Tomon oʻz shartlarini shunga mos ravishda belgilay olishi uchun.
art31-content-service-provider = Maʼlumotlarni ushlab turgan xizmat koʻrsatuvchi
art31-content-service-provider-name = Xizmat koʻrsatuvchining nomi
    .hint = Xizmat koʻrsatuvchining xizmat koʻrsatish shartlarida yoki huquqni muhofaza qilish organlari uchun qoʻllanmasida koʻrsatilgan yuridik nomi.
art31-content-service-provider-address = Manzili yoki joylashgan joyi
art31-content-urgency = Shoshilinchlik
art31-content-urgency-urgent = Shoshilinch ijro etish soʻraladi
art31-content-urgency-reasons = Shoshilinchlik sabablari
    .hint = { $basis ->
            [budapest] Masalan, gumon qilinuvchi qamoqda saqlanmoqda, ish yuritish muddati tugamoqda yoki maʼlumotlarning yoʻqolishi yoki oʻzgartirilishi xavfi ayniqsa yuqori deb hisoblash uchun asoslar bor (31-moddaning 3-bandi).
           *[other] Masalan, gumon qilinuvchi qamoqda saqlanmoqda, ish yuritish muddati tugamoqda yoki maʼlumotlarning yoʻqolishi yoki oʻzgartirilishi xavfi ayniqsa yuqori deb hisoblash uchun asoslar bor.
        }
art31-content-urgency-deadline = Maʼlumotlar kerak boʻlgan muddat
art31-content-confidentiality = Maxfiylik
art31-content-confidentiality-confidential = Ushbu soʻrovning fakti va predmeti maxfiyligini, uni ijro etish uchun zarur boʻlgan darajadan tashqari, taʼminlashingizni soʻraymiz
art31-content-confidentiality-no-notification = Xizmat koʻrsatuvchidan abonentga yoki har qanday uchinchi shaxsga xabar bermaslikni soʻrang
    .hint = Soʻrov yuborilgan organdan xizmat koʻrsatuvchining amaliyoti yoki tizimi foydalanuvchini ogohlantirib qoʻyishi mumkinmi, soʻrang.
art31-content-confidentiality-reasons = Maxfiylik sabablari
    .hint = Masalan, gumon qilinuvchining dalillarni yoʻq qilishi, qochib ketishi yoki sheriklarini ogohlantirishi xavfi.
art31-content-form = Maʼlumotlarning shakli, haqiqiyligini tasdiqlash va dalillarni ushlab turish zanjiri
    .hint = Dalil sifatida qabul qilinishi uchun mazmunning haqiqiyligi odatda tasdiqlanishi kerak: sudlaringizga zarur boʻlganini belgilang, masalan xesh-qiymatlari boʻlgan kriminalistik nusxa va maʼlumotlar bilan ishlagan har bir shaxsning reyestri yoki xizmat koʻrsatuvchining ish yuritish yozuvlari haqiqiyligi toʻgʻrisidagi sertifikati.
art31-content-form-electronic = Oʻqiladigan formatdagi elektron nusxa
art31-content-form-certified = Tasdiqlangan nusxa
art31-content-form-certificate = Xizmat koʻrsatuvchining ish yuritish yozuvlari haqiqiyligi toʻgʻrisidagi sertifikati
art31-content-form-forensic = Xesh-qiymatlari boʻlgan kriminalistik nusxa
art31-content-form-custody = Dalillarni ushlab turish zanjiri reyestri
art31-content-form-other = Boshqa
art31-content-form-other-detail = Boshqa talab
