# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type. Its items are shown in the form; the PDF prints name, position, place
# and date above a signature line and a space for the official seal, kept together on one page.

signature-heading = Podpis
signature-name = Ime in priimek
    .hint = Če polje ostane prazno, PDF izpiše osebo, odgovorno za zaprosilo, navedeno v podatkih organa prosilca.
signature-position = Položaj ali čin
    .hint = Če polje ostane prazno, PDF izpiše položaj, naveden v podatkih organa prosilca, če ga ta obrazec zahteva.
signature-place = Kraj
signature-date = Datum
signature-checked-name = Prevod odgovorov preveril(a): ime in priimek
    .hint = Neobvezno. Oseba, ki je preverila prevod vaših odgovorov; navaja jo zaključna opomba PDF. Tandem tega polja nikoli ne izpolni.
signature-checked-office = Prevod odgovorov preveril(a): organizacijska enota
# Printed under the line left for the handwritten signature.
signature-line = Podpis
# Printed in the empty box left for the official seal or stamp.
signature-seal = Uradni žig
