# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Potpis
signature-name = Ime i prezime
    .hint = Ako polje ostane prazno, u PDF datoteci ispisuje se osoba odgovorna za zahtjev navedena u podacima o tijelu koje podnosi zahtjev.
signature-position = Položaj ili čin
    .hint = Ako polje ostane prazno, u PDF datoteci ispisuje se položaj naveden u podacima o tijelu koje podnosi zahtjev, ako ga ovaj obrazac traži.
signature-place = Mjesto
signature-date = Datum
signature-checked-name = Prijevod odgovora provjerio/la: ime i prezime
    .hint = Neobvezno. Osoba koja je provjerila prijevod vaših odgovora; navodi je završna napomena PDF datoteke. Tandem nikada ne ispunjava ovo polje.
signature-checked-office = Prijevod odgovora provjerio/la: ustrojstvena jedinica
signature-line = Potpis
# Printed in the empty box left for the official seal or stamp.
signature-seal = Službeni pečat
