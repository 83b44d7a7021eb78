# The signature block that closes every request (templates/signature.toml): one set of messages
# for every request type. Its items are shown in the form; the PDF prints name, position, place
# and date above a signature line and a space for the official seal, kept together on one page.

signature-heading = Podpis
signature-name = Imię i nazwisko
    .hint = Jeżeli pole pozostanie puste, w pliku PDF zostanie wpisana osoba odpowiedzialna za wniosek wskazana w danych organu wzywającego.
signature-position = Stanowisko lub stopień
    .hint = Jeżeli pole pozostanie puste, w pliku PDF zostanie wpisane stanowisko podane w danych organu wzywającego, o ile ten formularz o nie pyta.
signature-place = Miejscowość
signature-date = Data
signature-checked-name = Tłumaczenie odpowiedzi sprawdził(a): imię i nazwisko
    .hint = Pole nieobowiązkowe. Osoba, która sprawdziła tłumaczenie odpowiedzi; wymienia ją nota końcowa pliku PDF. Tandem nigdy nie wypełnia tego pola.
signature-checked-office = Tłumaczenie odpowiedzi sprawdził(a): jednostka organizacyjna
# Printed under the line left for the handwritten signature.
signature-line = Podpis
# Printed in the empty box left for the official seal or stamp.
signature-seal = Miejsce na pieczęć urzędową
