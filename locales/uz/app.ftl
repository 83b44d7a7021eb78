# Screens of the app.

app-name = Tandem
app-tagline = Elektron dalillar boʻyicha transchegaraviy soʻrovlar, ikki tilda
app-ui-language = Interfeys tili
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = mashina tarjimasi, hali tekshirilmagan
app-language-search = Tilni topish (nomi yoki kodi)
app-language-none = Yozganingizga mos til yoʻq.
app-language-group-latin = Lotin yozuvi
app-language-group-cyrillic = Kirill yozuvi
app-language-group-rtl = Arab va ivrit yozuvlari
app-language-group-other = Boshqa yozuvlar
app-document-languages = Hujjat tillari
app-document-language-a = Soʻrov yuboruvchi organning tili
app-document-language-b = Soʻrov yuborilgan davlatning tili
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Soʻrov yuboruvchi organning tili va soʻrov yuborilgan davlatning tili oʻrin almashdi: hujjatning ikki tili doimo har xil. PDF bitta tilda kerak boʻlsa, bu yerda ikki tilni qoldiring va eksport qilishda bir tilli maketni tanlang.
app-export-pdf = PDF eksport qilish
app-export-consultation = Kelishish uchun loyihani eksport qilish
app-exporting = PDF tayyorlanmoqda…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = PDF yaratilmadi: { $reason }
app-export-font-missing = { $font } shrifti bu qurilmada hali yoʻq. U ushbu tilda PDF birinchi marta internetga ulangan holda yaratilganda saqlanadi: bir marta ulaning va PDFni qaytadan yarating.
app-saved = Ushbu brauzerda saqlandi
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Ushbu brauzer loyihani saqlashni rad etdi ({ $reason }). Hech narsa yoʻqolmasligi uchun uni hozir yuklab oling.
app-download-draft = Loyihani yuklab olish
app-privacy = Hammasi ushbu brauzerda qoladi: siz kiritgan hech narsa hech qayerga yuborilmaydi.
app-request-type = Soʻrov turi
app-template-loading = Soʻrovning bu turi yuklanmoqda…
app-template-failed = Soʻrovning bu turini yuklab boʻlmadi. Ulanishni tekshiring va qayta urinib koʻring: hech narsa yoʻqolmadi.
app-load-failed = Tandem dasturining bu qismini yuklab boʻlmadi. Ulanishni tekshiring va qayta urinib koʻring: hech narsa yoʻqolmadi.
app-choose = Tanlang…
app-required = majburiy
app-errors-heading = Xatolik bor
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] { $total } ta majburiy banddan { $done } tasi toʻldirildi
    [one] { $total } ta majburiy banddan { $done } tasi toʻldirildi · { $translate } ta javob tarjima qilinishi kerak
   *[other] { $total } ta majburiy banddan { $done } tasi toʻldirildi · { $translate } ta javob tarjima qilinishi kerak
}

# Repeatable rows and identifiers.
app-add-row = Qator qoʻshish
app-remove-row = Oʻchirish
app-move-up = Yuqoriga surish
app-move-down = Pastga surish
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Qator { $number }
app-add-identifier = Identifikator qoʻshish
identifier-type = Identifikator turi
identifier-type-ip = IP manzil
identifier-type-email = Elektron pochta manzili
identifier-type-phone = Telefon raqami
identifier-type-account = Hisob yozuvi yoki foydalanuvchi identifikatori
identifier-type-username = Foydalanuvchi nomi
identifier-type-url = URL manzil
identifier-type-domain = Domen nomi
identifier-type-device = Qurilma identifikatori (IMEI, MAC manzil, seriya raqami)
identifier-value = Identifikator
identifier-port = Manba porti
identifier-at = Foydalanilgan sana va vaqt
identifier-from = Maʼlumotlar davrining boshi
identifier-to = Maʼlumotlar davrining oxiri
app-date = Sana
app-time = Vaqt
app-time-zone = Vaqt mintaqasi
app-choose-time-zone = Vaqt mintaqasini tanlang…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — soʻrov yuboruvchi organning vaqt mintaqasi
app-currency = Valyuta
app-utc-equivalent = UTC boʻyicha vaqt
app-translation = Hujjatning boshqa tilidagi matni

# Validation messages, shown at the field and in the summary.
validation-required = Ushbu savolga javob bering.
validation-choose-one = Variantlardan birini tanlang.
validation-exclusive = «Yuqoridagilarning hech biri» variantini boshqa variant bilan birga belgilab boʻlmaydi.
validation-email = Elektron pochta manzilini kiriting, masalan name@example.org.
validation-phone = Raqamni xalqaro formatda, + belgisi va mamlakat kodidan boshlab kiriting, masalan +995 32 200 00 00.
validation-url = https:// yoki http:// bilan boshlanadigan toʻliq veb-manzilni kiriting.
validation-domain = Domen nomini kiriting, masalan example.org.
validation-ip = IPv4 manzilini (masalan 192.0.2.10) yoki IPv6 manzilini (masalan 2001:db8::1) kiriting.
validation-port = 1 dan 65535 gacha boʻlgan port raqamini kiriting.
validation-ip-port-missing = Manba portini koʻrsating: umumiy manzillardan foydalanilganda xizmat koʻrsatuvchi usiz abonentni aniqlay olmasligi mumkin.
validation-ip-time-missing = IP manzildan foydalanilgan aniq sana va vaqtni vaqt mintaqasi bilan birga koʻrsating.
validation-date = Sanani yil-oy-kun koʻrinishida kiriting, masalan 2026-11-22.
validation-date-time = Sana va vaqtni kiriting.
validation-time-zone-missing = Ushbu vaqtning vaqt mintaqasini tanlang.
validation-time-zone = Vaqt mintaqasini tanlang.
validation-country = Roʻyxatdan davlatni tanlang.
validation-amount = Summani raqamlar bilan kiriting, tiyinlardan oldin nuqta qoʻying, masalan 4500 yoki 4500.50.
validation-currency = Summaning valyutasini tanlang.
validation-identifier-type = Identifikator turini tanlang.
validation-identifier-missing = Soʻralayotgan maʼlumotlarning kamida bitta identifikatorini qoʻshing.
validation-range-open = Davrning boshini ham, oxirini ham koʻrsating.
validation-range-order = Davrning oxiri uning boshidan oldin turibdi.
validation-dates-order = Bu sana oʻzidan oldin boʻlishi kerak boʻlgan sanadan ertaroq.
validation-us-damage-threshold = Amerika Qoʻshma Shtatlari odatda zarari 5 000 AQSh dollaridan kam boʻlgan ishlar boʻyicha soʻrovlarni ijro etishni rad etadi: ushbu soʻrov u yerda ijro etilishi mumkinligini baholang.
validation-period-long = Bu davr ushbu turdagi soʻrovlar uchun odatda asosli deb hisoblanadigan davrdan uzunroq: faqat tergov uchun zarur boʻlgan davrni soʻrang yoki sababini soʻrovda tushuntiring.
validation-recommended = Tavsiya etiladi: busiz soʻrovlar koʻpincha rad etiladi yoki qaytariladi.
validation-answers-differ = Bu javob soʻrovda avval berilgan xuddi shu maʼlumotdan farq qiladi.
validation-untranslated = Ushbu javobning hujjatning boshqa tilidagi matnini kiriting yoki «Ikkala tilda bir xil» yoxud «Tarjimasiz qoldirish» belgisini qoʻying.
validation-answers-contradict = Bu javob soʻrov maqomiga zid: saqlash toʻgʻrisidagi soʻrovning davomi saqlash soʻralganligini bildiradi.
app-layout = PDF maketi
app-layout-side-by-side = Hujjatning ikkala tili yonma-yon
app-layout-target-only = Faqat soʻrov yuborilgan davlatning tili
app-layout-single = Faqat soʻrov yuboruvchi organning tili
