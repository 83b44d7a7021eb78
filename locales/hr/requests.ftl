# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = Zahtjev za žurno čuvanje pohranjenih računalnih podataka
art31-subscriber-title = Zahtjev za uzajamnu pravnu pomoć radi pribavljanja podataka o pretplatniku
art31-traffic-title = Zahtjev za uzajamnu pravnu pomoć radi pribavljanja pohranjenih podataka o prometu
art31-content-title = Zahtjev za uzajamnu pravnu pomoć radi pribavljanja pohranjenih podataka o sadržaju
emergency-disclosure-title = Hitni zahtjev za otkrivanje pohranjenih računalnih podataka
provider-preservation-title = Zahtjev davatelju usluga za čuvanje podataka
provider-disclosure-title = Zahtjev davatelju usluga za dobrovoljno otkrivanje podataka o pretplatniku, IP adresa i zapisa o prijavama
reply-receipt-title = Potvrda o primitku zahtjeva
reply-preserved-title = Potvrda o čuvanju podataka
reply-action-title = Obavijest o poduzetim radnjama
reply-clarification-title = Zahtjev za pojašnjenje
reply-refusal-title = Obavijest da se zahtjev ne može izvršiti
