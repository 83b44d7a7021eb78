# Vodič za izbor puta na početnom ekranu („Koji zahtjev mi je potreban?“): pet pitanja upućuje na zahtjev
# kojim treba početi i na naredne korake, svaki s obrazloženjem u jednom redu. Vodič preporučuje u skladu
# s javno dostupnim smjernicama (savjeti UNODC-a za Centralnu Aziju i Južni Kavkaz); odlučuje službeno
# lice. Nazivi vrsta zahtjeva su oni iz requests.ftl.

guide-title = Koji zahtjev mi je potreban?
guide-intro = Pet pitanja upućuje na zahtjev kojim treba početi i na naredne korake, u skladu s javno dostupnim smjernicama (savjeti Ureda Ujedinjenih nacija za droge i kriminal za istražitelje i tužioce). Vaši odgovori ostaju na ovoj stranici: nigdje se ne bilježe i nigdje se ne šalju.

# Pitanje 1 i njegove opcije.
guide-data = Koji su vam podaci potrebni?
guide-data-subscriber = Podaci o pretplatniku: ko je vlasnik računa
guide-data-traffic = Podaci o saobraćaju: IP adrese, zapisi o prijavama, evidencije konekcija
guide-data-content = Podaci o sadržaju: poruke, datoteke, slike, objave

# Pitanje 2; odgovor je guide-yes ili guide-no.
guide-emergency = Da li je nečiji život u opasnosti ili nekom licu prijeti neposredna teška šteta?

# Pitanje 3 i njegove opcije.
guide-reach = Da li pružalac usluga prihvata zahtjeve za ove podatke direktno od stranih organa?
    .hint = Na primjer, pružaoci usluga sa sjedištem u Sjedinjenim Američkim Državama smiju direktno stranim organima otkriti podatke koji nisu podaci o sadržaju. Ako niste sigurni, obratite se pružaocu usluga ili organima zamoljene države.
guide-reach-direct = Da, direktno
guide-reach-state = Ne, samo putem zamoljene države
guide-reach-unsure = Ne znam

# Pitanje 4; odgovor je guide-yes ili guide-no.
guide-preserved = Da li su podaci već sačuvani?

# Pitanje 5 i njegove opcije.
guide-basis = Šta povezuje vašu državu i zamoljenu državu?
guide-basis-budapest = Obje države su strane Budimpeštanske konvencije (Konvencije o kibernetičkom kriminalu)
guide-basis-treaty = Drugi ugovor: bilateralni, regionalni ili konvencija Ujedinjenih nacija
guide-basis-reciprocity = Nema ugovora: reciprocitet ili domaće pravo

guide-yes = Da
guide-no = Ne

# Preporuka, koja se prikazuje kad se odgovori na sva pitanja.
guide-incomplete = Odgovorite na svako pitanje da biste vidjeli odakle početi.
guide-advice = Odakle početi
guide-fallback = Ako pružalac usluga ne odgovori ili odbije
# Dugme svakog preporučenog zahtjeva: otvara novi nacrt te vrste.
guide-open = Započni ovaj zahtjev
guide-disclaimer = Ovo je preporuka zasnovana na javno dostupnim smjernicama, a ne pravno mišljenje: odluka je vaša, po potrebi zajedno s organima zamoljene države.

# Zašto se preporučuje svaki zahtjev (po jedan red).
guide-why-emergency-provider = Koristite kanal pružaoca usluga za otkrivanje u hitnim slučajevima (odjeljak 3 zahtjeva): pružalac usluga sam odlučuje da li će otkriti podatke kada smatra da je nečiji život u opasnosti.
guide-why-emergency-network = Uputite zahtjev putem svoje kontakt tačke 24/7 ili kao hitni zahtjev za uzajamnu pravnu pomoć. U odjeljku 3 odaberite član 9. ili član 10. Drugog dodatnog protokola samo ako je Protokol na snazi za obje države; u suprotnom navedite kanal i pravni osnov.
guide-why-emergency-other = Uputite zahtjev nadležnom organu zamoljene države; u odjeljku 3 navedite kanal i pravni osnov (ugovor ili reciprocitet).
guide-why-preserve-provider = Najprije obezbijedite čuvanje podataka, jer mogu biti izbrisani u svakom trenutku: uputite zahtjev direktno pružaocu usluga, a kopiju nadležnom organu zamoljene države.
guide-why-preserve-network = Najprije obezbijedite čuvanje podataka, jer mogu biti izbrisani u svakom trenutku: uputite zahtjev putem svoje kontakt tačke 24/7 (mreža 24/7, član 35. Budimpeštanske konvencije).
guide-why-preserve-authority = Najprije obezbijedite čuvanje podataka, jer mogu biti izbrisani u svakom trenutku: uputite zahtjev putem mreže 24/7 ako su obje države njene članice, a u suprotnom organu zamoljene države nadležnom za istragu ili krivično gonjenje.
guide-why-provider-disclosure = Zatražite podatke od pružaoca usluga: neki pružaoci usluga direktno stranim organima otkrivaju podatke koji nisu podaci o sadržaju i sami odlučuju da li će to učiniti.
guide-why-fallback = Zahtjev za uzajamnu pravnu pomoć za iste podatke, putem zamoljene države.
guide-why-mla = Pribavite podatke putem uzajamne pravne pomoći: pripremite zahtjev bez odlaganja čim podaci budu sačuvani.
guide-why-mla-content = Podaci o sadržaju pribavljaju se putem uzajamne pravne pomoći: na primjer, pružaoci usluga sa sjedištem u Sjedinjenim Američkim Državama smiju direktno stranim organima otkriti samo podatke koji nisu podaci o sadržaju. Pripremite zahtjev bez odlaganja čim podaci budu sačuvani.

# Šta bliže određuje preporuku, kad se primjenjuje.
guide-note-unsure = Provjerite kod pružaoca usluga i organa zamoljene države da li pružalac usluga prihvata zahtjeve direktno od stranih organa: neki nisu skloni saradnji s organima za provođenje zakona. Do tada put vodi preko zamoljene države.
guide-note-emergency = Hitni zahtjev navodi pravni postupak koji će uslijediti nakon njega: naredni zahtjevi su upravo taj naknadni postupak, radi pribavljanja podataka kao dokaza.
guide-note-preserved = Uputite zahtjev za otkrivanje prije isteka čuvanja: rokovi čuvanja razlikuju se od države do države i od pružaoca usluga do pružaoca usluga.
guide-note-treaty = Primjenjuju se iste vrste zahtjeva: u obrascu odaberite ugovor kao pravni osnov i u njegovom tekstu provjerite koji član predviđa koju mjeru, naročito ubrzano čuvanje.
guide-note-reciprocity = Primjenjuju se iste vrste zahtjeva: u obrascu odaberite reciprocitet ili domaće pravo kao pravni osnov. Bez ugovora, da li će i kako zamoljena država pružiti pomoć zavisi od njenog prava: najprije se konsultujte s njenim organima.
