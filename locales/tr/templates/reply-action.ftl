# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = 3. bölümde belirtilen talep üzerine yapılan işlemlere ilişkin bildirim

## 1 to 4: common to every answer

reply-action-date = Tarih
reply-action-reference = Sayımız
    .hint = Makamınızın talebi işlediği sayı; talep eden makam, talebi takip ederken bu sayıya atıfta bulunabilir.
reply-action-request = Yanıtlanan talep
reply-action-request-reference = Talebin sayısı
reply-action-request-date = Talebin tarihi
reply-action-request-authority = Talep eden makam
reply-action-request-fingerprint = Talebin doğrulama kodu
    .hint = Talebin her sayfasının altında basılı olan doğrulama kodu. Alınan talepten doldurulur: talep eden makama, bu yanıtın talebinin tam olarak hangi sürümüne ilişkin olduğunu gösterir.
reply-action-responding-authority = Yanıt veren makam
reply-action-responding-authority-organisation = Makam
reply-action-responding-authority-person = Talebi yürüten görevli
reply-action-responding-authority-position = Görevi veya rütbesi
reply-action-responding-authority-telephone = Telefon numarası
reply-action-responding-authority-email = E-posta adresi

## 5 Action taken

reply-action-action = Yapılan işlemler
reply-action-action-taken = Talep üzerine yapılan işlemler
    .hint = Şimdiye kadar yapılanlar; örneğin: veriler hizmet sağlayıcıdan elde edilmiş olup bu bildirimle birlikte gönderilmektedir veya talep, karar verilmesi için mahkemeye iletilmiştir.
reply-action-action-date = İşlemin tarihi
reply-action-action-next = Beklenen diğer işlemler
