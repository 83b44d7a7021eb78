# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type. Its items are shown in the form; the PDF prints name, position, place
# and date above a signature line and a space for the official seal, kept together on one page.

signature-heading = Potpis
signature-name = Ime i prezime
    .hint = Ako polje ostane prazno, u PDF fajl se upisuje lice odgovorno za zahtjev, navedeno u podacima organa molioca.
signature-position = Položaj ili čin
    .hint = Ako polje ostane prazno, u PDF fajl se upisuje položaj naveden u podacima organa molioca, ako ga ovaj obrazac traži.
signature-place = Mjesto
signature-date = Datum
signature-checked-name = Prijevod odgovora provjerio/la: ime i prezime
    .hint = Nije obavezno. Lice koje je provjerilo prijevod vaših odgovora; navodi ga završna napomena PDF fajla. Tandem nikada ne popunjava ovo polje.
signature-checked-office = Prijevod odgovora provjerio/la: organizaciona jedinica
# Printed under the line left for the handwritten signature.
signature-line = Potpis
# Printed in the empty box left for the official seal or stamp.
signature-seal = Mjesto pečata
