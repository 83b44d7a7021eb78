# The title of each request type, shown on the home screen and in the drafts list; every other
# message of a request type is in templates/<request type>.ftl, loaded when such a request is open.

art29-preservation-title = Zahtjev za ubrzano čuvanje pohranjenih računarskih podataka
art31-subscriber-title = Zahtjev za uzajamnu pravnu pomoć radi pribavljanja podataka o pretplatniku
art31-traffic-title = Zahtjev za uzajamnu pravnu pomoć radi pribavljanja pohranjenih podataka o saobraćaju
art31-content-title = Zahtjev za uzajamnu pravnu pomoć radi pribavljanja pohranjenih podataka o sadržaju
emergency-disclosure-title = Hitni zahtjev za otkrivanje pohranjenih računarskih podataka
provider-preservation-title = Zahtjev pružaocu usluga za čuvanje podataka
provider-disclosure-title = Zahtjev pružaocu usluga za dobrovoljno otkrivanje podataka o pretplatniku, IP adresa i evidencije prijava
reply-receipt-title = Potvrda o prijemu zahtjeva
reply-preserved-title = Potvrda o čuvanju
reply-action-title = Obavještenje o preduzetim radnjama
reply-clarification-title = Zahtjev za pojašnjenje
reply-refusal-title = Obavještenje da zahtjev ne može biti izvršen
