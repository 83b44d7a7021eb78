# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Kelib tushgan soʻrovlar
received-intro = Boshqa organ Tandem dasturida tuzgan soʻrov bu yerda faqat oʻqish uchun ochiladi, har bir yozuv, belgi, davlat va sana ushbu ekran tilida koʻrsatiladi. Fayl ushbu brauzerda qoladi.
received-open = Kelib tushgan soʻrovni ochish (uning PDF hujjati yoki loyiha fayli)
received-none = Hozircha kelib tushgan soʻrov yoʻq.
# Terms of a request received in the list (each followed by its value).
received-from = Soʻrov yuboruvchi organ
received-reference = Chiquvchi raqam
received-date = Kelib tushgan sana
received-delete = Oʻchirish
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Kelib tushgan soʻrov oʻchirildi: { $title }. Uni qaytarish uchun uning faylini qayta oching.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Bu faylning hajmi { $limit } kB dan katta, bu Tandem dasturida tuzilgan har qanday soʻrovdan katta. Hech narsa saqlanmadi.
received-refused-not-pdf = Bu fayl na PDF hujjat, na Tandem loyiha fayli. Hech narsa saqlanmadi.
received-refused-no-data = Bu PDF hujjatida soʻrov maʼlumot sifatida mavjud emas: u Tandem dasturida tuzilmagan yoki tuzilgandan keyin oʻzgartirilgan. Hech narsa saqlanmadi.
received-refused-unreadable = Bu fayldagi soʻrov maʼlumotlarini oʻqib boʻlmaydi: ular shikastlangan yoki Tandem formatida emas. Hech narsa saqlanmadi.
received-refused-newer = Bu soʻrov Tandem dasturining yangiroq versiyasida tuzilgan. Hech narsa saqlanmadi.
received-refused-unknown = Bu soʻrov Tandem dasturining ushbu versiyasida mavjud boʻlmagan soʻrov turiga tegishli. Hech narsa saqlanmadi.
received-refused-locked = Bu loyiha fayli parol iborasi bilan qulflangan. Soʻrovning PDF hujjatini soʻrov yuboruvchi organdan soʻrang. Hech narsa saqlanmadi.
received-refused-fingerprint = Bu PDF hujjatidagi soʻrov maʼlumotlari unda bosilgan nazorat summasiga mos kelmaydi: fayl tuzilgandan keyin oʻzgartirilgan. Hech narsa saqlanmadi. PDF hujjatining oʻzidagi bosilgan sahifalarni oʻqing va soʻrov yuboruvchi organdan yangi nusxasini soʻrang.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Bu brauzer soʻrovni saqlashni rad etdi ({ $reason }). Hech narsa saqlanmadi.

# The screen of a request received.
received-banner = Kelib tushgan soʻrov — faqat oʻqish uchun. Uni Tandem dasturida soʻrov yuboruvchi organ tuzgan; javoblar unga tegishli.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Ushbu brauzerga kelib tushgan vaqti: { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Soʻrov hujjatining tillari: { $a } | { $b }. Erkin matn soʻrov yuboruvchi organning { $a } tilida yozganidek koʻrsatiladi, yonida esa uning oʻzi qilgan { $b } tiliga tarjimasi beriladi.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Nazorat summasi { $fingerprint }: u soʻrov maʼlumotlariga mos keladi, uning PDF hujjatining har bir sahifasida bosilganidek.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Nazorat summasi { $fingerprint }: loyiha faylidan hisoblangan, unda solishtirish uchun bosilgan nazorat summasi yoʻq.
received-copy-heading = Tanishish uchun nusxa
received-copy-intro = Bu soʻrovni istalgan ikki tilda PDF sifatida eksport qiling, masalan, uning oʻz tilini sizning tilingiz yonida. Har bir sahifada bu kelib tushgan soʻrovning tanishish uchun nusxasi ekani belgilanadi; unda imzo boʻlimi yoʻq.
received-copy-export = Tanishish uchun nusxani eksport qilish (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Ushbu soʻrovga javob berish
received-answer-intro = Har bir javob — ushbu soʻrovning chiquvchi raqami, sanasi va nazorat summasi bilan toʻldiriladigan alohida shakl; u sizning tilingizda va soʻrov yuboruvchi organning tilida ikki tilli PDF sifatida eksport qilinadi. PDF javobni maʼlumot sifatida oʻz ichiga oladi, shunda soʻrov yuboruvchi organdagi Tandem uni ushbu soʻrovga bogʻlab qayd etadi.
received-answers-made = Ushbu soʻrovga tayyorlangan javoblar
