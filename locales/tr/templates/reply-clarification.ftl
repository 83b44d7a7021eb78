# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = 3. bölümde belirtilen talebe ilişkin açıklama talebi

## 1 to 4: common to every answer

reply-clarification-date = Tarih
reply-clarification-reference = Sayımız
    .hint = Makamınızın talebi işlediği sayı; talep eden makam, talebi takip ederken bu sayıya atıfta bulunabilir.
reply-clarification-request = Yanıtlanan talep
reply-clarification-request-reference = Talebin sayısı
reply-clarification-request-date = Talebin tarihi
reply-clarification-request-authority = Talep eden makam
reply-clarification-request-fingerprint = Talebin doğrulama kodu
    .hint = Talebin her sayfasının altında basılı olan doğrulama kodu. Alınan talepten doldurulur: talep eden makama, bu yanıtın talebinin tam olarak hangi sürümüne ilişkin olduğunu gösterir.
reply-clarification-responding-authority = Yanıt veren makam
reply-clarification-responding-authority-organisation = Makam
reply-clarification-responding-authority-person = Talebi yürüten görevli
reply-clarification-responding-authority-position = Görevi veya rütbesi
reply-clarification-responding-authority-telephone = Telefon numarası
reply-clarification-responding-authority-email = E-posta adresi

## 5 Clarification requested

reply-clarification-clarification = İstenen açıklama
reply-clarification-clarification-fields = Talebin ilgili alanları
    .hint = Talebin belirsiz veya eksik olan her numaralı alanı için bir satır: talepte basılı olduğu şekliyle alanın numarası ve gerekenler.
reply-clarification-clarification-fields-field = Alan numarası
reply-clarification-clarification-fields-question = Belirsiz veya eksik olan husus
reply-clarification-clarification-by = Lütfen en geç şu tarihe kadar yanıt veriniz
    .hint = İsteğe bağlı. Bir muhafaza talebinde, verilerin saklanmaya devam edilebilmesi için yanıtın gerektiği tarih.
