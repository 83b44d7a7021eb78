# Şablon art29-preservation: depolanmış bilgisayar verilerinin süratle muhafazası talebi
# (Siber Suç Sözleşmesi, 29 ve 30. maddeler). 1-7. bölümler T-CY(2018)11'i, 8 ve 9. bölümler
# T-CY(2018)10'u, 10-14. bölümler 29. maddenin 2. fıkrasının (b)-(f) bentlerindeki unsurları izler.

art29-preservation-legal-basis = { $basis ->
        [budapest] Siber Suç Sözleşmesi (ETS No. 185) 29 ve 30. maddeler
       *[other] { basis-legal-basis }
    }

## 1-3: tarih, sayı, durum

art29-preservation-date = Tarih
art29-preservation-reference = Sayı / dosya numarası
art29-preservation-status = Talebin durumu
art29-preservation-status-new = Yeni talep
art29-preservation-status-extension = Önceki talebin süresinin uzatılması
art29-preservation-status-previous-reference = Önceki talebin kayıt veya sayı numarası
art29-preservation-previous-request-date = Önceki talebin tarihi
art29-preservation-executed-date = Talep edilen Tarafın muhafazayı yerine getirdiği tarih
    .hint = Kendi notunuzdur, talepte hiçbir zaman yazdırılmaz: talep edilen Tarafın veya hizmet sağlayıcının teyit ettiği tarih, öğrenilir öğrenilmez. Uygulamada ve takvim hatırlatıcısında gösterilen muhafaza süresi bu tarihten itibaren işler.

## 4 Talep edilen makam

art29-preservation-requested-authority = Talep edilen makam
art29-preservation-requested-authority-type = Talebin muhatabı
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] 7/24 irtibat noktası (35. madde)
       *[other] 7/24 irtibat noktası
    }
art29-preservation-requested-authority-type-competent-authority = Başka bir yetkili makam
art29-preservation-requested-authority-authority = Makamın adı
    .hint = { $basis ->
            [budapest] Talep edilen Devletin, Avrupa Konseyi rehberinde veya o Devletin beyanlarında belirtilen 7/24 irtibat noktası ya da yetkili makamı.
           *[other] Talep edilen Devletin, seçilen belge kapsamında yaptığı beyanlarda belirtilen 7/24 irtibat noktası ya da yetkili makamı.
        }
art29-preservation-requested-authority-country = Talep edilen Devlet
    .hint = Verilerin muhafazası istenen Taraf: genellikle bilgisayar sisteminin veya hizmet sağlayıcının bulunduğu Devlet.

## 5 Talep eden makam

art29-preservation-requesting-authority = Talep eden makam
art29-preservation-requesting-authority-organisation = Kurum
art29-preservation-requesting-authority-person = Talepten sorumlu kişi
art29-preservation-requesting-authority-address = Adres
art29-preservation-requesting-authority-telephone = Telefon numarası
    .hint = Uluslararası biçimde, + işareti ve ülke koduyla başlayarak. Acil sorular için mesai saatleri dışında da yanıt verilen bir numara belirtin.
art29-preservation-requesting-authority-cell-phone = Cep telefonu numarası
art29-preservation-requesting-authority-email = E-posta
art29-preservation-requesting-authority-fax = Faks numarası
art29-preservation-requesting-authority-office-hours = Mesai saatleri
    .hint = Aşağıdaki saat dilimine göre çalışma günleriniz ve saatleriniz; örneğin: Pazartesi-Cuma, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Saat dilimi
    .hint = Biriminizin saat dilimi, UTC'ye göre fark olarak. Aksi belirtilmedikçe bu talepteki tüm saatler bu saat dilimine göredir.
art29-preservation-requesting-authority-response = Tercih edilen yanıt yolu
art29-preservation-requesting-authority-response-expedited = Yanıtın e-posta veya başka bir hızlı yolla verilmesi tercih edilir
art29-preservation-requesting-authority-response-means = Yanıtın şu yolla verilmesi tercih edilir:
art29-preservation-requesting-authority-response-means-detail = Yanıt yolu

## 6 Yedek irtibat kişisi

art29-preservation-backup-contact = Talep eden makamdan ek teyit gerekmesi hâlinde lütfen şu kişiyle irtibata geçiniz
art29-preservation-backup-contact-name = Adı soyadı
art29-preservation-backup-contact-job-title = Unvanı
art29-preservation-backup-contact-function = Görevi
art29-preservation-backup-contact-telephone = Telefon numarası
art29-preservation-backup-contact-cell-phone = Cep telefonu numarası
art29-preservation-backup-contact-email = E-posta

## 7 Soruşturma veya operasyonel makam

art29-preservation-investigative-authority = Dosyadan sorumlu soruşturma veya operasyonel makam
art29-preservation-investigative-authority-different = Soruşturma veya operasyonel makam, talep eden makamdan farklıdır
art29-preservation-investigative-authority-organisation = Kurum
art29-preservation-investigative-authority-person = Dosyadan sorumlu kişi
art29-preservation-investigative-authority-address = Adres
art29-preservation-investigative-authority-telephone = Telefon numarası
art29-preservation-investigative-authority-cell-phone = Cep telefonu numarası
art29-preservation-investigative-authority-email = E-posta
art29-preservation-investigative-authority-fax = Faks numarası

## 8 Savcılık veya mahkeme

art29-preservation-prosecution = Varsa, sorumlu savcılık veya mahkeme
art29-preservation-prosecution-office = Sorumlu savcılık
art29-preservation-prosecution-office-case = Savcılık dosya numarası
art29-preservation-prosecution-court = Sorumlu mahkeme
art29-preservation-prosecution-court-case = Mahkeme dosya numarası

## 9 İç hukuktaki dayanak

art29-preservation-domestic-legal-basis = Varsa, talebin iç hukuktaki dayanağı
    .hint = Dosyanın soruşturulduğu ve bu muhafazanın talep edildiği ulusal hukuk hükümleri; örneğin ceza muhakemesi kanununun ilgili maddeleri.

## 10 Suç ve olaylar: 29. madde, 2. fıkra, (b) bendi

art29-preservation-offence = { $basis ->
        [budapest] Suç ve olayların kısa özeti (29. madde, 2. fıkra, (b) bendi)
       *[other] Suç ve olayların kısa özeti
    }
art29-preservation-offence-offences = Ceza soruşturmasının veya kovuşturmasının konusu olan suçlar
    .hint = Her suç için bir satır: suçun adı veya kısa tanımı, suçu tanımlayan ceza kanunu hükmü ve azami ceza.
art29-preservation-offence-offences-offence = Suç
art29-preservation-offence-offences-provision = Kanun hükmü
art29-preservation-offence-offences-penalty = Azami ceza
art29-preservation-offence-facts = Olayların kısa özeti
    .hint = Birkaç cümleyle: ne olduğu, ne zaman ve nerede olduğu; talep edilen makamın talebi anlamasına yetecek kadar bilgi, fazlası değil. Her tarih ve saati saat dilimiyle birlikte belirtin. 7/24 irtibat noktaları bu talebi çoğu zaman hizmet sağlayıcıya iletir: bir şüphelinin veya mağdurun adını yalnızca talep edilen makamın verileri bulmak için bu ada ihtiyaç duyduğu durumlarda belirtin.
art29-preservation-offence-convention-offence = Suç, Siber Suç Sözleşmesinin 2 ila 11. maddeleri uyarınca tanımlanan bir suça karşılık gelmektedir
    .hint = Çifte suç ilkesi muhafaza için bir koşul değildir (29. madde, 3. fıkra); ancak talep edilen Taraf, 2 ila 11. maddelerde tanımlananlar dışındaki suçlar için bu koşulu arama hakkını saklı tutmuşsa durum farklıdır (29. madde, 4. fıkra). Suç bunlardan biriyse işaretleyin ve ilgili maddeleri belirtin. Yalnızca işaretlendiğinde yazdırılır.
art29-preservation-offence-convention-articles = Sözleşmenin karşılık gelen maddeleri
art29-preservation-offence-convention-articles-art2 = 2. madde: Yasa dışı erişim
art29-preservation-offence-convention-articles-art3 = 3. madde: Yasa dışı ele geçirme
art29-preservation-offence-convention-articles-art4 = 4. madde: Verilere müdahale
art29-preservation-offence-convention-articles-art5 = 5. madde: Sisteme müdahale
art29-preservation-offence-convention-articles-art6 = 6. madde: Cihazların kötüye kullanılması
art29-preservation-offence-convention-articles-art7 = 7. madde: Bilgisayarla bağlantılı sahtecilik
art29-preservation-offence-convention-articles-art8 = 8. madde: Bilgisayarla bağlantılı dolandırıcılık
art29-preservation-offence-convention-articles-art9 = 9. madde: Çocuk pornografisiyle bağlantılı suçlar
art29-preservation-offence-convention-articles-art10 = 10. madde: Telif hakkı ve bağlantılı hakların ihlaliyle ilgili suçlar
art29-preservation-offence-convention-articles-art11 = 11. madde: Teşebbüs ve yardım etme veya azmettirme

## 11 Muhafaza edilecek veriler: 29. madde, 2. fıkra, (c) bendi

art29-preservation-data = { $basis ->
        [budapest] Muhafaza edilecek depolanmış bilgisayar verileri (29. madde, 2. fıkra, (c) bendi)
       *[other] Muhafaza edilecek depolanmış bilgisayar verileri
    }
art29-preservation-data-identifiers = Muhafaza edilecek verilerin tanımlayıcıları
    .hint = Verileri muhafaza edilecek her hesap, kullanıcı adı, e-posta adresi, telefon numarası, URL, alan adı, cihaz veya IP adresi. IP adresi için kaynak portu ve saat dilimiyle birlikte tam kullanım tarihini ve saatini belirtin: paylaşılan bir adreste sağlayıcı bunlar olmadan kullanıcıyı bulamaz. Yalnızca tek bir tanımlayıcıyı ilgilendiren dönem, o tanımlayıcının satırına yazılır.
art29-preservation-data-period = Muhafaza edilecek verilerin dönemi
    .hint = Tüm tanımlayıcılar için aynı olduğunda, verilerin kapsaması gereken dönem. Her iki ucu da saat dilimiyle belirtin. Yalnızca soruşturmanın gerektirdiği dönemi isteyin: uzun dönemlere (90 günden fazla) ilişkin talepler, aşırı geniş kapsamlı oldukları gerekçesiyle çoğu zaman reddedilir.
art29-preservation-data-categories = Muhafaza edilecek veri kategorileri
    .hint = { $basis ->
            [budapest] Yalnızca soruşturmanın gerektirdiklerini işaretleyin. Abone bilgileri: abonenin kimliği, adresi ve kullanılan hizmet (18. madde, 3. fıkra). Trafik verileri: iletişimin kaynağı, hedefi, güzergâhı, saati, tarihi, boyutu ve süresi ya da temel hizmetin türü (1. madde, (d) bendi). İçerik verileri: iletişimin kendisi.
           *[other] Yalnızca soruşturmanın gerektirdiklerini işaretleyin. Abone bilgileri: abonenin kimliği, adresi ve kullanılan hizmet. Trafik verileri: iletişimin kaynağı, hedefi, güzergâhı, saati, tarihi, boyutu ve süresi ya da temel hizmetin türü. İçerik verileri: iletişimin kendisi.
        }
art29-preservation-data-categories-subscriber = Abone bilgileri
art29-preservation-data-categories-traffic = Trafik verileri
art29-preservation-data-categories-content = İçerik verileri
art29-preservation-data-categories-other = Diğer veriler
art29-preservation-data-categories-other-detail = Muhafaza edilecek diğer veriler
art29-preservation-data-relationship = Verilerin suçla bağlantısı
    .hint = Bu verilerin suçla nasıl bağlantılı olduğunu gösterin; örneğin: tehdit mesajları 20/11/2026 tarihinde saat 14:03 UTC+04:00'te bu hesaptan gönderilmiştir veya mağdurun sunucusuna bu IP adresinden oturum açılmıştır.

## 12 Verileri elinde bulunduran ve sistemin yeri: 29. madde, 2. fıkra, (d) bendi

art29-preservation-custodian = { $basis ->
        [budapest] Verileri elinde bulunduran ve bilgisayar sisteminin yeri (29. madde, 2. fıkra, (d) bendi)
       *[other] Verileri elinde bulunduran ve bilgisayar sisteminin yeri
    }
art29-preservation-custodian-provider = Hizmet sağlayıcı veya verileri elinde bulunduran diğer kişi
    .hint = Bilindiği kadarıyla, verileri elinde bulunduran şirketin veya kişinin adı. Bilinmiyorsa bunu belirtin.
art29-preservation-custodian-contact = Verileri elinde bulunduranın adresi veya internet sitesi
art29-preservation-custodian-location = Bilgisayar sisteminin yeri
    .hint = Bilindiği kadarıyla, verileri barındıran bilgisayar sisteminin bulunduğu yer: ülke, şehir, barındırma hizmeti sağlayıcısı veya veri merkezi.

## 13 Gereklilik: 29. madde, 2. fıkra, (e) bendi

art29-preservation-necessity = { $basis ->
        [budapest] Muhafazanın gerekliliği (29. madde, 2. fıkra, (e) bendi)
       *[other] Muhafazanın gerekliliği
    }
art29-preservation-necessity-reasons = Süratle muhafaza gerekçeleri
art29-preservation-necessity-reasons-deletion = Veriler silinebilir, değiştirilebilir veya kaybolabilir
art29-preservation-necessity-reasons-retention = Hizmet sağlayıcı bu tür verileri yalnızca kısa bir süre saklamaktadır
art29-preservation-necessity-reasons-notice = Şüpheli soruşturmadan haberdar olup verileri silebilir
art29-preservation-necessity-reasons-other = Diğer
art29-preservation-necessity-reasons-other-detail = Diğer gerekçe
art29-preservation-necessity-explanation = Açıklama
    .hint = İsteğe bağlı: aciliyeti somutlaştıran husus; örneğin sağlayıcının bilinen saklama süresi veya verilerin silineceği tarih.

## 14 Sonradan gönderilecek karşılıklı adli yardım talebi: 29. madde, 2. fıkra, (f) bendi

art29-preservation-mla = { $basis ->
        [budapest] Sonradan gönderilecek karşılıklı adli yardım talebi (29. madde, 2. fıkra, (f) bendi)
       *[other] Sonradan gönderilecek karşılıklı adli yardım talebi
    }
art29-preservation-mla-intent = Talep eden Taraf, depolanmış bilgisayar verilerinin aranması veya benzer yolla bunlara erişilmesi, bunlara el konulması veya benzer yolla güvence altına alınması ya da açıklanması için karşılıklı yardım talebinde bulunma niyetindedir.
art29-preservation-mla-expected-date = Karşılıklı adli yardım talebinin öngörülen tarihi
    .hint = { $basis ->
            [budapest] Sözleşmenin 29. maddesinin 7. fıkrası uyarınca muhafaza, karşılıklı adli yardım talebinin sunulabilmesi için altmış günden az olmamak üzere bir süre için yapılır; bu talep alındıktan sonra veriler, talep hakkında karar verilinceye kadar muhafaza edilmeye devam eder. Talep edilen Devletin verileri fiilen ne kadar süre muhafaza edeceği, o Devletin hukukuna ve uygulamasına bağlıdır: «Muhafaza süresi» paneline bakın ve talebi süre dolmadan yeterince önce gönderin ya da süre uzatımını zamanında isteyin.
           *[other] Talep edilen Devletin verileri ne kadar süre muhafaza edeceği, o Devletin hukukuna ve uygulamasına bağlıdır: «Muhafaza süresi» paneline bakın ve karşılıklı adli yardım talebini süre dolmadan yeterince önce gönderin ya da süre uzatımını zamanında isteyin.
        }

## 15 30. madde

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Muhafaza edilen trafik verilerinin süratle açıklanması (30. madde): belirli bir iletişime ilişkin trafik verilerinin muhafazası sırasında başka bir Devletteki bir hizmet sağlayıcının bu iletişimin iletiminde yer aldığının tespit edilmesi hâlinde, söz konusu hizmet sağlayıcıyı ve iletişimin iletildiği yolu tespit etmeye yetecek miktarda trafik verisinin süratle açıklanması rica olunur.
       *[other] Muhafaza edilen trafik verilerinin süratle açıklanması: belirli bir iletişime ilişkin trafik verilerinin muhafazası sırasında başka bir Devletteki bir hizmet sağlayıcının bu iletişimin iletiminde yer aldığının tespit edilmesi hâlinde, söz konusu hizmet sağlayıcıyı ve iletişimin iletildiği yolu tespit etmeye yetecek miktarda trafik verisinin süratle açıklanması rica olunur.
    }

## 16 Gizlilik

art29-preservation-confidentiality = Gizlilik
art29-preservation-confidentiality-conditions = Talep edilen gizlilik
    .hint = Bazı hizmet sağlayıcılar, kullanıcılarını taleplerden haberdar eder. Bunun olup olamayacağını talep edilen makama sorun ve soruşturmanın gerektirdiklerini işaretleyin.
art29-preservation-confidentiality-conditions-no-notification = Lütfen aboneyi veya hesap sahibini bu talepten haberdar etmeyiniz
art29-preservation-confidentiality-conditions-warn = Lütfen kullanıcıyı uyarabilecek herhangi bir işlemden önce talep eden makamı bilgilendiriniz
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Muhafazanın verilerin ileride erişilebilir olmasını sağlamayacak olması, soruşturmanın gizliliğini tehlikeye atacak olması veya soruşturmaya başka bir şekilde zarar verecek olması hâlinde, talebin buna rağmen yerine getirilip getirilmeyeceğine karar verebilmesi için lütfen talep eden makamı derhâl bilgilendiriniz (29. madde, 6. fıkra)
       *[other] Muhafazanın verilerin ileride erişilebilir olmasını sağlamayacak olması, soruşturmanın gizliliğini tehlikeye atacak olması veya soruşturmaya başka bir şekilde zarar verecek olması hâlinde, talebin buna rağmen yerine getirilip getirilmeyeceğine karar verebilmesi için lütfen talep eden makamı derhâl bilgilendiriniz
    }
art29-preservation-confidentiality-details = Gizliliğe ilişkin diğer açıklamalar

## 17 Alındı teyidi

art29-preservation-acknowledgement = Lütfen verilerin muhafaza edildiğini teyit ediniz ve bu talebe verilen referans numarasını ve muhafazanın sona ereceği tarihi bildiriniz
