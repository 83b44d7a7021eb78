# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = 3. bölümde belirtilen talebin alındığının teyidi

## 1 to 4: common to every answer

reply-receipt-date = Tarih
reply-receipt-reference = Sayımız
    .hint = Makamınızın talebi işlediği sayı; talep eden makam, talebi takip ederken bu sayıya atıfta bulunabilir.
reply-receipt-request = Yanıtlanan talep
reply-receipt-request-reference = Talebin sayısı
reply-receipt-request-date = Talebin tarihi
reply-receipt-request-authority = Talep eden makam
reply-receipt-request-fingerprint = Talebin doğrulama kodu
    .hint = Talebin her sayfasının altında basılı olan doğrulama kodu. Alınan talepten doldurulur: talep eden makama, bu yanıtın talebinin tam olarak hangi sürümüne ilişkin olduğunu gösterir.
reply-receipt-responding-authority = Yanıt veren makam
reply-receipt-responding-authority-organisation = Makam
reply-receipt-responding-authority-person = Talebi yürüten görevli
reply-receipt-responding-authority-position = Görevi veya rütbesi
reply-receipt-responding-authority-telephone = Telefon numarası
reply-receipt-responding-authority-email = E-posta adresi

## 5 to 7

reply-receipt-received-date = Talebin alındığı tarih
reply-receipt-forwarded = Yerine getirilmek üzere iletildiği makam
    .hint = Talep yerine getirilmek üzere başka bir makama iletildiyse o makam; talebi makamınız yerine getiriyorsa boş bırakın.
reply-receipt-remarks = Notlar
