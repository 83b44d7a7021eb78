# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type. Its items are shown in the form; the PDF prints name, position, place
# and date above a signature line and a space for the official seal, kept together on one page.

signature-heading = Goly
signature-name = Ady we familiýasy
    .hint = Meýdança boş galdyrylsa, PDF resminamasynda haýyş edýän edaranyň maglumatlarynda görkezilen haýyş üçin jogapkär şahs ýazylýar.
signature-position = Wezipesi ýa-da derejesi
    .hint = Meýdança boş galdyrylsa, PDF resminamasynda haýyş edýän edaranyň maglumatlarynda görkezilen wezipe ýazylýar (eger bu forma ony soraýan bolsa).
signature-place = Ýeri
signature-date = Senesi
signature-checked-name = Jogaplaryň terjimesini barlan: ady we familiýasy
    .hint = Hökmany däl. Jogaplaryňyzyň terjimesini barlan şahs; PDF resminamasynyň jemleýji belligi onuň adyny görkezýär. Tandem bu meýdançany hiç haçan doldurmaýar.
signature-checked-office = Jogaplaryň terjimesini barlan: gurama ýa-da bölüm
# Printed under the line left for the handwritten signature.
signature-line = Goly
# Printed in the empty box left for the official seal or stamp.
signature-seal = Möhür ýeri
