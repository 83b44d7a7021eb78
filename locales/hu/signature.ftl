# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type. Its items are shown in the form; the PDF prints name, position, place
# and date above a signature line and a space for the official seal, kept together on one page.

signature-heading = Aláírás
signature-name = Név
    .hint = Ha üresen marad, a PDF a megkereső hatóság adatai között megnevezett, a megkeresésért felelős személyt tünteti fel.
signature-position = Beosztás vagy rendfokozat
    .hint = Ha üresen marad, a PDF a megkereső hatóság adatai között megadott beosztást tünteti fel, amennyiben ez az űrlap azt kéri.
signature-place = Hely
signature-date = Dátum
signature-checked-name = A válaszok fordítását ellenőrizte: név
    .hint = Nem kötelező. Az a személy, aki a válaszai fordítását ellenőrizte; a PDF záró megjegyzése megnevezi. A Tandem soha nem tölti ki ezt a mezőt.
signature-checked-office = A válaszok fordítását ellenőrizte: szervezeti egység
# Printed under the line left for the handwritten signature.
signature-line = Aláírás
# Printed in the empty box left for the official seal or stamp.
signature-seal = Pecsét helye
