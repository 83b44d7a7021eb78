# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Nënshkrimi
signature-name = Emri dhe mbiemri
    .hint = Nëse lihet bosh, PDF-ja shënon personin përgjegjës për kërkesën, sipas të dhënave të autoritetit kërkues.
signature-position = Pozicioni ose grada
    .hint = Nëse lihet bosh, PDF-ja shënon pozicionin sipas të dhënave të autoritetit kërkues, kur ky formular e kërkon.
signature-place = Vendi
signature-date = Data
signature-checked-name = Përkthimi i përgjigjeve u kontrollua nga: emri
    .hint = Fakultative. Personi që kontrolloi përkthimin e përgjigjeve tuaja; shënimi përmbyllës i PDF-së e përmend. Tandem nuk e plotëson kurrë këtë fushë.
signature-checked-office = Përkthimi i përgjigjeve u kontrollua nga: zyra
# Printed under the line left for the handwritten signature.
signature-line = Nënshkrimi
# Printed in the empty box left for the official seal or stamp.
signature-seal = Vula zyrtare
