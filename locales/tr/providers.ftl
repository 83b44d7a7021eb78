# Hizmet sağlayıcıya yöneltilen taleplerde hizmet sağlayıcı seçicisi: providers/ altındaki profiller (her hizmetten
# kimin sorumlu olduğu, taleplerin nereye gönderileceği, neleri içermesi gerektiği), her bilgi belirtilen bir
# tarihte kamuya açık bir kaynakta okunmuştur.

provider-picker = Hizmet sağlayıcı
    .hint = Aşağıdaki tüzel kişiyi, adresini ve iletişim bilgilerini sağlayıcının profilinden doldurmak için bir sağlayıcı seçin veya «Başka bir hizmet sağlayıcı» seçeneğini seçip bunları yazın. Profilde bulunmayan bilgileri sizin doldurmanız gerekir.
provider-picker-other = Başka bir hizmet sağlayıcı (aşağıya yazın)
provider-picker-service = Hizmet
provider-picker-region = İlgili kullanıcıların yaşadığı yer
provider-picker-requesters = Talep eden makamın bulunduğu yer
provider-picker-filled = { $provider } profilinden dolduruldu: talebi göndermeden önce her bilgiyi kontrol edin.
provider-profile-read = Bu profil { $date } tarihinde kamuya açık kaynaklardan okunmuştur; güncel olmayabilir. Talebi göndermeden önce sağlayıcının kolluk birimlerine yönelik kendi yönergelerini kontrol edin.
provider-profile-requirements = Sağlayıcının bir talepte aradığı şartlar
provider-profile-no-requirements = Profil bu tür talepler için hiçbir şart belirtmemektedir.
provider-profile-emergency = Acil durum talepleri
provider-profile-no-emergency = Profil acil durum talepleri için hiçbir kanal belirtmemektedir.
provider-profile-preservation = Talep üzerine muhafaza
provider-profile-preservation-days = { $extendable ->
        [yes] Veriler { $days } gün süreyle muhafaza edilir; süre uzatımı talep edilebilir.
        [no] Veriler { $days } gün süreyle muhafaza edilir; muhafaza süresi uzatılmaz.
       *[unknown] Veriler { $days } gün süreyle muhafaza edilir; kaynak, muhafaza süresinin uzatılıp uzatılamayacağını belirtmemektedir.
    }
provider-profile-preservation-extension = Her uzatma { $days } gün sürer.
provider-profile-preservation-max-extensions = { $count ->
        [one] En fazla bir uzatma.
       *[other] En fazla { $count } uzatma.
    }
provider-profile-no-preservation = Profil hiçbir muhafaza süresi belirtmemektedir.
provider-profile-languages = Talebin yazılabileceği diller: { $codes }
provider-profile-not-found = Kaynaklarda arandı ve bulunamadı: { $kinds }
provider-profile-sources = Kaynaklar
provider-profile-source = { $title }, okunma tarihi { $date }: { $url }
provider-profile-source-secondary = { $title }, okunma tarihi { $date }: { $url } (sağlayıcının uygulamasının üçüncü bir tarafça aktarımı: buna dayanmadan önce kontrol edin)

## İletişim bilgileri
provider-contact-portal = Portal (hesapla): { $value }
provider-contact-web-form = Web formu: { $value }
provider-contact-email = E-posta: { $value }

## Bir profilin (ülkeler dışında) ayırt ettiği bölgeler, seçicinin listelerinde sunulur
provider-region-eu = Avrupa Birliği
provider-region-eea = Avrupa Ekonomik Alanı
provider-region-european-region = Sağlayıcının «Avrupa Bölgesi»
provider-region-non-us = Amerika Birleşik Devletleri dışı
provider-region-other = Diğer yerler

## Bir profilin içerdiği bilgi türleri
provider-fact-entity = tüzel kişi
provider-fact-address = tebligat adresi
provider-fact-portal = talepler için portal veya adres
provider-fact-emergency = acil durum talepleri için kanal
provider-fact-languages = kabul edilen diller
provider-fact-preservation = muhafaza süresi
provider-fact-preservation-extension = muhafaza süresinin uzatılması
provider-fact-requirements = şartlar

## Şart kodları (providers/README.md)
provider-requirement-official-email-domain = Resmî bir kamu e-posta adresinden (veya böyle bir adresle açılmış bir portal hesabından) gönderilmiş olmalı
provider-requirement-portal-account = Sağlayıcının portalı üzerinden, bir hesapla gönderilmiş olmalı
provider-requirement-in-writing = Yazılı olarak yapılmış olmalı
provider-requirement-signature = Talepte bulunan görevli tarafından imzalanmış olmalı
provider-requirement-letterhead = Makamın antetli kâğıdına yazılmış olmalı
provider-requirement-non-editable-format = Düzenlenemeyen bir biçimde gönderilmiş olmalı
provider-requirement-issued-under-law = Makamı yetkilendiren bir kanuna dayanılarak, o kanundaki usule uygun olarak düzenlenmiş olmalı
provider-requirement-account-identifier = Hesabı sağlayıcının kendi tanımlayıcılarıyla (kullanıcı kimliği, kullanıcı adı, URL, e-posta adresi) belirtmeli
provider-requirement-relevance-stated = İstenen verilerin soruşturmayla bağlantısını belirtmeli
provider-requirement-entity-for-user-location = Kullanıcının yaşadığı yerden sorumlu tüzel kişiye yöneltilmiş olmalı
provider-requirement-mlat-for-content = İçerik verileri için: karşılıklı adli yardım yoluyla (antlaşma veya istinabe) ya da Amerika Birleşik Devletleri'nin CLOUD Act kanunu uyarınca yapılmış bir anlaşma yoluyla
provider-requirement-mlat-for-disclosure = Her türlü açıklama için: karşılıklı adli yardım veya istinabe yoluyla
provider-requirement-subpoena-or-equivalent-for-non-content = İçerik verileri dışındaki veriler için: bir «subpoena» veya yerel hukuktaki karşılığı
provider-requirement-warrant-or-equivalent-for-content = İçerik verileri için: bir arama kararı, bir mahkeme kararı veya yerel hukuktaki karşılığı
provider-requirement-judicial-order = Bir yargı makamının kararı
provider-requirement-formal-channel-only = Yalnızca sağlayıcının resmî kanalları üzerinden: gayriresmî taleplere yanıt verilmez
provider-requirement-emergency-form = Acil durum talepleri: sağlayıcının kendi acil durum formuyla
provider-requirement-emergency-facts-stated = Acil durum talepleri: ölüm veya ağır bedensel zarar tehlikesini ve verilerin bunu nasıl önleyeceğini belirtmeli
