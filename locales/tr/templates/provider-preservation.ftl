# provider-preservation şablonu: verilerin muhafazası için doğrudan bir hizmet sağlayıcıya gönderilen talep.
# Hiçbir antlaşmaya atıf yapılmaz: sağlayıcı kendi politikasına ve hukukuna göre karar verir; talep, talep eden
# makamın dayandığı iç hukuku belirtir.

provider-preservation-legal-basis = Talep eden makam tarafından kendi iç hukukuna dayanılarak (6. bölüm) doğrudan hizmet sağlayıcıya yöneltilen talep

## 1-3: tarih, sayı, durum

provider-preservation-date = Tarih
provider-preservation-reference = Sayı / dosya numarası
provider-preservation-status = Talebin durumu
provider-preservation-status-new = Yeni talep
provider-preservation-status-extension = Önceki bir muhafaza talebinin süresinin uzatılması
provider-preservation-status-previous-reference = Önceki talebin referans numarası (hizmet sağlayıcı bir numara verdiyse, onun verdiği numara)
provider-preservation-previous-request-date = Önceki talebin tarihi

## 4 Muhatap hizmet sağlayıcı

provider-preservation-addressee = Muhatap hizmet sağlayıcı
provider-preservation-addressee-name = Muhatap tüzel kişi
    .hint = Hizmetten ve ilgili kullanıcılardan sorumlu şirket. Yanlış tüzel kişiye gönderilen talepler çoğu zaman reddedilir: yukarıdan sağlayıcıyı seçin veya sağlayıcının kolluk birimlerine yönelik yönergelerinde belirtilen tüzel kişiyi yazın.
provider-preservation-addressee-service = İlgili hizmet
    .hint = Verileri muhafaza edilecek hizmet, kullanıcılarının bildiği adıyla (örneğin bir sosyal ağ, bir e-posta veya mesajlaşma hizmeti).
provider-preservation-addressee-country = Tüzel kişinin yerleşik olduğu Devlet
provider-preservation-addressee-address = Tebligat adresi
provider-preservation-addressee-portal = Kolluk talepleri için portal veya web formu
provider-preservation-addressee-email = Kolluk talepleri için e-posta adresi

## 5 Talep eden makam

provider-preservation-requesting-authority = Talep eden makam
provider-preservation-requesting-authority-organisation = Makam
provider-preservation-requesting-authority-person = Talepten sorumlu görevli
provider-preservation-requesting-authority-position = Görevi veya rütbesi
provider-preservation-requesting-authority-address = Adres
provider-preservation-requesting-authority-telephone = Telefon numarası
    .hint = Uluslararası biçimde, + işareti ve ülke koduyla başlayarak; böylece hizmet sağlayıcı talebin gerçek olduğunu doğrulamak için geri arayabilir.
provider-preservation-requesting-authority-cell-phone = Cep telefonu numarası
provider-preservation-requesting-authority-email = Resmî e-posta adresi
    .hint = Makamınızın resmî alan adındaki bir adres: hizmet sağlayıcılar kişisel veya ücretsiz e-posta adreslerinden gönderilen talepleri reddedebilir.
provider-preservation-requesting-authority-time-zone = Saat dilimi
    .hint = Biriminizin saat dilimi, UTC'ye göre fark olarak. Aksi belirtilmedikçe bu talepteki tüm saatler bu saat dilimine göredir.

## 6 İç hukuktaki dayanak

provider-preservation-domestic-legal-basis = Talebin, talep eden makamın hukukundaki dayanağı
provider-preservation-domestic-legal-basis-domestic-legal-basis = Talep eden makamın dayandığı iç hukuk hükümleri
    .hint = Makamınızı dosyayı soruşturmaya ve bu talepte bulunmaya yetkili kılan ulusal hukuk maddeleri (örneğin ceza muhakemesi kanununun maddeleri). Hiçbir antlaşmaya atıf yapmayın ve hizmet sağlayıcıya kendi hukukunu anlatmayın: sağlayıcı talebe uyup uymayacağına kendi politikasına ve hukukuna göre karar verir.
provider-preservation-domestic-legal-basis-decision = Varsa, talebe izin veren karar veya emir
    .hint = Hukukunuz gerektiriyorsa, talebin dayandığı kararın, emrin veya müzekkerenin makamı, tarihi ve sayısı.

## 7 Suç ve olaylar

provider-preservation-offence = Suç ve olayların kısa özeti
provider-preservation-offence-offences = Soruşturulan suçlar
    .hint = Her suç için bir satır: suçun adı veya kısa tanımı, suçu tanımlayan ceza kanunu hükmü ve azami ceza.
provider-preservation-offence-offences-offence = Suç
provider-preservation-offence-offences-provision = Kanun hükmü
provider-preservation-offence-offences-penalty = Azami ceza
provider-preservation-offence-facts = Olayların kısa özeti
    .hint = Birkaç cümleyle: ne olduğu, ne zaman ve nerede olduğu; her tarih ve saat saat dilimiyle birlikte. Hizmet sağlayıcının verileri bulmak için gerekenden fazlasına ihtiyacı yoktur: bir şüpheliyi veya mağduru yalnızca gerekli olduğunda adlandırın.

## 8 Muhafaza edilecek veriler

provider-preservation-data = Muhafaza edilecek veriler
provider-preservation-data-identifiers = Muhafaza edilecek hesapların veya verilerin tanımlayıcıları
    .hint = Her hesap, kullanıcı adı, kullanıcı kimliği, e-posta adresi, telefon numarası, URL veya IP adresi, tam olarak hizmette göründüğü şekliyle. Yanlış veya eksik tanımlayıcılar başlıca ret nedenlerindendir. IP adresi için kaynak portu ve saat dilimiyle birlikte tam kullanım tarihini ve saatini belirtin. Yalnızca bir tanımlayıcıyı ilgilendiren dönem o tanımlayıcının satırına yazılır.
provider-preservation-data-period = Muhafaza edilecek verilerin dönemi
    .hint = Tüm tanımlayıcılar için aynı olduğunda verilerin kapsaması gereken dönem, her iki ucu da saat dilimiyle. Uzun dönemlere (90 günden fazla) ilişkin talepler çoğu zaman aşırı geniş olduğu gerekçesiyle reddedilir.
provider-preservation-data-categories = Muhafaza edilecek veri kategorileri
    .hint = Yalnızca soruşturmanın gerektirdiklerini işaretleyin. Muhafaza, verileri olduğu gibi saklar; onları açıklamaz: veriler 9. bölümde belirtilen hukuki süreçle istenecektir.
provider-preservation-data-categories-subscriber = Abone bilgileri
provider-preservation-data-categories-traffic = IP adresleri ve oturum açma kayıtları dahil trafik verileri
provider-preservation-data-categories-content = İçerik verileri
provider-preservation-data-categories-other = Diğer veriler
provider-preservation-data-categories-other-detail = Muhafaza edilecek diğer veriler
provider-preservation-data-relationship = Verilerin soruşturmayla bağlantısı
    .hint = Bu hesapların veya verilerin suçla nasıl bağlantılı olduğunu gösterin; örneğin: tehdit mesajları 20/11/2026 tarihinde saat 14:03 UTC+04:00'te bu hesaptan gönderilmiştir.

## 9 İzlenecek hukuki süreç

provider-preservation-follow-up = Muhafaza edilen verilerin açıklanması
provider-preservation-follow-up-process = Talep eden makam, muhafaza edilen verilerin açıklanmasını şu yolla isteyecektir
    .hint = Göndereceğiniz talebi işaretleyin. Muhafaza yalnızca verileri saklar; verileri elde etmek için açıklama talebini muhafaza sona ermeden yeterince önce gönderin veya süre uzatımını zamanında isteyin.
provider-preservation-follow-up-process-mla = Hizmet sağlayıcının yerleşik olduğu Devlete karşılıklı adli yardım talebi
provider-preservation-follow-up-process-provider = Hizmet sağlayıcıya gönüllü açıklama talebi
provider-preservation-follow-up-process-other = Diğer hukuki süreç
provider-preservation-follow-up-process-other-detail = Hukuki süreç
provider-preservation-follow-up-expected-date = Açıklama talebinin öngörülen tarihi
    .hint = Bir hizmet sağlayıcının verileri ne kadar süre muhafaza ettiği politikasına bağlıdır: yukarıdaki profiline bakın ve açıklama talebini bu süre içinde gönderin.

## 10 Gizlilik

provider-preservation-confidentiality = Gizlilik
provider-preservation-confidentiality-conditions = Talep edilen gizlilik
    .hint = Bazı hizmet sağlayıcılar, aksi istenmedikçe kullanıcılarını taleplerden haberdar eder ve bunu yapıp yapmayacaklarına kendileri karar verir. Soruşturmanın gerektirdiklerini işaretleyin ve gerekçelerini aşağıda belirtin.
provider-preservation-confidentiality-conditions-no-notification = Lütfen kullanıcıyı veya hesap sahibini ya da herhangi bir üçüncü kişiyi bu talepten haberdar etmeyiniz
provider-preservation-confidentiality-conditions-warn = Politikanız kullanıcıyı bilgilendirmenizi gerektiriyorsa, lütfen bunu yapmadan önce talep eden makamı bilgilendiriniz
provider-preservation-confidentiality-details = Gizliliğin gerekçeleri

## 11 Yanıt

provider-preservation-reply = Yanıt
provider-preservation-reply-acknowledgement = Lütfen verilerin muhafaza edildiğini teyit ediniz ve bu talebe verilen referans numarasını ve muhafazanın sona ereceği tarihi bildiriniz
provider-preservation-reply-channel = Lütfen yanıtınızı iletiniz
provider-preservation-reply-channel-email = 5. bölümde belirtilen talep eden makamın resmî adresine e-postayla
provider-preservation-reply-channel-portal = Kolluk portalınız üzerinden
provider-preservation-reply-channel-other = Başka bir yolla
provider-preservation-reply-channel-other-detail = Yanıt yolu
