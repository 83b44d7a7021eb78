# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type.

signature-heading = Semnătura
signature-name = Numele și prenumele
    .hint = Dacă rămâne necompletat, PDF-ul indică persoana responsabilă de cerere menționată în datele autorității solicitante.
signature-position = Funcția sau gradul
    .hint = Dacă rămâne necompletat, PDF-ul indică funcția menționată în datele autorității solicitante, atunci când acest formular o cere.
signature-place = Locul
signature-date = Data
signature-checked-name = Traducerea răspunsurilor verificată de: numele
    .hint = Opțional. Persoana care a verificat traducerea răspunsurilor dumneavoastră; nota finală a PDF-ului o menționează. Tandem nu completează niciodată acest câmp.
signature-checked-office = Traducerea răspunsurilor verificată de: instituția sau structura
# Printed under the line left for the handwritten signature.
signature-line = Semnătura
# Printed in the empty box left for the official seal or stamp.
signature-seal = Locul ștampilei
