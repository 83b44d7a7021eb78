# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Ushbu brauzer Tandem dasturiga loyihalarni saqlashga ruxsat bermaydi. Ishingiz faqat shu sahifada qoladi: sahifani yopishdan oldin loyihani yuklab oling.
storage-read-only = Bu loyiha Tandem dasturining yangiroq versiyasida yozilgan va uni bu yerda oʻzgartirib boʻlmaydi.
storage-copy-note = Bu yerda uning nusxasini tahrirlash mumkin; ushbu versiyaga nomaʼlum tafsilotlar saqlanadi, lekin koʻrsatilmaydi.
storage-keep-copy = Tahrirlanadigan nusxasini saqlash
storage-read-only-tag = Faqat oʻqish uchun: Tandem dasturining yangiroq versiyasida yozilgan
storage-changed-elsewhere = Bu loyiha boshqa varaqda yoki oynada oʻzgartirildi.
storage-changed-newer = Tandem dasturining yangiroq versiyasi bu loyihani boshqa varaqda yoki oynada oʻzgartirdi.
storage-changed-unreadable = Bu loyihaning saqlangan versiyasini oʻqib boʻlmadi: u oʻzgarishsiz alohida qoʻyildi, ushbu versiya esa saqlandi.
storage-load-other-note = Boshqa versiyani yuklasangiz, ushbu varaqda hali saqlanmagan oʻzgarishlar yoʻqoladi.
storage-load-other = Boshqa versiyani yuklash
storage-keep-mine = Meninkini nusxa sifatida saqlash
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Oʻqib boʻlmagan saqlangan loyihalar: { $count }. Ular oʻzgarishsiz alohida qoʻyildi.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Yuklab olish: { $file }
storage-persistent = Ushbu brauzer bu loyihalarni siz ularni oʻchirmaguningizcha saqlaydi.
storage-not-persistent = Joy yetishmay qolganda ushbu brauzer bu loyihalarni oʻchirib yuborishi mumkin: zaxira nusxasini eksport qiling.
storage-export-all = Barcha loyihalarni eksport qilish
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Saqlangan loyihalar hajmi { $kb } kB: bu ushbu brauzer ular uchun ajratgan { $limit } kB ning { $percent } %.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Brauzerning ushbu saytning barcha maʼlumotlari boʻyicha oʻz koʻrsatkichi (loyihalar unga kirmasligi mumkin): ruxsat etilgan { $quota } MB dan { $used } MB.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Loyihalar uchun xotira { $percent } % toʻlgan. U toʻlgandan keyin oʻzgarishlarni ushbu brauzerda saqlab boʻlmaydi. Barcha loyihalarni faylga eksport qiling, soʻngra endi kerak boʻlmagan loyihalarni oʻchiring; eng eskilari quyida koʻrsatilgan.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: xotirada { $kb } kB
