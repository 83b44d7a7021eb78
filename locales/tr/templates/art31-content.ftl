# Şablon art31-content: depolanmış içerik verilerine ilişkin karşılıklı adli yardım talebi; gerekirse trafik verileri ve abone bilgileri de istenir (Budapeşte Sözleşmesi 31. madde).
# 1-11. bölümler, art31-subscriber'da olduğu gibi, T-CY(2018)10'un numaralandırmasını ve ifadelerini izler; sonraki bölümler Sözleşmenin 1. maddesinin (d) bendini, 18. maddesinin 3. fıkrasını, 25. maddesinin 5. fıkrasını, 28. ve 31. maddelerini izler.

art31-content-legal-basis = { $basis ->
        [budapest] Siber Suç Sözleşmesi (ETS No. 185) 31. madde
       *[other] { basis-legal-basis }
    }
art31-content-date = Tarih
art31-content-reference = Sayı / dosya numarası
art31-content-status = Talebin durumu
    .hint = Uygun olan tüm kutuları işaretleyin. Önceki bir talebin devamı niteliğindeki talepte, önceki talebin ayrıntıları için 9 ve 10. bölümler açılır.
art31-content-status-new = Yeni talep
art31-content-status-follow-up-mla = Önceki bir karşılıklı adli yardım talebinin devamı (ayrıntılar 9. bölümde)
art31-content-status-follow-up-preservation = Önceki bir muhafaza talebinin devamı (ayrıntılar 10. bölümde)
art31-content-requested-authority = Talep edilen makam
art31-content-requested-authority-country = Talep edilen Devlet
art31-content-requested-authority-authority = Makam
    .hint = { $basis ->
            [budapest] Talep edilen Devletin karşılıklı adli yardımdan sorumlu merkezi makamı (27. madde, 2. fıkra) veya bu tür talepleri almak üzere bu makamca belirlenen makam.
           *[other] Talep edilen Devletin karşılıklı adli yardımdan sorumlu merkezi makamı veya bu tür talepleri almak üzere bu makamca belirlenen makam.
        }
art31-content-requesting-authority = Talep eden makam
art31-content-requesting-authority-organisation = Kurum
art31-content-requesting-authority-person = Talepten sorumlu kişi
art31-content-requesting-authority-address = Adres
art31-content-requesting-authority-phone = Telefon numarası
art31-content-requesting-authority-mobile = Cep telefonu numarası
art31-content-requesting-authority-email = E-posta adresi
art31-content-requesting-authority-fax = Faks numarası
art31-content-requesting-authority-office-hours = Mesai saatleri
art31-content-requesting-authority-time-zone = Saat dilimi
    .hint = Biriminizin saat dilimi, UTC'ye göre fark olarak. Bu talepteki diğer her saat kendi saat dilimiyle birlikte belirtilir.
art31-content-requesting-authority-response = Yanıt yolu
art31-content-requesting-authority-response-expedited = Yanıtın e-posta veya başka bir hızlı yolla verilmesi tercih edilir
art31-content-requesting-authority-response-other = Yanıtın başka bir yolla verilmesi tercih edilir
art31-content-requesting-authority-response-other-detail = Yanıtın verilmesi tercih edilen yol
art31-content-additional-contact = Talep eden makamdan ek teyit gerekmesi hâlinde lütfen şu kişiyle irtibata geçiniz
art31-content-additional-contact-contacts = İrtibat kişisi
art31-content-additional-contact-contacts-name = Adı soyadı
art31-content-additional-contact-contacts-job-title = Unvanı
art31-content-additional-contact-contacts-function = Görevi
art31-content-additional-contact-contacts-phone = Telefon numarası
art31-content-additional-contact-contacts-mobile = Cep telefonu numarası
art31-content-additional-contact-contacts-email = E-posta adresi
art31-content-investigating-authority = Dosyadan sorumlu soruşturma / operasyonel makam (talep eden makamdan farklıysa)
art31-content-investigating-authority-organisation = Kurum
art31-content-investigating-authority-person = Dosyadan sorumlu kişi
art31-content-investigating-authority-address = Adres
art31-content-investigating-authority-phone = Telefon numarası
art31-content-investigating-authority-mobile = Cep telefonu numarası
art31-content-investigating-authority-email = E-posta adresi
art31-content-investigating-authority-fax = Faks numarası
art31-content-prosecution-court = Varsa, sorumlu savcılık veya mahkeme
art31-content-prosecution-court-prosecution = Sorumlu savcılık ve dosya numarası
art31-content-prosecution-court-court = Sorumlu mahkeme ve dosya numarası
art31-content-prosecution-court-decisions = Bu taleple ilgili savcılık veya mahkeme kararları
    .hint = Her karar için: kararı veren makam, kararın tarihi ve sayısı ile neyi emrettiği veya neye izin verdiği. Talep edilen Devlet gerektiriyorsa bir örneğini ekleyin.
art31-content-previous-mla = Varsa, önceki karşılıklı adli yardım talebine ilişkin bilgiler
art31-content-previous-mla-date = Tarih
art31-content-previous-mla-reference = Kayıt / sayı numarası
art31-content-previous-mla-requesting = Önceki talebi yapan makamın iletişim bilgileri
art31-content-previous-mla-executing = Önceki talebi yanıtlayan (veya yerine getiren) makamın iletişim bilgileri
art31-content-previous-mla-channel = Önceki talebin iletildiği yol (e-posta adresi, faks numarası vb.)
art31-content-previous-preservation = Varsa, önceki muhafaza talebine ilişkin bilgiler
art31-content-previous-preservation-date = Tarih
art31-content-previous-preservation-reference = Kayıt / sayı numarası
art31-content-previous-preservation-requesting = Muhafazayı talep eden makamın iletişim bilgileri
art31-content-previous-preservation-executing = Muhafaza talebini yanıtlayan (veya yerine getiren) makamın iletişim bilgileri
art31-content-previous-preservation-channel = İletişim kanalı
art31-content-previous-preservation-channel-network-247 = 7/24 Ağı irtibat noktası
art31-content-previous-preservation-channel-provider = Doğrudan hizmet sağlayıcıya
art31-content-previous-preservation-channel-police = Polis işbirliği kanalı
art31-content-previous-preservation-channel-mla = Karşılıklı adli yardımdan sorumlu merkezi makam
art31-content-previous-preservation-channel-other = Diğer
art31-content-previous-preservation-channel-other-detail = Kullanılan kanal
art31-content-previous-preservation-expiry = Verilerin muhafaza edileceği son tarih
    .hint = Biliniyorsa, talep edilen Devlet veya hizmet sağlayıcı tarafından teyit edilen muhafaza bitiş tarihi.
art31-content-legal-grounds = Talebin hukuki dayanağı
art31-content-legal-grounds-domestic = Varsa, talebin iç hukuktaki dayanağı
    .hint = Bu talebin dayandığı ulusal hukuk hükümleri; örneğin ceza muhakemesi kanununun karşılıklı adli yardım taleplerine ilişkin maddeleri.
art31-content-legal-grounds-instruments = Uygulanabilir diğer antlaşmalar veya düzenlemeler
art31-content-legal-grounds-instruments-ets-30 = Cezai Konularda Karşılıklı Adli Yardım Avrupa Sözleşmesi (ETS No. 30) ve Protokolleri
art31-content-legal-grounds-instruments-bilateral = İkili antlaşma
art31-content-legal-grounds-instruments-bilateral-detail = Antlaşmanın adı ve tarihi
art31-content-legal-grounds-instruments-reciprocity = Karşılıklılık
art31-content-offences = Suç(lar)
art31-content-offences-offences = Suç
art31-content-offences-offences-name = Suç
art31-content-offences-offences-provision = Kanun hükmü
art31-content-offences-offences-penalty = Azami ceza
art31-content-offences-damage = Meydana gelen zarar
    .hint = Varsa, zararın tutarı, para birimiyle birlikte.
art31-content-offences-damage-below-threshold = Zarar, 5.000 USD karşılığının altındadır
    .hint = Kendi kontrolünüzdür, talepte hiçbir zaman yazdırılmaz. Amerika Birleşik Devletleri, 5.000 USD'nin altındaki zarara ilişkin talepleri genellikle reddeder; zararın kendi para biriminizdeki tutarını bu miktarla karşılaştırın.
art31-content-facts = Olayların kısa özeti
    .hint = Kimin, neyi, ne zaman ve nerede yaptığı ve suçun ilgili hizmet aracılığıyla nasıl işlendiği. Her saati saat dilimiyle birlikte belirtin.
art31-content-identifiers = İstenen verilerin tanımlayıcıları ve dönemi
art31-content-identifiers-identifiers = İstenen verilerin tanımlayıcıları
    .hint = Verileri istenen her hesap, adres veya numara. IP adresi için kaynak portu ve saat dilimiyle birlikte tam tarih ve saati belirtin: paylaşılan adreslerde sağlayıcı bunlar olmadan aboneyi tespit edemez.
art31-content-identifiers-period = Verilerin istendiği tam dönem
    .hint = Başlangıç ve bitiş, saat dilimleriyle birlikte. Yalnızca soruşturmanın gerektirdiği dönemi isteyin: uzun dönemlere (90 günden fazla) ilişkin talepler, aşırı geniş kapsamlı oldukları gerekçesiyle çoğu zaman reddedilir.
art31-content-data = İstenen veriler
art31-content-data-content = İstenen içerik verileri
    .hint = Yalnızca olayların haklı kıldığı içeriği belirtin; talep edilen Devlet bunun için mahkeme kararı şartı arayabilir.
art31-content-data-content-messages = Sohbet ve doğrudan mesajlar dahil, depolanmış mesajlar
art31-content-data-content-emails = Ekleriyle birlikte depolanmış e-postalar
art31-content-data-content-files = Bulut depolama dahil, depolanmış dosya ve belgeler
art31-content-data-content-media = Fotoğraf ve videolar
art31-content-data-content-posts = Gönderiler, yorumlar ve yayımlanmış diğer içerikler
art31-content-data-content-location = Depolanmış konum bilgileri
art31-content-data-content-contacts = Kişi listeleri ve adres defterleri
art31-content-data-content-other = Diğer
art31-content-data-content-other-detail = İstenen diğer içerik verileri
art31-content-data-traffic = İstenen trafik verileri
    .hint = { $basis ->
            [budapest] Yalnızca içeriğe ek olarak gerekenleri işaretleyin. İlk sekiz kutu, Sözleşmenin 1. maddesinin (d) bendindeki trafik verileri tanımını izler: iletişim zincirinin bir parçası olarak bir bilgisayar sistemi tarafından üretilen veriler.
           *[other] Yalnızca içeriğe ek olarak gerekenleri işaretleyin. Trafik verileri, iletişim zincirinin bir parçası olarak bir bilgisayar sistemi tarafından üretilen verilerdir.
        }
art31-content-data-traffic-origin = İletişimin kaynağı
art31-content-data-traffic-destination = İletişimin hedefi
art31-content-data-traffic-route = Güzergâh
art31-content-data-traffic-time = Saat
art31-content-data-traffic-date = Tarih
art31-content-data-traffic-size = Boyut
art31-content-data-traffic-duration = Süre
art31-content-data-traffic-service = Temel hizmetin türü
art31-content-data-traffic-connection-log = IP bağlantı geçmişi: IP adresleri, kaynak portları, tarih ve saatleriyle birlikte oturum açma ve kapatma kayıtları
art31-content-data-traffic-headers = E-posta başlık bilgileri (içerik hariç)
art31-content-data-traffic-other = Diğer
art31-content-data-traffic-other-detail = İstenen diğer trafik verileri
art31-content-data-subscriber = İstenen abone bilgileri
    .hint = { $basis ->
            [budapest] Yalnızca içeriğe ek olarak gerekenleri işaretleyin. İlk altı kutu, Sözleşmenin 18. maddesinin 3. fıkrasındaki abone bilgileri tanımını izler.
           *[other] Yalnızca içeriğe ek olarak gerekenleri işaretleyin.
        }
art31-content-data-subscriber-service = Kullanılan iletişim hizmetinin türü, bu amaçla alınan teknik önlemler ve hizmet süresi
art31-content-data-subscriber-identity = Abonenin kimliği
art31-content-data-subscriber-address = Posta adresi veya coğrafi adres
art31-content-data-subscriber-access-number = Telefon ve diğer erişim numaraları
art31-content-data-subscriber-billing = Faturalandırma ve ödeme bilgileri
art31-content-data-subscriber-installation = İletişim ekipmanının kurulu olduğu yer
art31-content-data-subscriber-email = Hesapla bağlantılı e-posta adresleri
art31-content-data-subscriber-registration-ip = Kayıt sırasındaki IP adresi ile kayıt tarihi ve saati
art31-content-data-subscriber-other = Diğer
art31-content-data-subscriber-other-detail = İstenen diğer abone bilgileri
art31-content-measures = Talep edilen tedbirler
    .hint = { $basis ->
            [budapest] 31. madde, 1. fıkra: talep edilen Taraf, 29. madde uyarınca muhafaza edilen veriler dahil olmak üzere kendi ülkesinde depolanmış verileri arayabilir veya benzer yolla bunlara erişebilir, bunlara el koyabilir veya benzer yolla güvence altına alabilir ve bunları açıklayabilir.
           *[other] Talep edilen Devletten, daha önce muhafaza edilen veriler dahil olmak üzere kendi ülkesinde depolanmış verilerle ilgili olarak istenenler: bunları aramak veya benzer yolla bunlara erişmek, bunlara el koymak veya benzer yolla güvence altına almak ve bunları açıklamak.
        }
art31-content-measures-search = Arama veya benzer yolla erişim
art31-content-measures-seizure = El koyma veya benzer yolla güvence altına alma
art31-content-measures-disclosure = Açıklama
art31-content-preservation = Verilerin muhafazası
art31-content-preservation-sought = Verilerin muhafazası daha önce talep edildi mi?
    .hint = { $basis ->
            [budapest] Verilerin Sözleşmenin 29. maddesi uyarınca, 7/24 Ağı aracılığıyla veya doğrudan hizmet sağlayıcı nezdinde muhafaza ettirilip ettirilmediği. Sayı, talep edilen makamın ve sağlayıcının muhafaza edilen verileri bulmasını sağlar. Bu talep 10. bölümde belirtilen muhafaza talebinin devamı ise aynı tarihi ve sayıyı belirtin.
           *[other] Verilerin 7/24 Ağı, talep edilen Devletin başka bir makamı aracılığıyla veya doğrudan hizmet sağlayıcı nezdinde muhafaza ettirilip ettirilmediği. Sayı, talep edilen makamın ve sağlayıcının muhafaza edilen verileri bulmasını sağlar. Bu talep 10. bölümde belirtilen muhafaza talebinin devamı ise aynı tarihi ve sayıyı belirtin.
        }
art31-content-preservation-sought-yes = Evet
art31-content-preservation-sought-no = Hayır
art31-content-preservation-date = Muhafaza talebinin tarihi
art31-content-preservation-reference = Muhafaza talebinin sayısı
    .hint = Talep edilen makam veya hizmet sağlayıcı tarafından verilen sayı; böyle bir sayı verilmemişse kendi sayınız.
art31-content-relevance = Verilerin soruşturmayla bağlantısı
    .hint = Her tanımlayıcının ve istenen her veri türünün suçla ve şüpheliyle nasıl bağlantılı olduğunu ve verilerin neden hizmet sağlayıcının elinde bulunduğunun düşünüldüğünü açıklayın.
art31-content-grounds = İçerik verilerinin aranması veya ibrazı için olgusal dayanak
    .hint = Talep edilen Devletin zorlayıcı tedbirler için aradığı eşiği karşılayan somut olgular, örneğin Amerika Birleşik Devletleri'nde "probable cause" (makul sebep) ölçütü: hesabın suçla bağlantılı olarak kullanıldığını ve suça ilişkin delillerin istenen içerikte bulunmasının muhtemel olduğunu gösteren olgular ile bu olguların ne zaman meydana geldiği. Yalnızca varılan sonuçlar veya şüpheler yeterli değildir.
art31-content-dual-criminality = Çifte suç ilkesi
    .hint = { $basis ->
            [budapest] 13. bölümde açıklanan fiilin talep edilen Devletin hukukuna göre de suç teşkil ettiğini, biliniyorsa ilgili hükmü belirterek açıklayın. Sözleşmenin 25. maddesinin 5. fıkrası uyarınca, suçun temelini oluşturan fiil o Devlette suç teşkil ediyorsa, suçun hangi kategoriye girdiğine veya nasıl adlandırıldığına bakılmaksızın bu şart yerine gelmiş sayılır.
           *[other] 13. bölümde açıklanan fiilin talep edilen Devletin hukukuna göre de suç teşkil ettiğini, biliniyorsa ilgili hükmü belirterek açıklayın.
        }
art31-content-use = Verilerin kullanımına ilişkin sınırlamalar
art31-content-use-undertakings = Talep eden makamın taahhütleri
    .hint = { $basis ->
            [budapest] 28. madde, Taraflar arasında yeknesak veya karşılıklı mevzuata dayanan bir karşılıklı yardım antlaşması veya düzenlemesi yürürlükte olmadığında uygulanır; aksi hâlde söz konusu antlaşmanın veya düzenlemenin gizlilik ve kullanıma ilişkin kuralları uygulanır.
           *[other] Gizlilik ve kullanım sınırlaması koşulları, seçilen belgenin koşulları veya antlaşma yoksa talep edilen Devletin belirlediği koşullardır.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Talep eden makam, talep edilen Tarafın Sözleşmenin 28. maddesinin 2. fıkrası uyarınca belirlediği gizlilik ve kullanım sınırlaması koşullarına uyacaktır
       *[other] Talep eden makam, talep edilen Devletin belirlediği gizlilik ve kullanım sınırlaması koşullarına uyacaktır
    }
art31-content-use-undertakings-speciality = Veriler, talep edilen Taraf başka bir kullanıma onay vermedikçe, yalnızca bu talepte belirtilen soruşturma ve yargılama için kullanılacaktır (özellik ilkesi)
art31-content-use-explanation = Verilerin öngörülen kullanımına ilişkin açıklama
    .hint = Örneğin verilerin savunmaya açıklanmasının veya bağlantılı yargılamalarda kullanılmasının gerekip gerekmeyeceği; böylece talep edilen Taraf koşullarını buna göre belirleyebilir.
art31-content-service-provider = Verileri elinde bulunduran hizmet sağlayıcı
art31-content-service-provider-name = Hizmet sağlayıcının adı
    .hint = Sağlayıcının, hizmet koşullarında veya kolluk birimlerine yönelik yönergelerinde yer alan resmî unvanı.
art31-content-service-provider-address = Adres veya konum
art31-content-urgency = Aciliyet
art31-content-urgency-urgent = Talebin acilen yerine getirilmesi istenmektedir
art31-content-urgency-reasons = Aciliyetin gerekçeleri
    .hint = { $basis ->
            [budapest] Örneğin şüphelinin tutuklu olması, yargılamaya ilişkin bir süre sınırı veya verilerin kaybolmaya ya da değiştirilmeye özellikle açık olduğuna inanmak için nedenler bulunması (31. madde, 3. fıkra).
           *[other] Örneğin şüphelinin tutuklu olması, yargılamaya ilişkin bir süre sınırı veya verilerin kaybolmaya ya da değiştirilmeye özellikle açık olduğuna inanmak için nedenler bulunması.
        }
art31-content-urgency-deadline = Verilerin gerekli olduğu son tarih
art31-content-confidentiality = Gizlilik
art31-content-confidentiality-confidential = Lütfen bu talebin varlığını ve konusunu, yerine getirilmesi için gerekli olan ölçü dışında gizli tutunuz
art31-content-confidentiality-no-notification = Hizmet sağlayıcıdan aboneyi veya herhangi bir üçüncü kişiyi bilgilendirmemesini isteyiniz
    .hint = Sağlayıcının uygulamasının veya sisteminin kullanıcıyı uyarıp uyaramayacağını talep edilen makama sorun.
art31-content-confidentiality-reasons = Gizliliğin gerekçeleri
    .hint = Örneğin şüphelinin delilleri yok etmesi, kaçması veya suç ortaklarını uyarması tehlikesi.
art31-content-form = Verilerin biçimi, doğrulanması ve delil zinciri
    .hint = İçeriğin delil olarak kabul edilebilmesi için genellikle doğrulanması gerekir: mahkemelerinizin ihtiyaç duyduklarını işaretleyin; örneğin özet (hash) değerleriyle birlikte adli kopya ve verileri elden geçiren herkesin kaydı ya da hizmet sağlayıcının ticari kayıtlarının gerçekliğine ilişkin belgesi.
art31-content-form-electronic = Okunabilir biçimde elektronik kopya
art31-content-form-certified = Onaylı örnek
art31-content-form-certificate = Hizmet sağlayıcıdan ticari kayıtların gerçekliğine ilişkin belge
art31-content-form-forensic = Özet (hash) değerleriyle birlikte adli kopya
art31-content-form-custody = Delil zinciri kaydı
art31-content-form-other = Diğer
art31-content-form-other-detail = Diğer gereklilik
