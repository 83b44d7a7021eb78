# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type. Its items are shown in the form; the PDF prints name, position, place
# and date above a signature line and a space for the official seal, kept together on one page.

signature-heading = Podpis
signature-name = Meno a priezvisko
    .hint = Ak pole zostane prázdne, v PDF sa uvedie osoba zodpovedná za žiadosť uvedená v údajoch dožadujúceho orgánu.
signature-position = Funkcia alebo hodnosť
    .hint = Ak pole zostane prázdne, v PDF sa uvedie funkcia uvedená v údajoch dožadujúceho orgánu, ak sa na ňu tento formulár pýta.
signature-place = Miesto
signature-date = Dátum
signature-checked-name = Preklad odpovedí skontroloval(a): meno a priezvisko
    .hint = Nepovinné. Osoba, ktorá skontrolovala preklad vašich odpovedí; uvádza ju záverečná poznámka PDF. Tandem toto pole nikdy nevypĺňa.
signature-checked-office = Preklad odpovedí skontroloval(a): útvar alebo organizácia
# Printed under the line left for the handwritten signature.
signature-line = Podpis
# Printed in the empty box left for the official seal or stamp.
signature-seal = Úradná pečiatka
