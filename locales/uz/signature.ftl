# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type. Its items are shown in the form; the PDF prints name, position, place
# and date above a signature line and a space for the official seal, kept together on one page.

signature-heading = Imzo
signature-name = Ism-sharifi
    .hint = Maydon boʻsh qoldirilsa, PDF hujjatida soʻrov yuboruvchi organ haqidagi maʼlumotlarda koʻrsatilgan soʻrov uchun masʼul shaxs yoziladi.
signature-position = Lavozimi yoki unvoni
    .hint = Maydon boʻsh qoldirilsa, PDF hujjatida soʻrov yuboruvchi organ haqidagi maʼlumotlarda koʻrsatilgan lavozim yoziladi (agar ushbu shakl uni soʻrasa).
signature-place = Joyi
signature-date = Sana
signature-checked-name = Javoblar tarjimasini tekshirgan shaxs: ism-sharifi
    .hint = Ixtiyoriy. Javoblaringiz tarjimasini tekshirgan shaxs; PDF hujjatining yakuniy izohida uning nomi keltiriladi. Tandem bu maydonni hech qachon toʻldirmaydi.
signature-checked-office = Javoblar tarjimasini tekshirgan shaxs: tashkilot yoki boʻlinma
# Printed under the line left for the handwritten signature.
signature-line = Imzo
# Printed in the empty box left for the official seal or stamp.
signature-seal = Muhr oʻrni
