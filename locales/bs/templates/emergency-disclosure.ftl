# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Član 9. Drugog dodatnog protokola uz Konvenciju o kibernetičkom kriminalu (CETS br. 224), putem mreže 24/7; Protokol se primjenjuje samo između država koje su njegove strane
        [protocol-art10] Član 10. Drugog dodatnog protokola uz Konvenciju o kibernetičkom kriminalu (CETS br. 224); Protokol se primjenjuje samo između država koje su njegove strane
        [provider] Zahtjev pružaocu usluga za dobrovoljno otkrivanje u hitnom slučaju
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Datum
emergency-disclosure-reference = Referentni broj / broj predmeta

emergency-disclosure-channel = Kanal i pravni osnov
emergency-disclosure-channel-basis = Kanal korišten za ovaj zahtjev
    .hint = { $match ->
        [general] Odabrani instrument ne sadrži član o hitnim zahtjevima: zahtjev se zasniva na njegovim odredbama o hitnim zahtjevima i uzajamnoj pomoći, navedenim na početku zahtjeva.
        [user] Navedite ugovor i članove na kojima se zahtjev zasniva: štampaju se na početku zahtjeva.
       *[other] Član 9. Drugog dodatnog protokola: putem mreže 24/7, za podatke koje drži pružalac usluga u zamoljenoj državi. Član 10.: hitna uzajamna pomoć putem centralnog ili nadležnog organa. Protokol se primjenjuje samo između država za koje je na snazi: prije odabira bilo koje od tih mogućnosti provjerite da li je na snazi za obje države. Drugi ugovor koji obavezuje obje države: zahtjev se zasniva na njegovim odredbama o hitnim zahtjevima i uzajamnoj pomoći. Reciprocitet: ne primjenjuje se nikakav ugovor. Kanal pružaoca usluga za hitne slučajeve: zahtjev se upućuje direktno pružaocu usluga, koji sam odlučuje da li će otkriti podatke; ne poziva se ni na kakav ugovor.
    }
emergency-disclosure-channel-basis-protocol-art9 = Ubrzano otkrivanje u hitnom slučaju putem mreže 24/7 (član 9. Drugog dodatnog protokola)
emergency-disclosure-channel-basis-protocol-art10 = Hitna uzajamna pomoć (član 10. Drugog dodatnog protokola)
emergency-disclosure-channel-basis-provider = Kanal pružaoca usluga za otkrivanje u hitnim slučajevima

emergency-disclosure-addressee = Zamoljena država i adresat
emergency-disclosure-addressee-country = Zamoljena država
    .hint = Za zahtjev upućen direktno pružaocu usluga: država u kojoj pružalac usluga ima sjedište.
emergency-disclosure-addressee-name = Adresat: organ ili pružalac usluga
    .hint = Kontakt tačka 24/7, centralni ili nadležni organ ili pružalac usluga kojem se ovaj zahtjev upućuje.
emergency-disclosure-addressee-address = Adresa
emergency-disclosure-addressee-portal = Portal ili web-obrazac za zahtjeve organa za provođenje zakona
emergency-disclosure-addressee-email = Elektronska pošta
emergency-disclosure-addressee-provider = Pružalac usluga koji drži podatke, ako nije adresat: naziv i adresa
    .hint = Obavezno za zahtjev na osnovu člana 9. Protokola (član 9. stav 3. tačka (c)): naziv i adresa pružaoca usluga u zamoljenoj državi koji drži podatke.

emergency-disclosure-requesting-authority = Organ molilac
emergency-disclosure-requesting-authority-authority = Nadležni organ
emergency-disclosure-requesting-authority-officer = Službeno lice koje podnosi zahtjev
emergency-disclosure-requesting-authority-position = Položaj
emergency-disclosure-requesting-authority-address = Adresa
emergency-disclosure-requesting-authority-phone = Telefon
    .hint = U međunarodnom obliku: broj na koji se odgovara u svako doba dok traje hitni slučaj.
emergency-disclosure-requesting-authority-mobile = Mobilni telefon
emergency-disclosure-requesting-authority-email = Elektronska pošta
    .hint = Službena adresa vašeg organa: pružaoci usluga možda neće odgovoriti na zahtjeve s privatnih adresa.
emergency-disclosure-requesting-authority-time-zone = Vremenska zona
    .hint = Vremenska zona vaše službe, kao odstupanje od UTC. Svako vrijeme u ovom zahtjevu odnosi se na tu zonu, osim ako je drugačije navedeno.
emergency-disclosure-requesting-authority-reachable = Službeno lice koje podnosi zahtjev dostupno je na gore navedenim brojevima telefona u svako doba dok traje hitni slučaj
    .hint = Za hitni zahtjev potreban je neko ko se javlja u svako doba. Ako vi to ne možete, gore navedite broj svoje kontakt tačke 24/7.

emergency-disclosure-authoriser = Nadređeni ili službeno lice koje odobrava
emergency-disclosure-authoriser-name = Ime i prezime
    .hint = Službeno lice koje je odobrilo ovaj hitni zahtjev i može ga potvrditi zamoljenoj državi ili pružaocu usluga.
emergency-disclosure-authoriser-position = Položaj
emergency-disclosure-authoriser-phone = Telefon
emergency-disclosure-authoriser-email = Elektronska pošta

emergency-disclosure-offences = Krivično djelo (krivična djela)
emergency-disclosure-offences-offence = Krivična djela koja se istražuju
    .hint = Jedan red za svako krivično djelo, sa zakonskom odredbom i najvećom propisanom kaznom.
emergency-disclosure-offences-offence-description = Krivično djelo
emergency-disclosure-offences-offence-provision = Zakonska odredba
emergency-disclosure-offences-offence-penalty = Najveća propisana kazna
emergency-disclosure-mla = Pravni osnov u domaćem pravu i tražena uzajamna pomoć
emergency-disclosure-mla-domestic-legal-basis = Pravni osnov u domaćem pravu
    .hint = Odredbe vašeg nacionalnog prava na osnovu kojih se predmet istražuje i podnosi ovaj zahtjev. Obavezno za hitnu uzajamnu pomoć (član 10. Protokola); preporučeno na svakom kanalu jer se zahtjevi bez toga često odbijaju.
emergency-disclosure-mla-prosecution = Nadležno tužilaštvo ili sud i broj predmeta
    .hint = Za hitnu uzajamnu pomoć: pravosudni organ nadležan za predmet, ako postoji.
emergency-disclosure-mla-assistance = Tražena pomoć
    .hint = Za hitnu uzajamnu pomoć: šta se od zamoljene države traži, na primjer da naloži pružaocu usluga otkrivanje podataka opisanih u odjeljku 9 i da ih dostavi organu moliocu.
emergency-disclosure-mla-procedure = Postupci koje treba slijediti pri izvršenju
    .hint = Za hitnu uzajamnu pomoć, ako to zahtijeva vaše pravo: na primjer potvrda o vjerodostojnosti evidencija ili oblik u kojem podaci moraju biti pribavljeni da bi bili prihvatljivi kao dokaz.

emergency-disclosure-emergency = Hitni slučaj
emergency-disclosure-emergency-risk = Vrsta opasnosti
emergency-disclosure-emergency-risk-kidnapping = Otmica ili uzimanje talaca
emergency-disclosure-emergency-risk-threat-to-kill = Prijetnja ubistvom
emergency-disclosure-emergency-risk-suicide = Opasnost od samoubistva
emergency-disclosure-emergency-risk-child = Opasnost po život ili sigurnost djeteta
emergency-disclosure-emergency-risk-terrorism = Teroristička prijetnja
emergency-disclosure-emergency-risk-bomb = Prijetnja bombom
emergency-disclosure-emergency-risk-other = Druga opasnost po život ili sigurnost
emergency-disclosure-emergency-risk-other-detail = Vrsta opasnosti
emergency-disclosure-emergency-facts = Činjenice koje upućuju na znatnu i neposrednu opasnost po život ili sigurnost fizičkog lica
    .hint = { $basis ->
            [protocol2] Navedite ko je u opasnosti (ime ili opis), u čemu je opasnost, zašto se može ostvariti u svakom trenutku te odakle potiče informacija i kada je primljena (s vremenskom zonom). Opasnost koja je samo moguća ili nije neposredna nije hitni slučaj u smislu Protokola.
           *[other] Navedite ko je u opasnosti (ime ili opis), u čemu je opasnost, zašto se može ostvariti u svakom trenutku te odakle potiče informacija i kada je primljena (s vremenskom zonom). Opasnost koja je samo moguća ili nije neposredna nije hitni slučaj.
        }
emergency-disclosure-emergency-relation = Kako su traženi podaci povezani s hitnim slučajem
    .hint = Navedite kako će podaci pomoći da se otkloni opasnost, na primjer utvrđivanjem lokacije ugroženog lica ili identifikacijom lica koje prijeti, te zašto se vjeruje da ih taj pružalac usluga drži.
emergency-disclosure-emergency-urgency = Zašto se podaci ne mogu blagovremeno pribaviti putem čuvanja i uzajamne pravne pomoći
    .hint = Navedite koliko brzo može nastupiti šteta i zašto zahtjev za čuvanje nakon kojeg slijedi zahtjev za uzajamnu pravnu pomoć, ili naredba za dostavljanje, ne bi mogli blagovremeno pribaviti podatke.
emergency-disclosure-emergency-needed-by = Podaci su potrebni do
    .hint = Najkasnije vrijeme u kojem podaci još mogu pomoći, s vremenskom zonom. Ostavite prazno ako su podaci potrebni odmah.

emergency-disclosure-data = Traženi podaci
emergency-disclosure-data-identifiers = Identifikatori traženih podataka
    .hint = Svaki korisnički račun, adresa ili broj tačno onako kako ga usluga prikazuje. Za IP adresu navedite izvorni port te tačan datum i vrijeme s vremenskom zonom: ako se adrese dijele, pružalac usluga bez njih ne može identifikovati korisnika.
emergency-disclosure-data-period = Period traženih podataka
    .hint = Što uži koliko hitni slučaj dozvoljava, svaki kraj s vremenskom zonom: hitni slučaj rijetko opravdava više od nekoliko dana (period duži od 7 dana se označava).
emergency-disclosure-data-categories = Kategorije traženih podataka
    .hint = Tražite samo podatke koje hitni slučaj zahtijeva. Pružaoci usluga u nekim državama, poput Sjedinjenih Američkih Država, smiju direktno stranim organima otkriti samo podatke koji nisu podaci o sadržaju.
emergency-disclosure-data-categories-subscriber = Podaci o pretplatniku
emergency-disclosure-data-categories-traffic = Podaci o saobraćaju
emergency-disclosure-data-categories-content = Podaci o sadržaju
emergency-disclosure-data-categories-location = Podaci o lokaciji
emergency-disclosure-data-categories-other = Ostali podaci
emergency-disclosure-data-categories-other-detail = Ostali traženi podaci

emergency-disclosure-instructions = Posebna proceduralna uputstva
emergency-disclosure-instructions-confidentiality = Povjerljivost: ne obavještavajte korisnika niti treća lica o ovom zahtjevu
    .hint = Neki pružaoci usluga obavještavaju svoje korisnike o zahtjevima, osim ako se od njih zatraži da to ne čine. Ako korisnik sazna za zahtjev, ugroženo lice može stradati.
emergency-disclosure-instructions-format = Željeni format podataka
emergency-disclosure-instructions-format-electronic = Elektronski i mašinski čitljiv (na primjer tabela ili CSV fajl)
emergency-disclosure-instructions-format-document = Elektronski dokument (PDF)
emergency-disclosure-instructions-format-usual = Format koji pružalac usluga obično koristi
emergency-disclosure-instructions-format-other = Drugi format
emergency-disclosure-instructions-format-other-detail = Format
emergency-disclosure-instructions-other = Druga uputstva ili informacije koje mogu pomoći u pribavljanju podataka

emergency-disclosure-follow-up = Daljnji pravni postupak
emergency-disclosure-follow-up-process = Pravni postupak koji će uslijediti nakon ovog zahtjeva
    .hint = Da li će se podaci otkriveni u hitnom slučaju ponovo tražiti formalnim pravnim postupkom kako bi se mogli upotrijebiti kao dokaz.
emergency-disclosure-follow-up-process-mla = Zahtjev za uzajamnu pravnu pomoć
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Naredba za dostavljanje upućena pružaocu usluga na osnovu člana 7. Drugog dodatnog protokola
       *[other] Naredba za dostavljanje upućena pružaocu usluga
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Zahtjev za ubrzano čuvanje pohranjenih računarskih podataka (član 29. Konvencije)
        [protocol2] Zahtjev za ubrzano čuvanje pohranjenih računarskih podataka (član 29. Konvencije)
       *[other] Zahtjev za ubrzano čuvanje pohranjenih računarskih podataka
    }
emergency-disclosure-follow-up-process-none = Ne očekuje se daljnji pravni postupak
emergency-disclosure-follow-up-process-other = Drugi pravni postupak
emergency-disclosure-follow-up-process-other-detail = Pravni postupak
emergency-disclosure-follow-up-expected-date = Očekivani datum slanja
    .hint = Ostavite prazno ako se ne očekuje daljnji pravni postupak.
emergency-disclosure-follow-up-details = Pojedinosti o daljnjem postupku ili razlog zbog kojeg se on ne očekuje
