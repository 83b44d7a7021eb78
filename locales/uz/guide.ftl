# Bosh ekrandagi yoʻl tanlash qoʻllanmasi («Menga qaysi soʻrov kerak?»): beshta savol qaysi soʻrovdan
# boshlash kerakligini va keyingi qadamlarni, har biriga bir qatorlik asoslash bilan, koʻrsatadi.
# Qoʻllanma ommaga ochiq tavsiyalarga (BMTning Giyohvand moddalar va jinoyatchilik boʻyicha
# boshqarmasining Markaziy Osiyo va Janubiy Kavkaz uchun maslahatlari) muvofiq tavsiya beradi; qarorni
# mansabdor shaxs qabul qiladi. Soʻrov turlarining nomlari requests.ftl faylidan olinadi.

guide-title = Menga qaysi soʻrov kerak?
guide-intro = Beshta savol ommaga ochiq tavsiyalarga (BMTning Giyohvand moddalar va jinoyatchilik boʻyicha boshqarmasining tergovchilar va prokurorlar uchun maslahatlari) muvofiq qaysi soʻrovdan boshlash kerakligini va keyingi qadamlarni koʻrsatadi. Javoblaringiz shu sahifada qoladi: ular hech qayerda yozib olinmaydi va hech qayerga yuborilmaydi.

# 1-savol va uning variantlari.
guide-data = Sizga qanday maʼlumotlar kerak?
guide-data-subscriber = Abonent toʻgʻrisidagi maʼlumotlar: hisob qaydnomasining egasi kim
guide-data-traffic = Trafik toʻgʻrisidagi maʼlumotlar: IP manzillar, tizimga kirish yozuvlari, ulanish jurnallari
guide-data-content = Mazmun toʻgʻrisidagi maʼlumotlar: xabarlar, fayllar, rasmlar, eʼlonlar

# 2-savol; javobi guide-yes yoki guide-no.
guide-emergency = Kimningdir hayoti xavf ostidami yoki shaxsga jiddiy zarar yetkazilishi muqarrarmi?

# 3-savol va uning variantlari.
guide-reach = Xizmat koʻrsatuvchi ushbu maʼlumotlarga oid soʻrovlarni xorijiy organlardan bevosita qabul qiladimi?
    .hint = Masalan, Amerika Qoʻshma Shtatlarida joylashgan xizmat koʻrsatuvchilar xorijiy organlarga mazmun toʻgʻrisidagi maʼlumotlardan boshqa maʼlumotlarni bevosita oshkor qilishi mumkin. Ishonchingiz komil boʻlmasa, xizmat koʻrsatuvchidan yoki soʻrov yuborilgan davlatning organlaridan soʻrang.
guide-reach-direct = Ha, bevosita
guide-reach-state = Yoʻq, faqat soʻrov yuborilgan davlat orqali
guide-reach-unsure = Aniq bilmayman

# 4-savol; javobi guide-yes yoki guide-no.
guide-preserved = Maʼlumotlar allaqachon saqlanganmi?

# 5-savol va uning variantlari.
guide-basis = Davlatingizni soʻrov yuborilgan davlat bilan nima bogʻlaydi?
guide-basis-budapest = Ikkala davlat ham Budapesht konvensiyasining (Kiberjinoyatchilik toʻgʻrisidagi konvensiyaning) Tomonlari hisoblanadi
guide-basis-treaty = Boshqa shartnoma: ikki tomonlama, mintaqaviy yoki Birlashgan Millatlar Tashkilotining konvensiyasi
guide-basis-reciprocity = Shartnoma yoʻq: oʻzarolik prinsipi yoki milliy qonunchilik

guide-yes = Ha
guide-no = Yoʻq

# Barcha savollarga javob berilgandan keyin koʻrsatiladigan tavsiya.
guide-incomplete = Nimadan boshlash kerakligini koʻrish uchun har bir savolga javob bering.
guide-advice = Nimadan boshlash kerak
guide-fallback = Agar xizmat koʻrsatuvchi javob bermasa yoki rad etsa
# Har bir tavsiya etilgan soʻrovning tugmasi: shu turdagi yangi loyihani ochadi.
guide-open = Ushbu soʻrovni boshlash
guide-disclaimer = Bu — ommaga ochiq tavsiyalarga asoslangan tavsiya, huquqiy xulosa emas: qarorni siz, zarur hollarda soʻrov yuborilgan davlatning organlari bilan birgalikda qabul qilasiz.

# Har bir soʻrov nima uchun tavsiya etilishi (har biri bir qator).
guide-why-emergency-provider = Xizmat koʻrsatuvchining favqulodda vaziyatda oshkor qilish kanalidan foydalaning (soʻrovning 3-boʻlimi): xizmat koʻrsatuvchi kimningdir hayoti xavf ostida deb hisoblaganda maʼlumotlarni oshkor qilish-qilmaslikni oʻzi hal qiladi.
guide-why-emergency-network = Soʻrovni oʻz davlatingizning 24/7 aloqa punkti orqali yoki favqulodda vaziyatda oʻzaro huquqiy yordam toʻgʻrisidagi soʻrov sifatida yuboring. 3-boʻlimda Ikkinchi qoʻshimcha protokolning 9-moddasini yoki 10-moddasini faqat Protokol ikkala davlat uchun ham kuchga kirgan boʻlsa tanlang; aks holda kanal va huquqiy asosni koʻrsating.
guide-why-emergency-other = Soʻrovni soʻrov yuborilgan davlatning vakolatli organiga yuboring; 3-boʻlimda kanal va huquqiy asosni (shartnomani yoki oʻzarolik prinsipini) koʻrsating.
guide-why-preserve-provider = Maʼlumotlar istalgan vaqtda oʻchirib yuborilishi mumkinligi sababli, avval ularni saqlashni taʼminlang: soʻrovni bevosita xizmat koʻrsatuvchiga, uning nusxasini esa soʻrov yuborilgan davlatning vakolatli organiga yuboring.
guide-why-preserve-network = Maʼlumotlar istalgan vaqtda oʻchirib yuborilishi mumkinligi sababli, avval ularni saqlashni taʼminlang: soʻrovni oʻz davlatingizning 24/7 aloqa punkti orqali yuboring (24/7 tarmogʻi, Budapesht konvensiyasining 35-moddasi).
guide-why-preserve-authority = Maʼlumotlar istalgan vaqtda oʻchirib yuborilishi mumkinligi sababli, avval ularni saqlashni taʼminlang: agar ikkala davlat ham 24/7 tarmogʻiga aʼzo boʻlsa, soʻrovni 24/7 tarmogʻi orqali, aks holda soʻrov yuborilgan davlatning tergov yoki jinoiy taqib organiga yuboring.
guide-why-provider-disclosure = Maʼlumotlarni xizmat koʻrsatuvchidan soʻrang: baʼzi xizmat koʻrsatuvchilar xorijiy organlarga mazmun toʻgʻrisidagi maʼlumotlardan boshqa maʼlumotlarni bevosita oshkor qiladi va buni qilish-qilmaslikni oʻzlari hal qiladi.
guide-why-fallback = Soʻrov yuborilgan davlat orqali yuboriladigan, ayni shu maʼlumotlarga oid oʻzaro huquqiy yordam toʻgʻrisidagi soʻrov.
guide-why-mla = Maʼlumotlarni oʻzaro huquqiy yordam tartibida oling: maʼlumotlar saqlangandan keyin soʻrovni kechiktirmasdan tayyorlang.
guide-why-mla-content = Mazmun toʻgʻrisidagi maʼlumotlar oʻzaro huquqiy yordam tartibida olinadi: masalan, Amerika Qoʻshma Shtatlarida joylashgan xizmat koʻrsatuvchilar xorijiy organlarga bevosita faqat mazmun toʻgʻrisidagi maʼlumotlardan boshqa maʼlumotlarni oshkor qilishi mumkin. Maʼlumotlar saqlangandan keyin soʻrovni kechiktirmasdan tayyorlang.

# Qoʻllanilganda tavsiyani aniqlashtiradigan izohlar.
guide-note-unsure = Xizmat koʻrsatuvchi soʻrovlarni xorijiy organlardan bevosita qabul qilish-qilmasligini xizmat koʻrsatuvchidan va soʻrov yuborilgan davlatning organlaridan aniqlang: baʼzilari huquqni muhofaza qilish organlari bilan hamkorlikka unchalik moyil emas. Bu aniqlanguncha yoʻl soʻrov yuborilgan davlat orqali oʻtadi.
guide-note-emergency = Favqulodda vaziyatdagi soʻrovda undan keyingi huquqiy tartib-taomil koʻrsatiladi: keyingi soʻrovlar maʼlumotlarni dalil sifatida olish uchun aynan oʻsha keyingi tartib-taomil hisoblanadi.
guide-note-preserved = Oshkor qilish toʻgʻrisidagi soʻrovni saqlash muddati tugashidan oldin yuboring: saqlash muddatlari davlatga va xizmat koʻrsatuvchiga qarab turlicha boʻladi.
guide-note-treaty = Soʻrovlarning oʻsha turlari qoʻllaniladi: shaklda huquqiy asos sifatida shartnomani tanlang va uning matnidan har bir chorani, ayniqsa tezkor saqlash chorasini, qaysi modda nazarda tutishini tekshiring.
guide-note-reciprocity = Soʻrovlarning oʻsha turlari qoʻllaniladi: shaklda huquqiy asos sifatida oʻzarolik prinsipini yoki milliy qonunchilikni tanlang. Shartnoma boʻlmagan taqdirda soʻrov yuborilgan davlatning yordam koʻrsatish-koʻrsatmasligi va uni qanday koʻrsatishi uning qonunchiligiga bogʻliq: avval uning organlari bilan maslahatlashing.
