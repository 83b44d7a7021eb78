# Şablon emergency-disclosure: depolanmış bilgisayar verilerinin acil durumda açıklanması talebi (İkinci
# Ek Protokol 9. madde, 7/24 Ağı aracılığıyla; 10. madde, acil karşılıklı adli yardım; veya bir hizmet
# sağlayıcının acil durum kanalı). İfadeler Sözleşmeyi ve Protokolü izler.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Siber Suç Sözleşmesine Ek İkinci Protokolün (CETS No. 224) 9. maddesi, 7/24 Ağı aracılığıyla; Protokol yalnızca Protokole Taraf olan Devletler arasında uygulanır
        [protocol-art10] Siber Suç Sözleşmesine Ek İkinci Protokolün (CETS No. 224) 10. maddesi; Protokol yalnızca Protokole Taraf olan Devletler arasında uygulanır
        [provider] Acil durumda verilerin gönüllü olarak açıklanması için hizmet sağlayıcıya yöneltilen talep
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Tarih
emergency-disclosure-reference = Sayı / dosya numarası

emergency-disclosure-channel = Kanal ve hukuki dayanak
emergency-disclosure-channel-basis = Bu talep için kullanılan kanal
    .hint = { $match ->
        [general] Seçilen belge acil durum talepleri hakkında bir madde içermez: talep, belgenin talebin başında belirtilen ivedi taleplere ve karşılıklı yardıma ilişkin hükümlerine dayanır.
        [user] Antlaşmanın adını ve talebin dayandığı maddeleri belirtin: bunlar talebin başına basılır.
       *[other] İkinci Ek Protokol 9. madde: talep edilen Devletteki bir hizmet sağlayıcının elindeki veriler için 7/24 Ağı aracılığıyla. 10. madde: merkezi veya yetkili makam aracılığıyla acil karşılıklı adli yardım. Protokol yalnızca kendisinin yürürlükte olduğu Devletler arasında uygulanır: bu iki seçenekten birini seçmeden önce Protokolün her iki Devlet için de yürürlükte olduğunu kontrol edin. Her iki Devleti bağlayan başka bir antlaşma: talep, o antlaşmanın ivedi taleplere ve karşılıklı yardıma ilişkin hükümlerine dayanır. Mütekabiliyet: hiçbir antlaşma uygulanmaz. Sağlayıcının acil durum kanalı: talep doğrudan hizmet sağlayıcıya gider ve verileri açıklayıp açıklamayacağına sağlayıcı kendisi karar verir; hiçbir antlaşmaya atıf yapılmaz.
    }
emergency-disclosure-channel-basis-protocol-art9 = Acil durumda 7/24 Ağı aracılığıyla verilerin süratle açıklanması (İkinci Ek Protokol 9. madde)
emergency-disclosure-channel-basis-protocol-art10 = Acil karşılıklı adli yardım (İkinci Ek Protokol 10. madde)
emergency-disclosure-channel-basis-provider = Hizmet sağlayıcının acil durumda veri açıklama kanalı

emergency-disclosure-addressee = Talep edilen Devlet ve muhatap
emergency-disclosure-addressee-country = Talep edilen Devlet
    .hint = Doğrudan bir hizmet sağlayıcıya gönderilen talepte: sağlayıcının yerleşik olduğu Devlet.
emergency-disclosure-addressee-name = Muhatap: makam veya hizmet sağlayıcı
    .hint = Bu talebin gönderildiği 7/24 irtibat noktası, merkezi veya yetkili makam ya da hizmet sağlayıcı.
emergency-disclosure-addressee-address = Adres
emergency-disclosure-addressee-portal = Kolluk talepleri için portal veya web formu
emergency-disclosure-addressee-email = E-posta
emergency-disclosure-addressee-provider = Muhatap değilse, verileri elinde bulunduran hizmet sağlayıcı: adı ve adresi
    .hint = Protokolün 9. maddesi kapsamındaki talep için zorunludur (9. madde, 3. fıkra, (c) bendi): talep edilen Devlette verileri elinde bulunduran hizmet sağlayıcının adı ve adresi.

emergency-disclosure-requesting-authority = Talep eden makam
emergency-disclosure-requesting-authority-authority = Yetkili makam
emergency-disclosure-requesting-authority-officer = Talepte bulunan görevli
emergency-disclosure-requesting-authority-position = Görevi
emergency-disclosure-requesting-authority-address = Adres
emergency-disclosure-requesting-authority-phone = Telefon
    .hint = Uluslararası biçimde: acil durum sürdüğü müddetçe günün her saatinde yanıt verilen bir numara.
emergency-disclosure-requesting-authority-mobile = Cep telefonu
emergency-disclosure-requesting-authority-email = E-posta
    .hint = Makamınızın resmî bir adresi: hizmet sağlayıcılar kişisel adreslerden gelen talepleri yanıtlamayabilir.
emergency-disclosure-requesting-authority-time-zone = Saat dilimi
    .hint = Biriminizin saat dilimi, UTC'ye göre fark olarak. Aksi belirtilmedikçe bu talepteki tüm saatler bu saat dilimine göredir.
emergency-disclosure-requesting-authority-reachable = Talepte bulunan görevliye, acil durum sürdüğü müddetçe yukarıdaki telefon numaralarından günün her saatinde ulaşılabilir
    .hint = Acil bir talep, günün her saatinde yanıt veren birini gerektirir. Bu mümkün değilse, yukarıda Devletinizin 7/24 irtibat noktasının numarasını belirtin.

emergency-disclosure-authoriser = Amir veya onay veren görevli
emergency-disclosure-authoriser-name = Adı soyadı
    .hint = Bu acil talebe onay veren ve bunu talep edilen Devlete veya hizmet sağlayıcıya teyit edebilecek görevli.
emergency-disclosure-authoriser-position = Görevi
emergency-disclosure-authoriser-phone = Telefon
emergency-disclosure-authoriser-email = E-posta

emergency-disclosure-offences = Suç(lar)
emergency-disclosure-offences-offence = Soruşturulan suçlar
    .hint = Her suç için, kanun hükmü ve azami cezayla birlikte bir satır.
emergency-disclosure-offences-offence-description = Suç
emergency-disclosure-offences-offence-provision = Kanun hükmü
emergency-disclosure-offences-offence-penalty = Azami ceza
emergency-disclosure-mla = İç hukuktaki dayanak ve talep edilen karşılıklı adli yardım
emergency-disclosure-mla-domestic-legal-basis = İç hukuktaki dayanak
    .hint = Dosyanın soruşturulduğu ve bu talebin yapıldığı ulusal hukuk hükümleri. Acil karşılıklı adli yardım için zorunludur (Protokolün 10. maddesi); bu dayanağı içermeyen talepler çoğu zaman reddedildiğinden her kanalda önerilir.
emergency-disclosure-mla-prosecution = Sorumlu savcılık veya mahkeme ve dosya numarası
    .hint = Acil karşılıklı adli yardım için: varsa, dosyadan sorumlu savcılık veya mahkeme.
emergency-disclosure-mla-assistance = Talep edilen yardım
    .hint = Acil karşılıklı adli yardım için: talep edilen Devletten ne yapmasının istendiği; örneğin hizmet sağlayıcıya 9. bölümde tanımlanan verileri açıklamasını ve bunları talep eden makama iletmesini emretmesi.
emergency-disclosure-mla-procedure = Talebin yerine getirilmesinde izlenecek usuller
    .hint = Acil karşılıklı adli yardım için, hukukunuz bunu gerektiriyorsa: örneğin kayıtların gerçekliğine ilişkin belge veya verilerin delil olarak kabul edilebilmesi için hangi biçimde elde edilmesi gerektiği.

emergency-disclosure-emergency = Acil durum
emergency-disclosure-emergency-risk = Tehlikenin türü
emergency-disclosure-emergency-risk-kidnapping = Kişiyi kaçırma veya rehin alma
emergency-disclosure-emergency-risk-threat-to-kill = Öldürme tehdidi
emergency-disclosure-emergency-risk-suicide = İntihar tehlikesi
emergency-disclosure-emergency-risk-child = Bir çocuğun hayatına veya güvenliğine yönelik tehlike
emergency-disclosure-emergency-risk-terrorism = Terör tehdidi
emergency-disclosure-emergency-risk-bomb = Bomba tehdidi
emergency-disclosure-emergency-risk-other = Hayata veya güvenliğe yönelik diğer tehlike
emergency-disclosure-emergency-risk-other-detail = Tehlikenin türü
emergency-disclosure-emergency-facts = Bir gerçek kişinin hayatına veya güvenliğine yönelik önemli ve yakın bir tehlikeyi gösteren olgular
    .hint = { $basis ->
            [protocol2] Kimin tehlike altında olduğunu (adı veya tarifi), tehlikenin ne olduğunu, neden her an gerçekleşebileceğini, bilginin nereden geldiğini ve ne zaman alındığını (saat dilimiyle birlikte) belirtin. Yalnızca olası olan veya yakın olmayan bir tehlike, Protokol anlamında acil durum değildir.
           *[other] Kimin tehlike altında olduğunu (adı veya tarifi), tehlikenin ne olduğunu, neden her an gerçekleşebileceğini, bilginin nereden geldiğini ve ne zaman alındığını (saat dilimiyle birlikte) belirtin. Yalnızca olası olan veya yakın olmayan bir tehlike acil durum değildir.
        }
emergency-disclosure-emergency-relation = İstenen verilerin acil durumla bağlantısı
    .hint = Verilerin tehlikenin önlenmesine nasıl yardımcı olacağını, örneğin tehlike altındaki kişinin yerinin belirlenmesi veya tehdidi yapan kişinin kimliğinin tespit edilmesi yoluyla, ve verilerin neden bu hizmet sağlayıcının elinde bulunduğunun düşünüldüğünü belirtin.
emergency-disclosure-emergency-urgency = Verilerin neden muhafaza ve karşılıklı adli yardım yoluyla zamanında elde edilemeyeceği
    .hint = Zararın ne kadar kısa sürede meydana gelebileceğini ve neden bir muhafaza talebi ile ardından gelecek bir karşılıklı adli yardım talebinin ya da bir ibraz emrinin verileri zamanında elde edemeyeceğini belirtin.
emergency-disclosure-emergency-needed-by = Verilerin gerekli olduğu son an
    .hint = Verilerin hâlâ yararlı olabileceği en geç zaman, saat dilimiyle birlikte. Veriler derhâl gerekiyorsa boş bırakın.

emergency-disclosure-data = İstenen veriler
emergency-disclosure-data-identifiers = İstenen verilerin tanımlayıcıları
    .hint = Her hesap, adres veya numara, tam olarak hizmette göründüğü şekliyle. IP adresi için kaynak portu ve saat dilimiyle birlikte tam tarih ve saati belirtin: adreslerin paylaşıldığı durumlarda sağlayıcı bunlar olmadan kullanıcıyı tespit edemez.
emergency-disclosure-data-period = İstenen verilerin dönemi
    .hint = Acil durumun elverdiği ölçüde dar, her iki ucu da saat dilimiyle: acil bir durum birkaç günden uzun bir dönemi nadiren haklı kılar (7 günden uzun bir dönem uyarıyla işaretlenir).
emergency-disclosure-data-categories = İstenen veri kategorileri
    .hint = Yalnızca acil durumun gerektirdiği verileri isteyin. Amerika Birleşik Devletleri gibi bazı Devletlerdeki hizmet sağlayıcılar, yabancı makamlara doğrudan yalnızca içerik verileri dışındaki verileri açıklayabilir.
emergency-disclosure-data-categories-subscriber = Abone bilgileri
emergency-disclosure-data-categories-traffic = Trafik verileri
emergency-disclosure-data-categories-content = İçerik verileri
emergency-disclosure-data-categories-location = Konum verileri
emergency-disclosure-data-categories-other = Diğer veriler
emergency-disclosure-data-categories-other-detail = İstenen diğer veriler

emergency-disclosure-instructions = Usule ilişkin özel talimatlar
emergency-disclosure-instructions-confidentiality = Gizlilik: kullanıcıyı veya herhangi bir üçüncü kişiyi bu talepten haberdar etmeyiniz
    .hint = Bazı hizmet sağlayıcılar, aksi istenmedikçe kullanıcılarını taleplerden haberdar eder. Kullanıcı talepten haberdar olursa tehlike altındaki kişi zarar görebilir.
emergency-disclosure-instructions-format = Verilerin tercih edilen biçimi
emergency-disclosure-instructions-format-electronic = Elektronik ve makine tarafından okunabilir (örneğin elektronik tablo veya CSV dosyası)
emergency-disclosure-instructions-format-document = Elektronik belge (PDF)
emergency-disclosure-instructions-format-usual = Hizmet sağlayıcının olağan olarak kullandığı biçim
emergency-disclosure-instructions-format-other = Diğer biçim
emergency-disclosure-instructions-format-other-detail = Biçim
emergency-disclosure-instructions-other = Verilerin elde edilmesine yardımcı olabilecek diğer talimatlar veya bilgiler

emergency-disclosure-follow-up = Sonraki hukuki süreç
emergency-disclosure-follow-up-process = Bu talebin ardından izlenecek hukuki süreç
    .hint = Acil durumda açıklanan verilerin delil olarak kullanılabilmesi için resmî hukuki süreç yoluyla yeniden istenip istenmeyeceği.
emergency-disclosure-follow-up-process-mla = Karşılıklı adli yardım talebi
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] İkinci Ek Protokolün 7. maddesi uyarınca hizmet sağlayıcıya yönelik ibraz emri
       *[other] Hizmet sağlayıcıya yönelik ibraz emri
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Depolanmış bilgisayar verilerinin süratle muhafazası talebi (Sözleşmenin 29. maddesi)
        [protocol2] Depolanmış bilgisayar verilerinin süratle muhafazası talebi (Sözleşmenin 29. maddesi)
       *[other] Depolanmış bilgisayar verilerinin süratle muhafazası talebi
    }
emergency-disclosure-follow-up-process-none = Sonraki bir hukuki süreç öngörülmemektedir
emergency-disclosure-follow-up-process-other = Diğer hukuki süreç
emergency-disclosure-follow-up-process-other-detail = Hukuki süreç
emergency-disclosure-follow-up-expected-date = Öngörülen gönderim tarihi
    .hint = Sonraki bir hukuki süreç öngörülmüyorsa boş bırakın.
emergency-disclosure-follow-up-details = Sonraki sürecin ayrıntıları veya neden öngörülmediği
