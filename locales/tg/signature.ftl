# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type. Its items are shown in the form; the PDF prints name, position, place
# and date above a signature line and a space for the official seal, kept together on one page.

signature-heading = Имзо
signature-name = Ному насаб
    .hint = Агар майдон холӣ монад, дар PDF шахси масъули дархост, ки дар маълумоти мақоми дархосткунанда зикр шудааст, навишта мешавад.
signature-position = Мансаб ё рутба
    .hint = Агар майдон холӣ монад, дар PDF мансабе, ки дар маълумоти мақоми дархосткунанда зикр шудааст, навишта мешавад (агар ин шакл онро талаб кунад).
signature-place = Ҷой
signature-date = Сана
signature-checked-name = Тарҷумаи ҷавобҳоро санҷид: ному насаб
    .hint = Ихтиёрӣ. Шахсе, ки тарҷумаи ҷавобҳои шуморо санҷидааст; қайди хотимавии PDF номи ӯро зикр мекунад. Tandem ин майдонро ҳеҷ гоҳ пур намекунад.
signature-checked-office = Тарҷумаи ҷавобҳоро санҷид: ташкилот ё шӯъба
# Printed under the line left for the handwritten signature.
signature-line = Имзо
# Printed in the empty box left for the official seal or stamp.
signature-seal = Ҷои мӯҳр
