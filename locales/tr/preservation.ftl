# Muhafaza süreleri (T-CY, Tavsiye 16) muhafaza talebinde ve onu izleyen talepler.
preservation-heading = Muhafaza süresi
preservation-needs = Sürenin ne zaman dolacağını görmek için talep edilen Devleti ve muhafazanın yerine getirildiği tarihi belirtin.
preservation-end-label = Muhafazanın öngörülen bitiş tarihi
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] T-CY tablosuna göre süre sınırı yok
    [not-fixed] T-CY tablosunda belirlenmemiş ve seçilen hukuki dayanak asgari bir süre öngörmemektedir: muhafazanın ne zaman sona ereceğini talep edilen makama sorun
   *[convention-minimum] T-CY tablosunda belirlenmemiş: tek kesin husus Sözleşme'deki 60 günlük asgari süredir (madde 29/7), { $date } tarihine kadar
}
preservation-days-left = { $days } gün kaldı
preservation-expired = Muhafaza süresi sona erdi.
preservation-renewal-label = Uzatma veya yenileme
preservation-renewal = { $kind ->
    [days] { $n } gün
    [months] { $n } ay
    [up-to-days] { $n } güne kadar
    [up-to-months] { $n } aya kadar
    [not-permitted] Uzatmaya izin verilmez
    [reported-not-permitted] İzin verilmediği bildirilmiş (T-CY raporu, bölüm 3.2)
    [conditional] Koşullara bağlı: tablodaki metne bakınız
   *[unknown] T-CY tablosunda belirtilmemiş
}
preservation-impractical = T-CY, en az bir yenileme imkânı olmaksızın 90 günden kısa muhafaza sürelerinin uygulanabilir olmadığı görüşündedir: karşılıklı adli yardım talebini gecikmeksizin gönderin.
preservation-table = T-CY tablosunun metni (İngilizce, T-CY(2017)2, Tavsiye 16)
preservation-table-period = Yabancı bir talepten sonra muhafaza süresi
preservation-table-renewal = Uzatma veya yenileme koşulları ve süreleri
preservation-table-notes = Raporun 3.2 bölümüyle karşılaştırma
preservation-table-missing = T-CY tablosunda bu Devlet için bir kayıt yok.
preservation-extend = Süre uzatımı talep et
preservation-follow-up = Karşılıklı adli yardım talebini hazırla
preservation-follow-up-kind = Elde edilecek veriler
preservation-follow-up-create = Talebi oluştur
preservation-calendar = Takvimime hatırlatıcı ekle (.ics)
preservation-ics-summary = Muhafazanın sona ermesi: { $reference } ({ $country })
preservation-ics-description = { $reference } referanslı ({ $country }) muhafazanın süresi { $date } tarihinde sona erer. Bu tarihten önce süre uzatımı talep edin veya karşılıklı adli yardım talebini gönderin.
preservation-links = Bağlantılı talepler
preservation-link = { $kind ->
    [extension-of] { $reference } sayılı muhafaza talebinin uzatılması
    [extended-by] { $reference } sayılı talep ile uzatıldı
    [follow-up-of] { $reference } sayılı muhafaza talebinin devamı
   *[followed-up-by] { $reference } sayılı karşılıklı adli yardım talebi ile devam edildi
}
preservation-link-missing = Bu talep bu tarayıcıda kayıtlı değil.
preservation-next-steps = Sonraki adımlar
preservation-follow-up-disclosure = Açıklama talebini hazırla
preservation-link-disclosure = { $reference } sayılı açıklama talebi ile devam edildi
