# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Članak 9. Drugog dodatnog protokola uz Konvenciju o kibernetičkom kriminalu (CETS br. 224), putem mreže 24/7; Protokol se primjenjuje samo između država koje su njegove stranke
        [protocol-art10] Članak 10. Drugog dodatnog protokola uz Konvenciju o kibernetičkom kriminalu (CETS br. 224); Protokol se primjenjuje samo između država koje su njegove stranke
        [provider] Zahtjev davatelju usluga za dobrovoljno otkrivanje u hitnom slučaju
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Datum
emergency-disclosure-reference = Oznaka / broj predmeta

emergency-disclosure-channel = Kanal i pravna osnova
emergency-disclosure-channel-basis = Kanal korišten za ovaj zahtjev
    .hint = { $match ->
        [general] Odabrani instrument ne sadržava članak o zahtjevima u hitnim slučajevima: zahtjev se temelji na njegovim odredbama o hitnim zahtjevima i uzajamnoj pomoći, navedenima na početku zahtjeva.
        [user] Navedite ugovor i članke na kojima se zahtjev temelji: oni se ispisuju na početku zahtjeva.
       *[other] Članak 9. Drugog dodatnog protokola: putem mreže 24/7, za podatke koje posjeduje davatelj usluga u zamoljenoj državi. Članak 10.: hitna uzajamna pomoć putem središnjeg ili nadležnog tijela. Protokol se primjenjuje samo između država za koje je na snazi: prije odabira bilo koje od tih mogućnosti provjerite je li na snazi za obje države. Drugi ugovor koji obvezuje obje države: zahtjev se temelji na njegovim odredbama o hitnim zahtjevima i uzajamnoj pomoći. Uzajamnost: ne primjenjuje se nikakav ugovor. Kanal davatelja usluga za hitne slučajeve: zahtjev se upućuje izravno davatelju usluga, koji sam odlučuje hoće li otkriti podatke; ne poziva se ni na kakav ugovor.
    }
emergency-disclosure-channel-basis-protocol-art9 = Žurno otkrivanje u hitnom slučaju putem mreže 24/7 (članak 9. Drugog dodatnog protokola)
emergency-disclosure-channel-basis-protocol-art10 = Hitna uzajamna pomoć (članak 10. Drugog dodatnog protokola)
emergency-disclosure-channel-basis-provider = Kanal davatelja usluga za otkrivanje u hitnim slučajevima

emergency-disclosure-addressee = Zamoljena država i adresat
emergency-disclosure-addressee-country = Zamoljena država
    .hint = Za zahtjev upućen izravno davatelju usluga: država u kojoj davatelj ima poslovni nastan.
emergency-disclosure-addressee-name = Adresat: tijelo ili davatelj usluga
    .hint = Kontaktna točka 24/7, središnje ili nadležno tijelo ili davatelj usluga kojem se ovaj zahtjev upućuje.
emergency-disclosure-addressee-address = Adresa
emergency-disclosure-addressee-portal = Portal ili mrežni obrazac za zahtjeve tijela kaznenog progona
emergency-disclosure-addressee-email = E-pošta
emergency-disclosure-addressee-provider = Davatelj usluga koji posjeduje podatke, ako nije adresat: naziv i adresa
    .hint = Obvezno za zahtjev na temelju članka 9. Protokola (članak 9. stavak 3. točka (c)): naziv i adresa davatelja usluga u zamoljenoj državi koji posjeduje podatke.

emergency-disclosure-requesting-authority = Tijelo koje podnosi zahtjev
emergency-disclosure-requesting-authority-authority = Nadležno tijelo
emergency-disclosure-requesting-authority-officer = Službena osoba koja podnosi zahtjev
emergency-disclosure-requesting-authority-position = Položaj
emergency-disclosure-requesting-authority-address = Adresa
emergency-disclosure-requesting-authority-phone = Telefon
    .hint = U međunarodnom obliku: broj na koji se odgovara u svako doba dok traje hitni slučaj.
emergency-disclosure-requesting-authority-mobile = Mobilni telefon
emergency-disclosure-requesting-authority-email = E-pošta
    .hint = Službena adresa vašeg tijela: davatelji usluga možda neće odgovoriti na zahtjeve s privatnih adresa.
emergency-disclosure-requesting-authority-time-zone = Vremenska zona
    .hint = Vremenska zona vašeg ureda, kao odstupanje od UTC-a. Svako vrijeme u ovom zahtjevu odnosi se na tu zonu, osim ako je drukčije navedeno.
emergency-disclosure-requesting-authority-reachable = Službena osoba koja podnosi zahtjev dostupna je na gore navedenim telefonskim brojevima u svako doba dok traje hitni slučaj
    .hint = Za hitni zahtjev potreban je netko tko se javlja u svako doba. Ako vi to ne možete, gore navedite broj svoje kontaktne točke 24/7.

emergency-disclosure-authoriser = Nadređeni ili službena osoba koja odobrava
emergency-disclosure-authoriser-name = Ime i prezime
    .hint = Službena osoba koja je odobrila ovaj hitni zahtjev i može ga potvrditi zamoljenoj državi ili davatelju usluga.
emergency-disclosure-authoriser-position = Položaj
emergency-disclosure-authoriser-phone = Telefon
emergency-disclosure-authoriser-email = E-pošta

emergency-disclosure-offences = Kazneno djelo (kaznena djela)
emergency-disclosure-offences-offence = Kaznena djela koja se istražuju
    .hint = Jedan redak za svako kazneno djelo, sa zakonskom odredbom i najvišom propisanom kaznom.
emergency-disclosure-offences-offence-description = Kazneno djelo
emergency-disclosure-offences-offence-provision = Zakonska odredba
emergency-disclosure-offences-offence-penalty = Najviša propisana kazna
emergency-disclosure-mla = Pravna osnova u domaćem pravu i tražena uzajamna pomoć
emergency-disclosure-mla-domestic-legal-basis = Pravna osnova u domaćem pravu
    .hint = Odredbe vašeg nacionalnog prava na temelju kojih se predmet istražuje i podnosi ovaj zahtjev. Obvezno za hitnu uzajamnu pomoć (članak 10. Protokola); preporučeno na svakom kanalu jer se zahtjevi bez toga često odbijaju.
emergency-disclosure-mla-prosecution = Nadležno državno odvjetništvo ili sud i broj predmeta
    .hint = Za hitnu uzajamnu pomoć: pravosudno tijelo nadležno za predmet, ako postoji.
emergency-disclosure-mla-assistance = Tražena pomoć
    .hint = Za hitnu uzajamnu pomoć: što se od zamoljene države traži, primjerice da naloži davatelju usluga otkrivanje podataka opisanih u odjeljku 9 i da ih dostavi tijelu koje podnosi zahtjev.
emergency-disclosure-mla-procedure = Postupci koje treba slijediti pri izvršenju
    .hint = Za hitnu uzajamnu pomoć, ako to zahtijeva vaše pravo: primjerice potvrda o vjerodostojnosti evidencija ili oblik u kojem podaci moraju biti pribavljeni da bi bili dopušteni kao dokaz.

emergency-disclosure-emergency = Hitni slučaj
emergency-disclosure-emergency-risk = Vrsta opasnosti
emergency-disclosure-emergency-risk-kidnapping = Otmica ili uzimanje talaca
emergency-disclosure-emergency-risk-threat-to-kill = Prijetnja ubojstvom
emergency-disclosure-emergency-risk-suicide = Opasnost od samoubojstva
emergency-disclosure-emergency-risk-child = Opasnost za život ili sigurnost djeteta
emergency-disclosure-emergency-risk-terrorism = Teroristička prijetnja
emergency-disclosure-emergency-risk-bomb = Prijetnja bombom
emergency-disclosure-emergency-risk-other = Druga opasnost za život ili sigurnost
emergency-disclosure-emergency-risk-other-detail = Vrsta opasnosti
emergency-disclosure-emergency-facts = Činjenice koje upućuju na znatnu i neposrednu opasnost za život ili sigurnost fizičke osobe
    .hint = { $basis ->
            [protocol2] Navedite tko je u opasnosti (ime ili opis), u čemu je opasnost, zašto se može ostvariti u svakom trenutku te odakle potječe informacija i kada je primljena (s vremenskom zonom). Opasnost koja je samo moguća ili nije neposredna nije hitni slučaj u smislu Protokola.
           *[other] Navedite tko je u opasnosti (ime ili opis), u čemu je opasnost, zašto se može ostvariti u svakom trenutku te odakle potječe informacija i kada je primljena (s vremenskom zonom). Opasnost koja je samo moguća ili nije neposredna nije hitni slučaj.
        }
emergency-disclosure-emergency-relation = Kako su traženi podaci povezani s hitnim slučajem
    .hint = Navedite kako će podaci pomoći da se otkloni opasnost, primjerice utvrđivanjem lokacije ugrožene osobe ili identifikacijom osobe koja prijeti, te zašto se vjeruje da ih taj davatelj usluga posjeduje.
emergency-disclosure-emergency-urgency = Zašto se podaci ne mogu pravodobno pribaviti putem čuvanja i uzajamne pravne pomoći
    .hint = Navedite koliko brzo može nastupiti šteta i zašto zahtjev za čuvanje nakon kojeg slijedi zahtjev za uzajamnu pravnu pomoć, ili nalog za dostavu, ne bi mogli pravodobno pribaviti podatke.
emergency-disclosure-emergency-needed-by = Podaci su potrebni do
    .hint = Najkasnije vrijeme u kojem podaci još mogu pomoći, s vremenskom zonom. Ostavite prazno ako su podaci potrebni odmah.

emergency-disclosure-data = Traženi podaci
emergency-disclosure-data-identifiers = Identifikatori traženih podataka
    .hint = Svaki korisnički račun, adresa ili broj točno onako kako ga usluga prikazuje. Za IP adresu navedite izvorni port te točan datum i vrijeme s vremenskom zonom: ako se adrese dijele, davatelj usluga bez njih ne može identificirati korisnika.
emergency-disclosure-data-period = Razdoblje traženih podataka
    .hint = Što uže koliko hitni slučaj dopušta, svaki kraj s vremenskom zonom: hitni slučaj rijetko opravdava više od nekoliko dana (razdoblje dulje od 7 dana se označava).
emergency-disclosure-data-categories = Kategorije traženih podataka
    .hint = Tražite samo podatke koje hitni slučaj zahtijeva. Davatelji usluga u nekim državama, poput Sjedinjenih Američkih Država, smiju izravno stranim tijelima otkriti samo podatke koji nisu podaci o sadržaju.
emergency-disclosure-data-categories-subscriber = Podaci o pretplatniku
emergency-disclosure-data-categories-traffic = Podaci o prometu
emergency-disclosure-data-categories-content = Podaci o sadržaju
emergency-disclosure-data-categories-location = Podaci o lokaciji
emergency-disclosure-data-categories-other = Ostali podaci
emergency-disclosure-data-categories-other-detail = Ostali traženi podaci

emergency-disclosure-instructions = Posebne postupovne upute
emergency-disclosure-instructions-confidentiality = Povjerljivost: ne obavješćujte korisnika ni treće osobe o ovom zahtjevu
    .hint = Neki davatelji usluga obavješćuju svoje korisnike o zahtjevima, osim ako se od njih zatraži da to ne čine. Ako korisnik sazna za zahtjev, ugrožena osoba može stradati.
emergency-disclosure-instructions-format = Željeni format podataka
emergency-disclosure-instructions-format-electronic = Elektronički i strojno čitljiv (primjerice proračunska tablica ili CSV datoteka)
emergency-disclosure-instructions-format-document = Elektronički dokument (PDF)
emergency-disclosure-instructions-format-usual = Format koji davatelj usluga obično upotrebljava
emergency-disclosure-instructions-format-other = Drugi format
emergency-disclosure-instructions-format-other-detail = Format
emergency-disclosure-instructions-other = Druge upute ili informacije koje mogu pomoći u pribavljanju podataka

emergency-disclosure-follow-up = Daljnji pravni postupak
emergency-disclosure-follow-up-process = Pravni postupak koji će uslijediti nakon ovog zahtjeva
    .hint = Hoće li se podaci otkriveni u hitnom slučaju ponovno tražiti formalnim pravnim postupkom kako bi se mogli upotrijebiti kao dokaz.
emergency-disclosure-follow-up-process-mla = Zahtjev za uzajamnu pravnu pomoć
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Nalog za dostavu upućen davatelju usluga na temelju članka 7. Drugog dodatnog protokola
       *[other] Nalog za dostavu upućen davatelju usluga
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Zahtjev za žurno čuvanje pohranjenih računalnih podataka (članak 29. Konvencije)
        [protocol2] Zahtjev za žurno čuvanje pohranjenih računalnih podataka (članak 29. Konvencije)
       *[other] Zahtjev za žurno čuvanje pohranjenih računalnih podataka
    }
emergency-disclosure-follow-up-process-none = Ne očekuje se daljnji pravni postupak
emergency-disclosure-follow-up-process-other = Drugi pravni postupak
emergency-disclosure-follow-up-process-other-detail = Pravni postupak
emergency-disclosure-follow-up-expected-date = Očekivani datum slanja
    .hint = Ostavite prazno ako se ne očekuje daljnji pravni postupak.
emergency-disclosure-follow-up-details = Pojedinosti o daljnjem postupku ili razlog zbog kojeg se on ne očekuje
