# provider-disclosure şablonu: içerik dışı verilerin (abone bilgileri, IP adresleri ve oturum açma kayıtları) gönüllü
# olarak açıklanması için doğrudan bir hizmet sağlayıcıya gönderilen talep. Hiçbir antlaşmaya atıf yapılmaz:
# sağlayıcı verileri açıklayıp açıklamayacağına kendi politikasına ve hukukuna göre karar verir; talep, talep eden
# makamın dayandığı iç hukuku belirtir.

provider-disclosure-legal-basis = Talep eden makam tarafından kendi iç hukukuna dayanılarak (6. bölüm) gönüllü açıklama için doğrudan hizmet sağlayıcıya yöneltilen talep
provider-disclosure-date = Tarih
provider-disclosure-reference = Sayı / dosya numarası
provider-disclosure-status = Talebin durumu
provider-disclosure-status-new = Yeni talep
provider-disclosure-status-follow-up-preservation = Hizmet sağlayıcıya gönderilen bir muhafaza talebinin devamı
provider-disclosure-previous-preservation = Devamı olunan muhafaza talebi
provider-disclosure-previous-preservation-date = Muhafaza talebinin tarihi
provider-disclosure-previous-preservation-reference = Muhafaza talebinin sayısı
provider-disclosure-previous-preservation-provider-reference = Hizmet sağlayıcının muhafaza işlemine verdiği referans numarası
    .hint = Hizmet sağlayıcı muhafaza işlemini kendi referans numarasıyla teyit ettiyse bu numarayı belirtin: sağlayıcı böylece muhafaza edilen verileri hemen bulur.

## 4 Muhatap hizmet sağlayıcı

provider-disclosure-addressee = Muhatap hizmet sağlayıcı
provider-disclosure-addressee-name = Muhatap tüzel kişi
    .hint = Hizmetten ve ilgili kullanıcılardan sorumlu şirket. Yanlış tüzel kişiye gönderilen talepler çoğu zaman reddedilir: yukarıdan sağlayıcıyı seçin veya sağlayıcının kolluk birimlerine yönelik yönergelerinde belirtilen tüzel kişiyi yazın.
provider-disclosure-addressee-service = İlgili hizmet
    .hint = Verileri istenen hizmet, kullanıcılarının bildiği adıyla (örneğin bir sosyal ağ, bir e-posta veya mesajlaşma hizmeti).
provider-disclosure-addressee-country = Tüzel kişinin yerleşik olduğu Devlet
provider-disclosure-addressee-address = Tebligat adresi
provider-disclosure-addressee-portal = Kolluk talepleri için portal veya web formu
provider-disclosure-addressee-email = Kolluk talepleri için e-posta adresi

## 5 Talep eden makam

provider-disclosure-requesting-authority = Talep eden makam
provider-disclosure-requesting-authority-organisation = Makam
provider-disclosure-requesting-authority-person = Talepten sorumlu görevli
provider-disclosure-requesting-authority-position = Görevi veya rütbesi
provider-disclosure-requesting-authority-address = Adres
provider-disclosure-requesting-authority-telephone = Telefon numarası
    .hint = Uluslararası biçimde, + işareti ve ülke koduyla başlayarak; böylece hizmet sağlayıcı talebin gerçek olduğunu doğrulamak için geri arayabilir.
provider-disclosure-requesting-authority-cell-phone = Cep telefonu numarası
provider-disclosure-requesting-authority-email = Resmî e-posta adresi
    .hint = Makamınızın resmî alan adındaki bir adres: hizmet sağlayıcılar kişisel veya ücretsiz e-posta adreslerinden gönderilen talepleri reddedebilir.
provider-disclosure-requesting-authority-time-zone = Saat dilimi
    .hint = Biriminizin saat dilimi, UTC'ye göre fark olarak. Aksi belirtilmedikçe bu talepteki tüm saatler bu saat dilimine göredir.

## 6 İç hukuktaki dayanak

provider-disclosure-domestic-legal-basis = Talebin, talep eden makamın hukukundaki dayanağı
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Talep eden makamın dayandığı iç hukuk hükümleri
    .hint = Makamınızı dosyayı soruşturmaya ve bu verileri istemeye yetkili kılan ulusal hukuk maddeleri (örneğin ceza muhakemesi kanununun maddeleri). Hiçbir antlaşmaya atıf yapmayın ve hizmet sağlayıcıya kendi hukukunu anlatmayın: sağlayıcı verileri açıklayıp açıklamayacağına kendi politikasına ve hukukuna göre karar verir.
provider-disclosure-domestic-legal-basis-decision = Varsa, talebe izin veren karar veya emir
    .hint = Hukukunuz gerektiriyorsa, talebin dayandığı kararın, emrin veya müzekkerenin makamı, tarihi ve sayısı. Birçok hizmet sağlayıcı, kendi hukukunun gerektireceği belgeyi veya yerel hukuktaki karşılığını ister: yukarıdaki sağlayıcı şartlarına bakın.

## 7 Suç ve olaylar

provider-disclosure-offence = Suç ve olayların kısa özeti
provider-disclosure-offence-offences = Soruşturulan suçlar
    .hint = Her suç için bir satır: suçun adı veya kısa tanımı, suçu tanımlayan ceza kanunu hükmü ve azami ceza.
provider-disclosure-offence-offences-offence = Suç
provider-disclosure-offence-offences-provision = Kanun hükmü
provider-disclosure-offence-offences-penalty = Azami ceza
provider-disclosure-offence-facts = Olayların kısa özeti
    .hint = Birkaç cümleyle: ne olduğu, ne zaman ve nerede olduğu; her tarih ve saat saat dilimiyle birlikte. Hizmet sağlayıcının verileri bulmak ve neden gerekli olduklarını anlamak için gerekenden fazlasına ihtiyacı yoktur: bir şüpheliyi veya mağduru yalnızca gerekli olduğunda adlandırın.

## 8 İstenen veriler

provider-disclosure-data = İstenen veriler (iletişim içeriği hariç)
provider-disclosure-data-identifiers = İlgili hesapların tanımlayıcıları
    .hint = Her hesap, kullanıcı adı, kullanıcı kimliği, e-posta adresi, telefon numarası, URL veya IP adresi, tam olarak hizmette göründüğü şekliyle. Yanlış veya eksik tanımlayıcılar başlıca ret nedenlerindendir. IP adresi için kaynak portu ve saat dilimiyle birlikte tam kullanım tarihini ve saatini belirtin. Yalnızca bir tanımlayıcıyı ilgilendiren dönem o tanımlayıcının satırına yazılır.
provider-disclosure-data-period = İstenen verilerin dönemi
    .hint = Her iki ucu da saat dilimiyle, soruşturmanın elverdiği ölçüde dar. Uzun dönemlere (90 günden fazla) ilişkin talepler çoğu zaman aşırı geniş olduğu gerekçesiyle reddedilir.
provider-disclosure-data-categories = İstenen veri kategorileri
    .hint = Yalnızca içerik verileri dışındaki veriler: hizmet sağlayıcılar iletişim içeriğini yabancı makamlara genellikle yalnızca karşılıklı adli yardım yoluyla açıklar. Yalnızca soruşturmanın gerektirdiklerini işaretleyin.
provider-disclosure-data-categories-subscriber = Abone bilgileri: bildirilen ad, adres, e-posta adresi ve telefon numarası ile hesabın açıldığı tarih
provider-disclosure-data-categories-registration-ip = Hesabı açmak için kullanılan IP adresi, tarih, saat, saat dilimi ve kaynak portuyla birlikte
provider-disclosure-data-categories-login-ip = Oturum açma IP adresleri (oturum açma kayıtları), tarih, saat, saat dilimi ve kaynak portuyla birlikte
provider-disclosure-data-categories-services = Kullanılan hizmetler ve kullanım dönemi
provider-disclosure-data-categories-other = İçerik verileri dışındaki diğer veriler
provider-disclosure-data-categories-other-detail = İstenen diğer veriler
provider-disclosure-data-relationship = Verilerin soruşturma açısından önemi
    .hint = Bu hesapların suçla nasıl bağlantılı olduğunu ve verilerin neyi ortaya koyacağını gösterin; örneğin: tehdit mesajları 20/11/2026 tarihinde saat 14:03 UTC+04:00'te bu hesaptan gönderilmiştir; hesabın abone bilgileri ve oturum açma kayıtları hesabı kullanan kişinin kimliğini ortaya koyacaktır.

## 9 Aciliyet

provider-disclosure-urgency = Aciliyet
provider-disclosure-urgency-reasons = Varsa, talebin acil olmasının gerekçeleri
    .hint = Örneğin bir duruşma veya tutukluluk incelemesi tarihi. Bir kişinin hayatı veya güvenliği için tehlike varsa, bunun yerine acil durumda açıklama talebini kullanın.
provider-disclosure-urgency-deadline = Verilerin en geç gerekli olduğu tarih
    .hint = Bir süre sınırı yoksa boş bırakın.

## 10 Gizlilik

provider-disclosure-confidentiality = Gizlilik
provider-disclosure-confidentiality-conditions = Talep edilen gizlilik
    .hint = Bazı hizmet sağlayıcılar, aksi istenmedikçe kullanıcılarını taleplerden haberdar eder ve bunu yapıp yapmayacaklarına kendileri karar verir. Soruşturmanın gerektirdiklerini işaretleyin ve gerekçelerini aşağıda belirtin.
provider-disclosure-confidentiality-conditions-no-notification = Lütfen kullanıcıyı veya hesap sahibini ya da herhangi bir üçüncü kişiyi bu talepten haberdar etmeyiniz
provider-disclosure-confidentiality-conditions-warn = Politikanız kullanıcıyı bilgilendirmenizi gerektiriyorsa, lütfen bunu yapmadan önce talep eden makamı bilgilendiriniz
provider-disclosure-confidentiality-details = Gizliliğin gerekçeleri

## 11 Yanıt

provider-disclosure-reply = Yanıt
provider-disclosure-reply-format = Verilerin tercih edilen biçimi
provider-disclosure-reply-format-electronic = Elektronik ve makine tarafından okunabilir (örneğin elektronik tablo veya CSV dosyası)
provider-disclosure-reply-format-document = Elektronik belge (PDF)
provider-disclosure-reply-format-usual = Olağan olarak kullandığınız biçim
provider-disclosure-reply-channel = Lütfen yanıtınızı iletiniz
provider-disclosure-reply-channel-email = 5. bölümde belirtilen talep eden makamın resmî adresine e-postayla
provider-disclosure-reply-channel-portal = Kolluk portalınız üzerinden
provider-disclosure-reply-channel-other = Başka bir yolla
provider-disclosure-reply-channel-other-detail = Yanıt yolu
