# The office's statistics (T-CY Recommendation 2: statistics to monitor the efficiency of mutual
# legal assistance), computed in this browser from the request log. Nothing is sent anywhere.

stats-heading = Birim istatistikleri
stats-intro = Bu tarayıcıda, gönderildi olarak kaydedilen taleplerden hesaplanır. Hiçbir yere hiçbir şey gönderilmez: rakamları biriminizin kendi raporlaması için dışa aktarın.
stats-none = Henüz gönderildi olarak kaydedilmiş talep yok.
# Variables:
#   $count (Number) - requests recorded as sent
stats-total = { $count ->
   *[other] Gönderildi olarak kaydedilen talep sayısı: { $count }
}
stats-by-country = Talep edilen ülkeye göre
stats-by-type = Talep türüne göre
stats-by-category = Suç kategorisine göre
stats-by-status = Sonuca göre
stats-refusals = Yerine getirilemeyen talepler (gerekçeye göre)
stats-times = Geçen süre
stats-median-confirmation = Gönderimden alındı teyidine kadar geçen gün sayısının medyanı
stats-median-answer = Gönderimden yanıta kadar geçen gün sayısının medyanı (yerine getirildi, işlem yapıldı veya yerine getirilemiyor)
stats-column-what = Kategori
stats-column-count = Talepler
stats-column-days = Gün
stats-column-answered = Yanıtlanan
stats-not-given = Belirtilmemiş
stats-no-figure = Henüz rakam yok
stats-export-csv = CSV olarak dışa aktar
stats-print = Yazdır veya PDF olarak kaydet
stats-open = Birim istatistikleri
