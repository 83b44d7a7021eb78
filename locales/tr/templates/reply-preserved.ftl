# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = 3. bölümde belirtilen talepte istenen muhafazanın teyidi

## 1 to 4: common to every answer

reply-preserved-date = Tarih
reply-preserved-reference = Sayımız
    .hint = Makamınızın talebi işlediği sayı; talep eden makam, talebi takip ederken bu sayıya atıfta bulunabilir.
reply-preserved-request = Yanıtlanan talep
reply-preserved-request-reference = Talebin sayısı
reply-preserved-request-date = Talebin tarihi
reply-preserved-request-authority = Talep eden makam
reply-preserved-request-fingerprint = Talebin doğrulama kodu
    .hint = Talebin her sayfasının altında basılı olan doğrulama kodu. Alınan talepten doldurulur: talep eden makama, bu yanıtın talebinin tam olarak hangi sürümüne ilişkin olduğunu gösterir.
reply-preserved-responding-authority = Yanıt veren makam
reply-preserved-responding-authority-organisation = Makam
reply-preserved-responding-authority-person = Talebi yürüten görevli
reply-preserved-responding-authority-position = Görevi veya rütbesi
reply-preserved-responding-authority-telephone = Telefon numarası
reply-preserved-responding-authority-email = E-posta adresi

## 5 Preservation

reply-preserved-preservation = Muhafaza
reply-preserved-preservation-preserved-on = Verilerin muhafaza edildiği tarih
reply-preserved-preservation-ends-on = Verilerin muhafaza edileceği son gün
    .hint = Muhafaza süresi uzatılmadıkça veya o güne kadar verilerin açıklanmasına ilişkin bir talep alınmadıkça verilerin saklanacağı son gün.
reply-preserved-preservation-scope = Muhafaza edilen veriler
reply-preserved-preservation-scope-all = İstenen verilerin tamamı
reply-preserved-preservation-scope-part = İstenen verilerin bir kısmı
reply-preserved-preservation-scope-part-detail = Muhafaza edilen veriler ile muhafaza edilmeyen veriler ve bunun nedeni
reply-preserved-preservation-holder = Verileri elinde bulunduran
reply-preserved-remarks = Notlar
