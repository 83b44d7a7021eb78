# Şablon art31-subscriber: abone bilgilerine ilişkin karşılıklı adli yardım talebi (Budapeşte Sözleşmesi 31. madde).
# 1-11. bölümler T-CY(2018)10'un numaralandırmasını ve ifadelerini izler; sonraki bölümler Sözleşmenin 18. madde 3. fıkrası ile 31. maddesini izler.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Siber Suç Sözleşmesi (ETS No. 185) 31. madde
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Tarih
art31-subscriber-reference = Sayı / dosya numarası
art31-subscriber-status = Talebin durumu
    .hint = Uygun olan tüm kutuları işaretleyin. Önceki bir talebin devamı niteliğindeki talepte, önceki talebin ayrıntıları için 9 ve 10. bölümler açılır.
art31-subscriber-status-new = Yeni talep
art31-subscriber-status-follow-up-mla = Önceki bir karşılıklı adli yardım talebinin devamı (ayrıntılar 9. bölümde)
art31-subscriber-status-follow-up-preservation = Önceki bir muhafaza talebinin devamı (ayrıntılar 10. bölümde)
art31-subscriber-requested-authority = Talep edilen makam
art31-subscriber-requested-authority-country = Talep edilen Devlet
art31-subscriber-requested-authority-authority = Makam
    .hint = { $basis ->
            [budapest] Talep edilen Devletin karşılıklı adli yardımdan sorumlu merkezi makamı (27. madde, 2. fıkra) veya bu tür talepleri almak üzere bu makamca belirlenen makam.
           *[other] Talep edilen Devletin karşılıklı adli yardımdan sorumlu merkezi makamı veya bu tür talepleri almak üzere bu makamca belirlenen makam.
        }
art31-subscriber-requesting-authority = Talep eden makam
art31-subscriber-requesting-authority-organisation = Kurum
art31-subscriber-requesting-authority-person = Talepten sorumlu kişi
art31-subscriber-requesting-authority-address = Adres
art31-subscriber-requesting-authority-phone = Telefon numarası
art31-subscriber-requesting-authority-mobile = Cep telefonu numarası
art31-subscriber-requesting-authority-email = E-posta adresi
art31-subscriber-requesting-authority-fax = Faks numarası
art31-subscriber-requesting-authority-office-hours = Mesai saatleri
art31-subscriber-requesting-authority-time-zone = Saat dilimi
    .hint = Biriminizin saat dilimi, UTC'ye göre fark olarak. Bu talepteki diğer her saat kendi saat dilimiyle birlikte belirtilir.
art31-subscriber-requesting-authority-response = Yanıt yolu
art31-subscriber-requesting-authority-response-expedited = Yanıtın e-posta veya başka bir hızlı yolla verilmesi tercih edilir
art31-subscriber-requesting-authority-response-other = Yanıtın başka bir yolla verilmesi tercih edilir
art31-subscriber-requesting-authority-response-other-detail = Yanıtın verilmesi tercih edilen yol
art31-subscriber-additional-contact = Talep eden makamdan ek teyit gerekmesi hâlinde lütfen şu kişiyle irtibata geçiniz
art31-subscriber-additional-contact-contacts = İrtibat kişisi
art31-subscriber-additional-contact-contacts-name = Adı soyadı
art31-subscriber-additional-contact-contacts-job-title = Unvanı
art31-subscriber-additional-contact-contacts-function = Görevi
art31-subscriber-additional-contact-contacts-phone = Telefon numarası
art31-subscriber-additional-contact-contacts-mobile = Cep telefonu numarası
art31-subscriber-additional-contact-contacts-email = E-posta adresi
art31-subscriber-investigating-authority = Dosyadan sorumlu soruşturma / operasyonel makam (talep eden makamdan farklıysa)
art31-subscriber-investigating-authority-organisation = Kurum
art31-subscriber-investigating-authority-person = Dosyadan sorumlu kişi
art31-subscriber-investigating-authority-address = Adres
art31-subscriber-investigating-authority-phone = Telefon numarası
art31-subscriber-investigating-authority-mobile = Cep telefonu numarası
art31-subscriber-investigating-authority-email = E-posta adresi
art31-subscriber-investigating-authority-fax = Faks numarası
art31-subscriber-prosecution-court = Varsa, sorumlu savcılık veya mahkeme
art31-subscriber-prosecution-court-prosecution = Sorumlu savcılık ve dosya numarası
art31-subscriber-prosecution-court-court = Sorumlu mahkeme ve dosya numarası
art31-subscriber-prosecution-court-decisions = Bu taleple ilgili savcılık veya mahkeme kararları
    .hint = Her karar için: kararı veren makam, kararın tarihi ve sayısı ile neyi emrettiği veya neye izin verdiği. Talep edilen Devlet gerektiriyorsa bir örneğini ekleyin.
art31-subscriber-previous-mla = Varsa, önceki karşılıklı adli yardım talebine ilişkin bilgiler
art31-subscriber-previous-mla-date = Tarih
art31-subscriber-previous-mla-reference = Kayıt / sayı numarası
art31-subscriber-previous-mla-requesting = Önceki talebi yapan makamın iletişim bilgileri
art31-subscriber-previous-mla-executing = Önceki talebi yanıtlayan (veya yerine getiren) makamın iletişim bilgileri
art31-subscriber-previous-mla-channel = Önceki talebin iletildiği yol (e-posta adresi, faks numarası vb.)
art31-subscriber-previous-preservation = Varsa, önceki muhafaza talebine ilişkin bilgiler
art31-subscriber-previous-preservation-date = Tarih
art31-subscriber-previous-preservation-reference = Kayıt / sayı numarası
art31-subscriber-previous-preservation-requesting = Muhafazayı talep eden makamın iletişim bilgileri
art31-subscriber-previous-preservation-executing = Muhafaza talebini yanıtlayan (veya yerine getiren) makamın iletişim bilgileri
art31-subscriber-previous-preservation-channel = İletişim kanalı
art31-subscriber-previous-preservation-channel-network-247 = 7/24 Ağı irtibat noktası
art31-subscriber-previous-preservation-channel-provider = Doğrudan hizmet sağlayıcıya
art31-subscriber-previous-preservation-channel-police = Polis işbirliği kanalı
art31-subscriber-previous-preservation-channel-mla = Karşılıklı adli yardımdan sorumlu merkezi makam
art31-subscriber-previous-preservation-channel-other = Diğer
art31-subscriber-previous-preservation-channel-other-detail = Kullanılan kanal
art31-subscriber-previous-preservation-expiry = Verilerin muhafaza edileceği son tarih
    .hint = Biliniyorsa, talep edilen Devlet veya hizmet sağlayıcı tarafından teyit edilen muhafaza bitiş tarihi.
art31-subscriber-legal-grounds = Talebin hukuki dayanağı
art31-subscriber-legal-grounds-domestic = Varsa, talebin iç hukuktaki dayanağı
    .hint = Bu talebin dayandığı ulusal hukuk hükümleri; örneğin ceza muhakemesi kanununun karşılıklı adli yardım taleplerine ilişkin maddeleri.
art31-subscriber-legal-grounds-instruments = Uygulanabilir diğer antlaşmalar veya düzenlemeler
art31-subscriber-legal-grounds-instruments-ets-30 = Cezai Konularda Karşılıklı Adli Yardım Avrupa Sözleşmesi (ETS No. 30) ve Protokolleri
art31-subscriber-legal-grounds-instruments-bilateral = İkili antlaşma
art31-subscriber-legal-grounds-instruments-bilateral-detail = Antlaşmanın adı ve tarihi
art31-subscriber-legal-grounds-instruments-reciprocity = Karşılıklılık
art31-subscriber-offences = Suç(lar)
art31-subscriber-offences-offences = Suç
art31-subscriber-offences-offences-name = Suç
art31-subscriber-offences-offences-provision = Kanun hükmü
art31-subscriber-offences-offences-penalty = Azami ceza
art31-subscriber-offences-damage = Meydana gelen zarar
    .hint = Varsa, zararın tutarı, para birimiyle birlikte.
art31-subscriber-offences-damage-below-threshold = Zarar, 5.000 USD karşılığının altındadır
    .hint = Kendi kontrolünüzdür, talepte hiçbir zaman yazdırılmaz. Amerika Birleşik Devletleri, 5.000 USD'nin altındaki zarara ilişkin talepleri genellikle reddeder; zararın kendi para biriminizdeki tutarını bu miktarla karşılaştırın.
art31-subscriber-facts = Olayların kısa özeti
    .hint = Kimin, neyi, ne zaman ve nerede yaptığı ve suçun ilgili hizmet aracılığıyla nasıl işlendiği. Her saati saat dilimiyle birlikte belirtin.
art31-subscriber-identifiers = İstenen verilerin tanımlayıcıları ve dönemi
art31-subscriber-identifiers-identifiers = İstenen verilerin tanımlayıcıları
    .hint = Abonesi tespit edilmek istenen her hesap, adres veya numara. IP adresi için kaynak portu ve saat dilimiyle birlikte tam tarih ve saati belirtin: paylaşılan adreslerde sağlayıcı bunlar olmadan aboneyi tespit edemez.
art31-subscriber-identifiers-period = Verilerin istendiği tam dönem
    .hint = Başlangıç ve bitiş, saat dilimleriyle birlikte. Yalnızca soruşturmanın gerektirdiği dönemi isteyin: uzun dönemlere (90 günden fazla) ilişkin talepler, aşırı geniş kapsamlı oldukları gerekçesiyle çoğu zaman reddedilir.
art31-subscriber-categories = İstenen abone bilgileri
    .hint = { $basis ->
            [budapest] Yalnızca soruşturmanın gerektirdiklerini işaretleyin. İlk altı kutu, Sözleşmenin 18. maddesinin 3. fıkrasındaki abone bilgileri tanımını izler.
           *[other] Yalnızca soruşturmanın gerektirdiklerini işaretleyin.
        }
art31-subscriber-categories-service = Kullanılan iletişim hizmetinin türü, bu amaçla alınan teknik önlemler ve hizmet süresi
art31-subscriber-categories-identity = Abonenin kimliği
art31-subscriber-categories-address = Posta adresi veya coğrafi adres
art31-subscriber-categories-access-number = Telefon ve diğer erişim numaraları
art31-subscriber-categories-billing = Faturalandırma ve ödeme bilgileri
art31-subscriber-categories-installation = İletişim ekipmanının kurulu olduğu yer
art31-subscriber-categories-email = Hesapla bağlantılı e-posta adresleri
art31-subscriber-categories-registration-ip = Kayıt sırasındaki IP adresi ile kayıt tarihi ve saati
art31-subscriber-categories-login-ip-at = Tanımlayıcıyla birlikte belirtilen tarih ve saatteki oturum açmanın IP adresi (abonenin tespiti için)
art31-subscriber-categories-other = Diğer
art31-subscriber-categories-other-detail = İstenen diğer bilgiler
art31-subscriber-relevance = Verilerin soruşturmayla bağlantısı
    .hint = Her tanımlayıcının suçla ve şüpheliyle nasıl bağlantılı olduğunu ve verilerin neden hizmet sağlayıcının elinde bulunduğunun düşünüldüğünü açıklayın.
art31-subscriber-service-provider = Verileri elinde bulunduran hizmet sağlayıcı
art31-subscriber-service-provider-name = Hizmet sağlayıcının adı
    .hint = Sağlayıcının, hizmet koşullarında veya kolluk birimlerine yönelik yönergelerinde yer alan resmî unvanı.
art31-subscriber-service-provider-address = Adres veya konum
art31-subscriber-urgency = Aciliyet
art31-subscriber-urgency-urgent = Talebin acilen yerine getirilmesi istenmektedir
art31-subscriber-urgency-reasons = Aciliyetin gerekçeleri
    .hint = { $basis ->
            [budapest] Örneğin şüphelinin tutuklu olması, yargılamaya ilişkin bir süre sınırı veya verilerin kaybolmaya ya da değiştirilmeye özellikle açık olduğuna inanmak için nedenler bulunması (31. madde, 3. fıkra).
           *[other] Örneğin şüphelinin tutuklu olması, yargılamaya ilişkin bir süre sınırı veya verilerin kaybolmaya ya da değiştirilmeye özellikle açık olduğuna inanmak için nedenler bulunması.
        }
art31-subscriber-urgency-deadline = Verilerin gerekli olduğu son tarih
art31-subscriber-confidentiality = Gizlilik
art31-subscriber-confidentiality-confidential = Lütfen bu talebin varlığını ve konusunu, yerine getirilmesi için gerekli olan ölçü dışında gizli tutunuz
art31-subscriber-confidentiality-no-notification = Hizmet sağlayıcıdan aboneyi veya herhangi bir üçüncü kişiyi bilgilendirmemesini isteyiniz
    .hint = Sağlayıcının uygulamasının veya sisteminin kullanıcıyı uyarıp uyaramayacağını talep edilen makama sorun.
art31-subscriber-confidentiality-reasons = Gizliliğin gerekçeleri
    .hint = Örneğin şüphelinin delilleri yok etmesi, kaçması veya suç ortaklarını uyarması tehlikesi.
art31-subscriber-form = Verilerin biçimi ve doğrulanması
art31-subscriber-form-electronic = Okunabilir biçimde elektronik kopya
art31-subscriber-form-certified = Onaylı örnek
art31-subscriber-form-certificate = Hizmet sağlayıcıdan ticari kayıtların gerçekliğine ilişkin belge
art31-subscriber-form-other = Diğer
art31-subscriber-form-other-detail = Diğer gereklilik
