# Şablon art31-traffic: depolanmış trafik verilerine ilişkin karşılıklı adli yardım talebi; gerekirse abone bilgileri de istenir (Budapeşte Sözleşmesi 31. madde).
# 1-11. bölümler, art31-subscriber'da olduğu gibi, T-CY(2018)10'un numaralandırmasını ve ifadelerini izler; sonraki bölümler Sözleşmenin 1. maddesinin (d) bendini, 18. maddesinin 3. fıkrasını ve 31. maddesini izler.

art31-traffic-legal-basis = { $basis ->
        [budapest] Siber Suç Sözleşmesi (ETS No. 185) 31. madde
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Tarih
art31-traffic-reference = Sayı / dosya numarası
art31-traffic-status = Talebin durumu
    .hint = Uygun olan tüm kutuları işaretleyin. Önceki bir talebin devamı niteliğindeki talepte, önceki talebin ayrıntıları için 9 ve 10. bölümler açılır.
art31-traffic-status-new = Yeni talep
art31-traffic-status-follow-up-mla = Önceki bir karşılıklı adli yardım talebinin devamı (ayrıntılar 9. bölümde)
art31-traffic-status-follow-up-preservation = Önceki bir muhafaza talebinin devamı (ayrıntılar 10. bölümde)
art31-traffic-requested-authority = Talep edilen makam
art31-traffic-requested-authority-country = Talep edilen Devlet
art31-traffic-requested-authority-authority = Makam
    .hint = { $basis ->
            [budapest] Talep edilen Devletin karşılıklı adli yardımdan sorumlu merkezi makamı (27. madde, 2. fıkra) veya bu tür talepleri almak üzere bu makamca belirlenen makam.
           *[other] Talep edilen Devletin karşılıklı adli yardımdan sorumlu merkezi makamı veya bu tür talepleri almak üzere bu makamca belirlenen makam.
        }
art31-traffic-requesting-authority = Talep eden makam
art31-traffic-requesting-authority-organisation = Kurum
art31-traffic-requesting-authority-person = Talepten sorumlu kişi
art31-traffic-requesting-authority-address = Adres
art31-traffic-requesting-authority-phone = Telefon numarası
art31-traffic-requesting-authority-mobile = Cep telefonu numarası
art31-traffic-requesting-authority-email = E-posta adresi
art31-traffic-requesting-authority-fax = Faks numarası
art31-traffic-requesting-authority-office-hours = Mesai saatleri
art31-traffic-requesting-authority-time-zone = Saat dilimi
    .hint = Biriminizin saat dilimi, UTC'ye göre fark olarak. Bu talepteki diğer her saat kendi saat dilimiyle birlikte belirtilir.
art31-traffic-requesting-authority-response = Yanıt yolu
art31-traffic-requesting-authority-response-expedited = Yanıtın e-posta veya başka bir hızlı yolla verilmesi tercih edilir
art31-traffic-requesting-authority-response-other = Yanıtın başka bir yolla verilmesi tercih edilir
art31-traffic-requesting-authority-response-other-detail = Yanıtın verilmesi tercih edilen yol
art31-traffic-additional-contact = Talep eden makamdan ek teyit gerekmesi hâlinde lütfen şu kişiyle irtibata geçiniz
art31-traffic-additional-contact-contacts = İrtibat kişisi
art31-traffic-additional-contact-contacts-name = Adı soyadı
art31-traffic-additional-contact-contacts-job-title = Unvanı
art31-traffic-additional-contact-contacts-function = Görevi
art31-traffic-additional-contact-contacts-phone = Telefon numarası
art31-traffic-additional-contact-contacts-mobile = Cep telefonu numarası
art31-traffic-additional-contact-contacts-email = E-posta adresi
art31-traffic-investigating-authority = Dosyadan sorumlu soruşturma / operasyonel makam (talep eden makamdan farklıysa)
art31-traffic-investigating-authority-organisation = Kurum
art31-traffic-investigating-authority-person = Dosyadan sorumlu kişi
art31-traffic-investigating-authority-address = Adres
art31-traffic-investigating-authority-phone = Telefon numarası
art31-traffic-investigating-authority-mobile = Cep telefonu numarası
art31-traffic-investigating-authority-email = E-posta adresi
art31-traffic-investigating-authority-fax = Faks numarası
art31-traffic-prosecution-court = Varsa, sorumlu savcılık veya mahkeme
art31-traffic-prosecution-court-prosecution = Sorumlu savcılık ve dosya numarası
art31-traffic-prosecution-court-court = Sorumlu mahkeme ve dosya numarası
art31-traffic-prosecution-court-decisions = Bu taleple ilgili savcılık veya mahkeme kararları
    .hint = Her karar için: kararı veren makam, kararın tarihi ve sayısı ile neyi emrettiği veya neye izin verdiği. Talep edilen Devlet gerektiriyorsa bir örneğini ekleyin.
art31-traffic-previous-mla = Varsa, önceki karşılıklı adli yardım talebine ilişkin bilgiler
art31-traffic-previous-mla-date = Tarih
art31-traffic-previous-mla-reference = Kayıt / sayı numarası
art31-traffic-previous-mla-requesting = Önceki talebi yapan makamın iletişim bilgileri
art31-traffic-previous-mla-executing = Önceki talebi yanıtlayan (veya yerine getiren) makamın iletişim bilgileri
art31-traffic-previous-mla-channel = Önceki talebin iletildiği yol (e-posta adresi, faks numarası vb.)
art31-traffic-previous-preservation = Varsa, önceki muhafaza talebine ilişkin bilgiler
art31-traffic-previous-preservation-date = Tarih
art31-traffic-previous-preservation-reference = Kayıt / sayı numarası
art31-traffic-previous-preservation-requesting = Muhafazayı talep eden makamın iletişim bilgileri
art31-traffic-previous-preservation-executing = Muhafaza talebini yanıtlayan (veya yerine getiren) makamın iletişim bilgileri
art31-traffic-previous-preservation-channel = İletişim kanalı
art31-traffic-previous-preservation-channel-network-247 = 7/24 Ağı irtibat noktası
art31-traffic-previous-preservation-channel-provider = Doğrudan hizmet sağlayıcıya
art31-traffic-previous-preservation-channel-police = Polis işbirliği kanalı
art31-traffic-previous-preservation-channel-mla = Karşılıklı adli yardımdan sorumlu merkezi makam
art31-traffic-previous-preservation-channel-other = Diğer
art31-traffic-previous-preservation-channel-other-detail = Kullanılan kanal
art31-traffic-previous-preservation-expiry = Verilerin muhafaza edileceği son tarih
    .hint = Biliniyorsa, talep edilen Devlet veya hizmet sağlayıcı tarafından teyit edilen muhafaza bitiş tarihi.
art31-traffic-legal-grounds = Talebin hukuki dayanağı
art31-traffic-legal-grounds-domestic = Varsa, talebin iç hukuktaki dayanağı
    .hint = Bu talebin dayandığı ulusal hukuk hükümleri; örneğin ceza muhakemesi kanununun karşılıklı adli yardım taleplerine ilişkin maddeleri.
art31-traffic-legal-grounds-instruments = Uygulanabilir diğer antlaşmalar veya düzenlemeler
art31-traffic-legal-grounds-instruments-ets-30 = Cezai Konularda Karşılıklı Adli Yardım Avrupa Sözleşmesi (ETS No. 30) ve Protokolleri
art31-traffic-legal-grounds-instruments-bilateral = İkili antlaşma
art31-traffic-legal-grounds-instruments-bilateral-detail = Antlaşmanın adı ve tarihi
art31-traffic-legal-grounds-instruments-reciprocity = Karşılıklılık
art31-traffic-offences = Suç(lar)
art31-traffic-offences-offences = Suç
art31-traffic-offences-offences-name = Suç
art31-traffic-offences-offences-provision = Kanun hükmü
art31-traffic-offences-offences-penalty = Azami ceza
art31-traffic-offences-damage = Meydana gelen zarar
    .hint = Varsa, zararın tutarı, para birimiyle birlikte.
art31-traffic-offences-damage-below-threshold = Zarar, 5.000 USD karşılığının altındadır
    .hint = Kendi kontrolünüzdür, talepte hiçbir zaman yazdırılmaz. Amerika Birleşik Devletleri, 5.000 USD'nin altındaki zarara ilişkin talepleri genellikle reddeder; zararın kendi para biriminizdeki tutarını bu miktarla karşılaştırın.
art31-traffic-facts = Olayların kısa özeti
    .hint = Kimin, neyi, ne zaman ve nerede yaptığı ve suçun ilgili hizmet aracılığıyla nasıl işlendiği. Her saati saat dilimiyle birlikte belirtin.
art31-traffic-identifiers = İstenen verilerin tanımlayıcıları ve dönemi
art31-traffic-identifiers-identifiers = İstenen verilerin tanımlayıcıları
    .hint = Verileri istenen her hesap, adres veya numara. IP adresi için kaynak portu ve saat dilimiyle birlikte tam tarih ve saati belirtin: paylaşılan adreslerde sağlayıcı bunlar olmadan aboneyi tespit edemez.
art31-traffic-identifiers-period = Verilerin istendiği tam dönem
    .hint = Başlangıç ve bitiş, saat dilimleriyle birlikte. Yalnızca soruşturmanın gerektirdiği dönemi isteyin: uzun dönemlere (90 günden fazla) ilişkin talepler, aşırı geniş kapsamlı oldukları gerekçesiyle çoğu zaman reddedilir.
art31-traffic-data = İstenen veriler
art31-traffic-data-traffic = İstenen trafik verileri
    .hint = { $basis ->
            [budapest] İlk sekiz kutu, Sözleşmenin 1. maddesinin (d) bendindeki trafik verileri tanımını izler: iletişim zincirinin bir parçası olarak bir bilgisayar sistemi tarafından üretilen veriler.
           *[other] İletişim zincirinin bir parçası olarak bir bilgisayar sistemi tarafından üretilen veriler: yalnızca soruşturmanın gerektirdiklerini işaretleyin.
        }
art31-traffic-data-traffic-origin = İletişimin kaynağı
art31-traffic-data-traffic-destination = İletişimin hedefi
art31-traffic-data-traffic-route = Güzergâh
art31-traffic-data-traffic-time = Saat
art31-traffic-data-traffic-date = Tarih
art31-traffic-data-traffic-size = Boyut
art31-traffic-data-traffic-duration = Süre
art31-traffic-data-traffic-service = Temel hizmetin türü
art31-traffic-data-traffic-connection-log = IP bağlantı geçmişi: IP adresleri, kaynak portları, tarih ve saatleriyle birlikte oturum açma ve kapatma kayıtları
art31-traffic-data-traffic-headers = E-posta başlık bilgileri (içerik hariç)
art31-traffic-data-traffic-other = Diğer
art31-traffic-data-traffic-other-detail = İstenen diğer trafik verileri
art31-traffic-data-subscriber = İstenen abone bilgileri
    .hint = { $basis ->
            [budapest] Yalnızca trafik verilerine ek olarak gerekenleri işaretleyin. İlk altı kutu, Sözleşmenin 18. maddesinin 3. fıkrasındaki abone bilgileri tanımını izler.
           *[other] Yalnızca trafik verilerine ek olarak gerekenleri işaretleyin.
        }
art31-traffic-data-subscriber-service = Kullanılan iletişim hizmetinin türü, bu amaçla alınan teknik önlemler ve hizmet süresi
art31-traffic-data-subscriber-identity = Abonenin kimliği
art31-traffic-data-subscriber-address = Posta adresi veya coğrafi adres
art31-traffic-data-subscriber-access-number = Telefon ve diğer erişim numaraları
art31-traffic-data-subscriber-billing = Faturalandırma ve ödeme bilgileri
art31-traffic-data-subscriber-installation = İletişim ekipmanının kurulu olduğu yer
art31-traffic-data-subscriber-email = Hesapla bağlantılı e-posta adresleri
art31-traffic-data-subscriber-registration-ip = Kayıt sırasındaki IP adresi ile kayıt tarihi ve saati
art31-traffic-data-subscriber-other = Diğer
art31-traffic-data-subscriber-other-detail = İstenen diğer abone bilgileri
art31-traffic-preservation = Verilerin muhafazası
art31-traffic-preservation-sought = Verilerin muhafazası daha önce talep edildi mi?
    .hint = { $basis ->
            [budapest] Verilerin Sözleşmenin 29. maddesi uyarınca, 7/24 Ağı aracılığıyla veya doğrudan hizmet sağlayıcı nezdinde muhafaza ettirilip ettirilmediği. Sayı, talep edilen makamın ve sağlayıcının muhafaza edilen verileri bulmasını sağlar. Bu talep 10. bölümde belirtilen muhafaza talebinin devamı ise aynı tarihi ve sayıyı belirtin.
           *[other] Verilerin 7/24 Ağı, talep edilen Devletin başka bir makamı aracılığıyla veya doğrudan hizmet sağlayıcı nezdinde muhafaza ettirilip ettirilmediği. Sayı, talep edilen makamın ve sağlayıcının muhafaza edilen verileri bulmasını sağlar. Bu talep 10. bölümde belirtilen muhafaza talebinin devamı ise aynı tarihi ve sayıyı belirtin.
        }
art31-traffic-preservation-sought-yes = Evet
art31-traffic-preservation-sought-no = Hayır
art31-traffic-preservation-date = Muhafaza talebinin tarihi
art31-traffic-preservation-reference = Muhafaza talebinin sayısı
    .hint = Talep edilen makam veya hizmet sağlayıcı tarafından verilen sayı; böyle bir sayı verilmemişse kendi sayınız.
art31-traffic-relevance = Verilerin soruşturmayla bağlantısı
    .hint = Her tanımlayıcının ve istenen her veri türünün suçla ve şüpheliyle nasıl bağlantılı olduğunu ve verilerin neden hizmet sağlayıcının elinde bulunduğunun düşünüldüğünü açıklayın.
art31-traffic-service-provider = Verileri elinde bulunduran hizmet sağlayıcı
art31-traffic-service-provider-name = Hizmet sağlayıcının adı
    .hint = Sağlayıcının, hizmet koşullarında veya kolluk birimlerine yönelik yönergelerinde yer alan resmî unvanı.
art31-traffic-service-provider-address = Adres veya konum
art31-traffic-urgency = Aciliyet
art31-traffic-urgency-urgent = Talebin acilen yerine getirilmesi istenmektedir
art31-traffic-urgency-reasons = Aciliyetin gerekçeleri
    .hint = { $basis ->
            [budapest] Örneğin şüphelinin tutuklu olması, yargılamaya ilişkin bir süre sınırı veya verilerin kaybolmaya ya da değiştirilmeye özellikle açık olduğuna inanmak için nedenler bulunması (31. madde, 3. fıkra).
           *[other] Örneğin şüphelinin tutuklu olması, yargılamaya ilişkin bir süre sınırı veya verilerin kaybolmaya ya da değiştirilmeye özellikle açık olduğuna inanmak için nedenler bulunması.
        }
art31-traffic-urgency-deadline = Verilerin gerekli olduğu son tarih
art31-traffic-confidentiality = Gizlilik
art31-traffic-confidentiality-confidential = Lütfen bu talebin varlığını ve konusunu, yerine getirilmesi için gerekli olan ölçü dışında gizli tutunuz
art31-traffic-confidentiality-no-notification = Hizmet sağlayıcıdan aboneyi veya herhangi bir üçüncü kişiyi bilgilendirmemesini isteyiniz
    .hint = Sağlayıcının uygulamasının veya sisteminin kullanıcıyı uyarıp uyaramayacağını talep edilen makama sorun.
art31-traffic-confidentiality-reasons = Gizliliğin gerekçeleri
    .hint = Örneğin şüphelinin delilleri yok etmesi, kaçması veya suç ortaklarını uyarması tehlikesi.
art31-traffic-form = Verilerin biçimi ve doğrulanması
art31-traffic-form-electronic = Okunabilir biçimde elektronik kopya
art31-traffic-form-certified = Onaylı örnek
art31-traffic-form-certificate = Hizmet sağlayıcıdan ticari kayıtların gerçekliğine ilişkin belge
art31-traffic-form-other = Diğer
art31-traffic-form-other-detail = Diğer gereklilik
