# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = İmza
signature-name = Adı soyadı
    .hint = Boş bırakılırsa PDF'de, talep eden makamın bilgilerinde belirtilen talepten sorumlu kişi yazılır.
signature-position = Görevi veya rütbesi
    .hint = Boş bırakılırsa PDF'de, bu formun sorduğu durumlarda talep eden makamın bilgilerinde belirtilen görev yazılır.
signature-place = Yer
signature-date = Tarih
signature-checked-name = Yanıtların çevirisini kontrol eden: adı soyadı
    .hint = İsteğe bağlı. Yanıtlarınızın çevirisini kontrol eden kişi; PDF'in kapanış notunda adı belirtilir. Tandem bu alanı hiçbir zaman doldurmaz.
signature-checked-office = Yanıtların çevirisini kontrol eden: birimi
# Printed under the line left for the handwritten signature.
signature-line = İmza
# Printed in the empty box left for the official seal or stamp.
signature-seal = Resmî mühür
