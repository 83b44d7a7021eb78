# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = İmza
signature-name = Adı, soyadı
    .hint = Boş qaldıqda PDF-də sorğu edən orqanın məlumatlarında göstərilən, sorğuya görə məsul şəxs yazılır.
signature-position = Vəzifəsi və ya rütbəsi
    .hint = Boş qaldıqda PDF-də, bu forma onu soruşduğu hallarda, sorğu edən orqanın məlumatlarında göstərilən vəzifə yazılır.
signature-place = Yer
signature-date = Tarix
signature-checked-name = Cavabların tərcüməsini yoxlayan: adı, soyadı
    .hint = İstəyə bağlı. Cavablarınızın tərcüməsini yoxlamış şəxs; PDF-in yekun qeydində onun adı çəkilir. Tandem bu sahəni heç vaxt doldurmur.
signature-checked-office = Cavabların tərcüməsini yoxlayan: qurum və ya bölmə
# Printed under the line left for the handwritten signature.
signature-line = İmza
# Printed in the empty box left for the official seal or stamp.
signature-seal = Rəsmi möhür
