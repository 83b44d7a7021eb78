# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Idora statistikasi
stats-intro = Yuborilgan deb belgilangan soʻrovlar asosida ushbu brauzerda hisoblanadi. Hech narsa hech qayerga yuborilmaydi: koʻrsatkichlarni idorangizning oʻz hisoboti uchun eksport qiling.
stats-none = Hozircha birorta soʻrov yuborilgan deb belgilanmagan.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
    [one] { $count } ta soʻrov yuborilgan deb belgilangan
   *[other] { $count } ta soʻrov yuborilgan deb belgilangan
}
stats-by-country = Soʻrov yuborilgan davlatlar boʻyicha
stats-by-type = Soʻrov turlari boʻyicha
stats-by-category = Jinoyat toifalari boʻyicha
stats-by-status = Natija boʻyicha
stats-refusals = Sabablar boʻyicha rad etishlar
stats-times = Muddatlar
stats-median-confirmation = Yuborishdan olinganlikni tasdiqlashgacha boʻlgan kunlar (mediana)
stats-median-answer = Yuborishdan javobgacha boʻlgan kunlar (mediana; ijro etildi, choralar koʻrildi yoki rad etildi)
stats-column-what = Toifa
stats-column-count = Soʻrovlar
stats-column-days = Kunlar
stats-column-answered = Javob olingan
stats-not-given = Koʻrsatilmagan
stats-no-figure = Hozircha koʻrsatkich yoʻq
stats-export-csv = CSV sifatida eksport qilish
stats-print = Chop etish yoki PDF sifatida saqlash
stats-open = Idora statistikasi
