# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Barcha soʻrovlar
home-start = Yangi soʻrovni boshlash
home-use-art29-preservation = Shu yerdan boshlang: maʼlumotlar oʻchirib yuborilishidan oldin ularni darhol saqlashni taʼminlang.
home-use-art31-subscriber = Maʼlumotlar saqlangandan keyin abonent toʻgʻrisidagi maʼlumotlarni oʻzaro huquqiy yordam tartibida olish uchun.
home-use-art31-traffic = Maʼlumotlar saqlangandan keyin trafik toʻgʻrisidagi maʼlumotlarni oʻzaro huquqiy yordam tartibida olish uchun.
home-use-art31-content = Maʼlumotlar saqlangandan keyin mazmun toʻgʻrisidagi maʼlumotlarni oʻzaro huquqiy yordam tartibida olish uchun.
home-use-emergency-disclosure = Faqat shaxsning hayoti yoki xavfsizligiga bevosita xavf tugʻilganda.
home-use-provider-preservation = Xizmat koʻrsatuvchi xorijiy organlarning soʻrovlarini bevosita qabul qilsa: maʼlumotlarni darhol saqlashni taʼminlang.
home-use-provider-disclosure = Maʼlumotlar saqlangandan keyin xizmat koʻrsatuvchidan mazmun toʻgʻrisidagi maʼlumotlardan boshqa maʼlumotlarni bevosita soʻrash uchun.
home-drafts = Ushbu brauzerdagi loyihalar
home-no-drafts = Hozircha loyihalar yoʻq.
home-untitled = Chiquvchi raqamsiz loyiha
home-country = Soʻrov yuborilgan davlat
home-edited = Oxirgi tahrir
home-duplicate = Nusxasini yaratish
home-rename = Nomini oʻzgartirish
home-name = Loyiha nomi
home-save-name = Nomni saqlash
home-cancel = Bekor qilish
home-delete = Oʻchirish
home-export = Faylga eksport qilish
home-import = Loyiha faylini import qilish
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Loyiha oʻchirildi: { $name }.
home-undo = Qaytarish
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Loyiha import qilindi: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Bu loyiha bu yerda allaqachon mavjud edi, shuning uchun nusxa sifatida import qilindi: { $name }.
home-import-malformed = Bu fayl Tandem loyihasi emas. Hech narsa oʻzgartirilmadi.
home-import-too-large = Bu fayl Tandem loyihasi uchun juda katta. Hech narsa oʻzgartirilmadi.
home-import-newer = Bu loyiha Tandem dasturining yangiroq versiyasida yaratilgan. Hech narsa oʻzgartirilmadi.
home-import-unknown = Bu loyiha Tandem dasturining ushbu versiyasida mavjud boʻlmagan soʻrov turiga tegishli. Hech narsa oʻzgartirilmadi.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Ushbu brauzer uni saqlashni rad etdi ({ $reason }). Hech narsa oʻzgartirilmadi.
home-not-found = Bu loyiha ushbu brauzerda yoʻq.
home-saving = Saqlanmoqda…
home-preview = PDF ni oldindan koʻrish
home-preview-title = PDF hujjatini oldindan koʻrish
home-preview-download = Ushbu PDF hujjatini yuklab olish
