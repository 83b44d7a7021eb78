# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = 3. bölümde belirtilen talebin yerine getirilemeyeceğine ilişkin bildirim

## 1 to 4: common to every answer

reply-refusal-date = Tarih
reply-refusal-reference = Sayımız
    .hint = Makamınızın talebi işlediği sayı; talep eden makam, talebi takip ederken bu sayıya atıfta bulunabilir.
reply-refusal-request = Yanıtlanan talep
reply-refusal-request-reference = Talebin sayısı
reply-refusal-request-date = Talebin tarihi
reply-refusal-request-authority = Talep eden makam
reply-refusal-request-fingerprint = Talebin doğrulama kodu
    .hint = Talebin her sayfasının altında basılı olan doğrulama kodu. Alınan talepten doldurulur: talep eden makama, bu yanıtın talebinin tam olarak hangi sürümüne ilişkin olduğunu gösterir.
reply-refusal-responding-authority = Yanıt veren makam
reply-refusal-responding-authority-organisation = Makam
reply-refusal-responding-authority-person = Talebi yürüten görevli
reply-refusal-responding-authority-position = Görevi veya rütbesi
reply-refusal-responding-authority-telephone = Telefon numarası
reply-refusal-responding-authority-email = E-posta adresi

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Gerekçeler
reply-refusal-reasons-reasons = Talep şu nedenlerle yerine getirilememektedir
reply-refusal-reasons-reasons-incomplete = talep eksiktir
reply-refusal-reasons-reasons-wrong-addressee = talep yanlış makama veya tüzel kişiye gönderilmiştir
reply-refusal-reasons-reasons-identification = verilen bilgiler kullanıcıyı veya verileri tespit etmeye yetmemektedir
reply-refusal-reasons-reasons-not-held = veriler elde bulunmamaktadır
reply-refusal-reasons-reasons-retention-expired = veriler artık saklanmamaktadır
reply-refusal-reasons-reasons-legal-obstacle = talebin yerine getirilmesine hukuki bir engel vardır
reply-refusal-reasons-reasons-dual-criminality = çifte suç koşulu karşılanmamaktadır
reply-refusal-reasons-reasons-other = başka bir neden
reply-refusal-reasons-reasons-other-detail = Diğer neden
reply-refusal-reasons-explanation = Ayrıntılı açıklama
    .hint = İsteğe bağlı. İşaretlenen nedenlerin dayandığı olgular; talep eden makamın buna göre işlem yapabileceği biçimde.
reply-refusal-next = Talebin yerine getirilebilmesi için gerekenler
    .hint = İsteğe bağlı. Örneğin: eksik bilgiler, yetkili makam veya tüzel kişi ya da izlenmesi gereken hukuki yol.
