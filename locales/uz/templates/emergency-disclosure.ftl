# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Kiberjinoyatchilik toʻgʻrisidagi konvensiyaga Ikkinchi qoʻshimcha protokolning (CETS № 224) 9-moddasi, 24/7 tarmogʻi orqali; Protokol faqat uning Tomonlari boʻlgan davlatlar oʻrtasida qoʻllaniladi
        [protocol-art10] Kiberjinoyatchilik toʻgʻrisidagi konvensiyaga Ikkinchi qoʻshimcha protokolning (CETS № 224) 10-moddasi; Protokol faqat uning Tomonlari boʻlgan davlatlar oʻrtasida qoʻllaniladi
        [provider] Favqulodda vaziyatda maʼlumotlarni ixtiyoriy oshkor qilish toʻgʻrisida xizmat koʻrsatuvchiga soʻrov
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Sana
emergency-disclosure-reference = Chiquvchi raqam / ish raqami

emergency-disclosure-channel = Kanal va huquqiy asos
emergency-disclosure-channel-basis = Ushbu soʻrov uchun foydalanilgan kanal
    .hint = { $match ->
        [general] Tanlangan xalqaro shartnomada favqulodda vaziyatdagi soʻrovlar toʻgʻrisida modda yoʻq: soʻrov uning soʻrov boshida keltirilgan shoshilinch soʻrovlar va oʻzaro yordam toʻgʻrisidagi qoidalariga asoslanadi.
        [user] Shartnomani va soʻrov asoslanadigan moddalarni koʻrsating: ular soʻrov boshida chop etiladi.
       *[other] Ikkinchi qoʻshimcha protokolning 9-moddasi: soʻrov yuborilgan davlatdagi xizmat koʻrsatuvchida turgan maʼlumotlar uchun 24/7 tarmogʻi orqali. 10-modda: markaziy yoki vakolatli organ orqali favqulodda vaziyatda oʻzaro yordam. Protokol faqat u kuchga kirgan davlatlar oʻrtasida qoʻllaniladi: ulardan birini tanlashdan oldin uning ikkala davlat uchun ham kuchga kirganini tekshiring. Ikkala davlat uchun ham majburiy boʻlgan boshqa shartnoma: soʻrov uning shoshilinch soʻrovlar va oʻzaro yordam toʻgʻrisidagi qoidalariga asoslanadi. Oʻzarolik prinsipi: hech qanday shartnoma qoʻllanilmaydi. Xizmat koʻrsatuvchining favqulodda vaziyatlar uchun kanali: soʻrov bevosita xizmat koʻrsatuvchiga yuboriladi, u maʼlumotlarni oshkor qilish-qilmaslikni oʻzi hal qiladi; hech qanday shartnomaga havola qilinmaydi.
    }
emergency-disclosure-channel-basis-protocol-art9 = Favqulodda vaziyatda 24/7 tarmogʻi orqali tezkor oshkor qilish (Ikkinchi qoʻshimcha protokolning 9-moddasi)
emergency-disclosure-channel-basis-protocol-art10 = Favqulodda vaziyatda oʻzaro yordam (Ikkinchi qoʻshimcha protokolning 10-moddasi)
emergency-disclosure-channel-basis-provider = Xizmat koʻrsatuvchining favqulodda vaziyatda oshkor qilish kanali

emergency-disclosure-addressee = Soʻrov yuborilgan davlat va adresat
emergency-disclosure-addressee-country = Soʻrov yuborilgan davlat
    .hint = Bevosita xizmat koʻrsatuvchiga yuboriladigan soʻrov uchun: xizmat koʻrsatuvchi taʼsis etilgan davlat.
emergency-disclosure-addressee-name = Adresat: organ yoki xizmat koʻrsatuvchi
    .hint = Ushbu soʻrov yuboriladigan 24/7 aloqa punkti, markaziy yoki vakolatli organ yoxud xizmat koʻrsatuvchi.
emergency-disclosure-addressee-address = Manzil
emergency-disclosure-addressee-portal = Huquqni muhofaza qilish organlarining soʻrovlari uchun portal yoki veb-shakl
emergency-disclosure-addressee-email = Elektron pochta
emergency-disclosure-addressee-provider = Maʼlumotlarni ushlab turgan xizmat koʻrsatuvchi, agar u adresat boʻlmasa: nomi va manzili
    .hint = Protokolning 9-moddasi boʻyicha soʻrov uchun majburiy (9-moddaning 3-bandi c kichik bandi): soʻrov yuborilgan davlatdagi maʼlumotlarni ushlab turgan xizmat koʻrsatuvchining nomi va manzili.

emergency-disclosure-requesting-authority = Soʻrov yuboruvchi organ
emergency-disclosure-requesting-authority-authority = Vakolatli organ
emergency-disclosure-requesting-authority-officer = Soʻrov yuboruvchi mansabdor shaxs
emergency-disclosure-requesting-authority-position = Lavozimi
emergency-disclosure-requesting-authority-address = Manzil
emergency-disclosure-requesting-authority-phone = Telefon
    .hint = Xalqaro formatda: favqulodda vaziyat davom etgan butun vaqt mobaynida istalgan soatda javob beriladigan raqam.
emergency-disclosure-requesting-authority-mobile = Mobil telefon
emergency-disclosure-requesting-authority-email = Elektron pochta
    .hint = Organingizning rasmiy manzili: xizmat koʻrsatuvchilar shaxsiy manzillardan kelgan soʻrovlarga javob bermasligi mumkin.
emergency-disclosure-requesting-authority-time-zone = Vaqt mintaqasi
    .hint = Idorangizning UTC ga nisbatan siljish koʻrinishidagi vaqt mintaqasi. Boshqacha koʻrsatilmagan boʻlsa, ushbu soʻrovdagi barcha vaqtlar shu mintaqa boʻyicha tushuniladi.
emergency-disclosure-requesting-authority-reachable = Favqulodda vaziyat davom etayotgan vaqtda soʻrov yuboruvchi mansabdor shaxs bilan istalgan soatda yuqoridagi telefon raqamlari orqali bogʻlanish mumkin
    .hint = Shoshilinch soʻrov istalgan soatda javob beradigan shaxsni talab qiladi. Agar siz buni qila olmasangiz, yuqorida 24/7 aloqa punktining raqamini koʻrsating.

emergency-disclosure-authoriser = Rahbar yoki ruxsat bergan mansabdor shaxs
emergency-disclosure-authoriser-name = Ism-sharifi
    .hint = Ushbu shoshilinch soʻrovga ruxsat bergan va uni soʻrov yuborilgan davlatga yoki xizmat koʻrsatuvchiga tasdiqlay oladigan mansabdor shaxs.
emergency-disclosure-authoriser-position = Lavozimi
emergency-disclosure-authoriser-phone = Telefon
emergency-disclosure-authoriser-email = Elektron pochta

emergency-disclosure-offences = Jinoyat(lar)
emergency-disclosure-offences-offence = Tergov qilinayotgan jinoyatlar
    .hint = Har bir jinoyat uchun bitta qator, uning huquqiy normasi va jazoning eng yuqori chegarasi bilan.
emergency-disclosure-offences-offence-description = Jinoyat
emergency-disclosure-offences-offence-provision = Huquqiy norma
emergency-disclosure-offences-offence-penalty = Jazoning eng yuqori chegarasi
emergency-disclosure-mla = Milliy huquqiy asos va soʻralayotgan oʻzaro yordam
emergency-disclosure-mla-domestic-legal-basis = Milliy huquqiy asos
    .hint = Ish tergov qilinayotgan va ushbu soʻrov yuborilayotgan milliy qonunchiligingiz normalari. Favqulodda vaziyatda oʻzaro yordam uchun majburiy (Protokolning 10-moddasi); barcha yoʻllar uchun tavsiya etiladi, chunki busiz soʻrovlar koʻpincha rad etiladi.
emergency-disclosure-mla-prosecution = Masʼul prokuratura yoki sud va ish raqami
    .hint = Favqulodda vaziyatda oʻzaro yordam uchun: ishni yuritayotgan sud organi, agar mavjud boʻlsa.
emergency-disclosure-mla-assistance = Soʻralayotgan yordam
    .hint = Favqulodda vaziyatda oʻzaro yordam uchun: soʻrov yuborilgan davlatdan nima qilish soʻraladi, masalan xizmat koʻrsatuvchini 9-boʻlimda tavsiflangan maʼlumotlarni oshkor qilishga va ularni soʻrov yuboruvchi organga topshirishga majburlash.
emergency-disclosure-mla-procedure = Ijro etishda rioya qilinishi kerak boʻlgan tartib-taomillar
    .hint = Favqulodda vaziyatda oʻzaro yordam uchun, qonuningiz talab qilsa: masalan yozuvlarning haqiqiyligi toʻgʻrisidagi sertifikat yoki maʼlumotlar dalil sifatida maqbul boʻlishi uchun ularni olish shakli.

emergency-disclosure-emergency = Favqulodda vaziyat
emergency-disclosure-emergency-risk = Xavf turi
emergency-disclosure-emergency-risk-kidnapping = Odam oʻgʻirlash yoki garovga olish
emergency-disclosure-emergency-risk-threat-to-kill = Oʻldirish bilan tahdid qilish
emergency-disclosure-emergency-risk-suicide = Oʻz joniga qasd qilish xavfi
emergency-disclosure-emergency-risk-child = Bolaning hayoti yoki xavfsizligiga xavf
emergency-disclosure-emergency-risk-terrorism = Terroristik tahdid
emergency-disclosure-emergency-risk-bomb = Portlatish tahdidi
emergency-disclosure-emergency-risk-other = Hayot yoki xavfsizlikka boshqa xavf
emergency-disclosure-emergency-risk-other-detail = Xavf turi
emergency-disclosure-emergency-facts = Jismoniy shaxsning hayoti yoki xavfsizligiga jiddiy va bevosita xavf borligini koʻrsatadigan faktlar
    .hint = { $basis ->
            [protocol2] Kim xavf ostida ekanini (ism-sharifi yoki tavsifi), xavf nimadan iboratligini, u nima uchun istalgan daqiqada amalga oshishi mumkinligini, shuningdek axborot qayerdan va qachon olinganini (vaqt mintaqasi bilan) koʻrsating. Shunchaki ehtimoliy yoki bevosita boʻlmagan xavf Protokol maʼnosidagi favqulodda vaziyat hisoblanmaydi.
           *[other] Kim xavf ostida ekanini (ism-sharifi yoki tavsifi), xavf nimadan iboratligini, u nima uchun istalgan daqiqada amalga oshishi mumkinligini, shuningdek axborot qayerdan va qachon olinganini (vaqt mintaqasi bilan) koʻrsating. Shunchaki ehtimoliy yoki bevosita boʻlmagan xavf favqulodda vaziyat hisoblanmaydi.
        }
emergency-disclosure-emergency-relation = Soʻralayotgan maʼlumotlarning favqulodda vaziyatga aloqasi
    .hint = Maʼlumotlar xavfning oldini olishga qanday yordam berishini, masalan xavf ostidagi shaxsning joylashgan joyini aniqlash yoki tahdid qilayotgan shaxsni aniqlash orqali, shuningdek ular ushbu xizmat koʻrsatuvchida bor deb nima uchun hisoblanishini koʻrsating.
emergency-disclosure-emergency-urgency = Maʼlumotlarni nima uchun saqlash va oʻzaro huquqiy yordam orqali oʻz vaqtida olib boʻlmaydi
    .hint = Zarar qanchalik tez yuz berishi mumkinligini va nima uchun saqlash toʻgʻrisidagi soʻrov hamda undan keyingi oʻzaro huquqiy yordam toʻgʻrisidagi soʻrov yoki taqdim etish toʻgʻrisidagi buyruq maʼlumotlarni oʻz vaqtida ola olmasligini koʻrsating.
emergency-disclosure-emergency-needed-by = Maʼlumotlar kerak boʻlgan muddat
    .hint = Maʼlumotlar hali yordam bera oladigan eng soʻnggi vaqt, vaqt mintaqasi bilan. Maʼlumotlar darhol kerak boʻlsa, boʻsh qoldiring.

emergency-disclosure-data = Soʻralayotgan maʼlumotlar
emergency-disclosure-data-identifiers = Soʻralayotgan maʼlumotlarning identifikatorlari
    .hint = Har bir hisob yozuvi, manzil yoki raqam xizmatda koʻrsatilganidek aniq. IP manzil uchun manba portini va aniq sana va vaqtni vaqt mintaqasi bilan birga koʻrsating: manzillardan umumiy foydalanilganda xizmat koʻrsatuvchi ularsiz foydalanuvchini aniqlay olmaydi.
emergency-disclosure-data-period = Soʻralayotgan maʼlumotlarning davri
    .hint = Favqulodda vaziyat imkon bergan darajada tor, har bir chegarasi vaqt mintaqasi bilan: favqulodda vaziyat bir necha kundan ortiq davrni kamdan-kam asoslaydi (7 kundan ortiq davr belgilab qoʻyiladi).
emergency-disclosure-data-categories = Soʻralayotgan maʼlumotlarning toifalari
    .hint = Faqat favqulodda vaziyat talab qiladigan maʼlumotlarni soʻrang. Baʼzi davlatlardagi, masalan Amerika Qoʻshma Shtatlaridagi, xizmat koʻrsatuvchilar xorijiy organlarga bevosita faqat mazmun toʻgʻrisidagi maʼlumotlardan boshqa maʼlumotlarni oshkor qilishi mumkin.
emergency-disclosure-data-categories-subscriber = Abonent toʻgʻrisidagi maʼlumotlar
emergency-disclosure-data-categories-traffic = Trafik toʻgʻrisidagi maʼlumotlar
emergency-disclosure-data-categories-content = Mazmun toʻgʻrisidagi maʼlumotlar
emergency-disclosure-data-categories-location = Joylashuv toʻgʻrisidagi maʼlumotlar
emergency-disclosure-data-categories-other = Boshqa maʼlumotlar
emergency-disclosure-data-categories-other-detail = Soʻralayotgan boshqa maʼlumotlar

emergency-disclosure-instructions = Maxsus protsessual koʻrsatmalar
emergency-disclosure-instructions-confidentiality = Maxfiylik: foydalanuvchiga yoki har qanday uchinchi shaxsga ushbu soʻrov haqida xabar bermang
    .hint = Baʼzi xizmat koʻrsatuvchilar, agar ulardan xabar bermaslik soʻralmasa, oʻz foydalanuvchilariga soʻrovlar haqida xabar beradi. Foydalanuvchi soʻrov haqida bilib qolsa, xavf ostidagi shaxs zarar koʻrishi mumkin.
emergency-disclosure-instructions-format = Maʼlumotlarning afzal formati
emergency-disclosure-instructions-format-electronic = Elektron va mashinada oʻqiladigan (masalan elektron jadval yoki CSV fayl)
emergency-disclosure-instructions-format-document = Elektron hujjat (PDF)
emergency-disclosure-instructions-format-usual = Xizmat koʻrsatuvchi odatda foydalanadigan format
emergency-disclosure-instructions-format-other = Boshqa format
emergency-disclosure-instructions-format-other-detail = Maʼlumotlar formati
emergency-disclosure-instructions-other = Maʼlumotlarni olishga yordam berishi mumkin boʻlgan boshqa koʻrsatmalar yoki axborot

emergency-disclosure-follow-up = Keyingi huquqiy tartib-taomil
emergency-disclosure-follow-up-process = Ushbu soʻrovdan keyingi huquqiy tartib-taomil
    .hint = Favqulodda vaziyatda oshkor qilingan maʼlumotlar dalil sifatida foydalanilishi uchun rasmiy huquqiy tartib-taomil orqali qayta soʻraladimi.
emergency-disclosure-follow-up-process-mla = Oʻzaro huquqiy yordam toʻgʻrisidagi soʻrov
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Ikkinchi qoʻshimcha protokolning 7-moddasiga muvofiq xizmat koʻrsatuvchiga taqdim etish toʻgʻrisidagi buyruq
       *[other] Xizmat koʻrsatuvchiga taqdim etish toʻgʻrisidagi buyruq
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Kompyuterda saqlanayotgan maʼlumotlarni tezkor saqlash toʻgʻrisidagi soʻrov (Konvensiyaning 29-moddasi)
        [protocol2] Kompyuterda saqlanayotgan maʼlumotlarni tezkor saqlash toʻgʻrisidagi soʻrov (Konvensiyaning 29-moddasi)
       *[other] Kompyuterda saqlanayotgan maʼlumotlarni tezkor saqlash toʻgʻrisidagi soʻrov
    }
emergency-disclosure-follow-up-process-none = Keyingi huquqiy tartib-taomil koʻzda tutilmagan
emergency-disclosure-follow-up-process-other = Boshqa huquqiy tartib-taomil
emergency-disclosure-follow-up-process-other-detail = Huquqiy tartib-taomil
emergency-disclosure-follow-up-expected-date = Yuborishning kutilayotgan sanasi
    .hint = Keyingi huquqiy tartib-taomil koʻzda tutilmagan boʻlsa, boʻsh qoldiring.
emergency-disclosure-follow-up-details = Keyingi tartib-taomil tafsilotlari yoki u nima uchun koʻzda tutilmagani
