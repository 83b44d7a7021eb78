# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Član 31. Konvencije o kibernetičkom kriminalu (ETS br. 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Datum
art31-subscriber-reference = Referentni broj / broj predmeta
art31-subscriber-status = Status zahtjeva
    .hint = Označite svako polje koje se primjenjuje. Zahtjev kojim se nastavlja prethodni otvara odjeljke 9 i 10 za pojedinosti ranijeg zahtjeva.
art31-subscriber-status-new = Novi zahtjev
art31-subscriber-status-follow-up-mla = Nastavak prethodnog zahtjeva za uzajamnu pravnu pomoć (pojedinosti u odjeljku 9)
art31-subscriber-status-follow-up-preservation = Nastavak prethodnog zahtjeva za čuvanje (pojedinosti u odjeljku 10)
art31-subscriber-requested-authority = Zamoljeni organ
art31-subscriber-requested-authority-country = Zamoljena država
art31-subscriber-requested-authority-authority = Organ
    .hint = { $basis ->
            [budapest] Centralni organ za uzajamnu pomoć zamoljene države (član 27. stav 2.) ili organ koji je ona odredila za prijem takvih zahtjeva.
           *[other] Centralni organ za uzajamnu pomoć zamoljene države ili organ koji je ona odredila za prijem takvih zahtjeva.
        }
art31-subscriber-requesting-authority = Organ molilac
art31-subscriber-requesting-authority-organisation = Organizacija
art31-subscriber-requesting-authority-person = Lice odgovorno za zahtjev
art31-subscriber-requesting-authority-address = Adresa
art31-subscriber-requesting-authority-phone = Broj telefona
art31-subscriber-requesting-authority-mobile = Broj mobilnog telefona
art31-subscriber-requesting-authority-email = Adresa elektronske pošte
art31-subscriber-requesting-authority-fax = Broj faksa
art31-subscriber-requesting-authority-office-hours = Radno vrijeme
art31-subscriber-requesting-authority-time-zone = Vremenska zona
    .hint = Vremenska zona vaše službe, kao odstupanje od UTC. Svako drugo vrijeme u ovom zahtjevu navedeno je s vlastitom vremenskom zonom.
art31-subscriber-requesting-authority-response = Način odgovora
art31-subscriber-requesting-authority-response-expedited = Poželjan je odgovor elektronskom poštom ili drugim brzim sredstvom
art31-subscriber-requesting-authority-response-other = Poželjan je odgovor drugim sredstvom
art31-subscriber-requesting-authority-response-other-detail = Poželjan je odgovor putem
art31-subscriber-additional-contact = Ako je potrebna dodatna potvrda organa molioca, molimo obratite se
art31-subscriber-additional-contact-contacts = Kontakt osoba
art31-subscriber-additional-contact-contacts-name = Ime i prezime
art31-subscriber-additional-contact-contacts-job-title = Naziv radnog mjesta
art31-subscriber-additional-contact-contacts-function = Funkcija
art31-subscriber-additional-contact-contacts-phone = Broj telefona
art31-subscriber-additional-contact-contacts-mobile = Broj mobilnog telefona
art31-subscriber-additional-contact-contacts-email = Adresa elektronske pošte
art31-subscriber-investigating-authority = Istražni / operativni organ nadležan za predmet (ako se razlikuje od organa molioca)
art31-subscriber-investigating-authority-organisation = Organizacija
art31-subscriber-investigating-authority-person = Lice odgovorno za predmet
art31-subscriber-investigating-authority-address = Adresa
art31-subscriber-investigating-authority-phone = Broj telefona
art31-subscriber-investigating-authority-mobile = Broj mobilnog telefona
art31-subscriber-investigating-authority-email = Adresa elektronske pošte
art31-subscriber-investigating-authority-fax = Broj faksa
art31-subscriber-prosecution-court = Nadležno tužilaštvo ili sud, ako je primjenjivo
art31-subscriber-prosecution-court-prosecution = Nadležno tužilaštvo i broj predmeta
art31-subscriber-prosecution-court-court = Nadležni sud i broj predmeta
art31-subscriber-prosecution-court-decisions = Odluke tužilaštva ili suda u vezi s ovim zahtjevom
    .hint = Za svaku odluku: organ, njen datum i broj te šta se njome nalaže ili odobrava. Priložite kopiju ako je zamoljena država zahtijeva.
art31-subscriber-previous-mla = Podaci o prethodnom zahtjevu za uzajamnu pravnu pomoć, ako je primjenjivo
art31-subscriber-previous-mla-date = Datum
art31-subscriber-previous-mla-reference = Broj prijave / referentni broj
art31-subscriber-previous-mla-requesting = Kontakt podaci organa koji je podnio prethodni zahtjev
art31-subscriber-previous-mla-executing = Kontakt podaci organa koji je odgovorio na prethodni zahtjev (ili ga izvršio)
art31-subscriber-previous-mla-channel = Način komunikacije kojim je podnesen prethodni zahtjev (adresa elektronske pošte, broj faksa itd.)
art31-subscriber-previous-preservation = Podaci o prethodnom zahtjevu za čuvanje, ako je primjenjivo
art31-subscriber-previous-preservation-date = Datum
art31-subscriber-previous-preservation-reference = Broj prijave / referentni broj
art31-subscriber-previous-preservation-requesting = Kontakt podaci organa koji je tražio čuvanje
art31-subscriber-previous-preservation-executing = Kontakt podaci organa koji je odgovorio na zahtjev za čuvanje (ili ga izvršio)
art31-subscriber-previous-preservation-channel = Kanal komunikacije
art31-subscriber-previous-preservation-channel-network-247 = Kontakt tačka mreže 24/7
art31-subscriber-previous-preservation-channel-provider = Direktno pružaocu usluga
art31-subscriber-previous-preservation-channel-police = Kanal policijske saradnje
art31-subscriber-previous-preservation-channel-mla = Centralni organ za uzajamnu pomoć
art31-subscriber-previous-preservation-channel-other = Drugo
art31-subscriber-previous-preservation-channel-other-detail = Korišteni kanal
art31-subscriber-previous-preservation-expiry = Podaci se čuvaju do
    .hint = Datum završetka čuvanja, kako ga je potvrdila zamoljena država ili pružalac usluga, ako je poznat.
art31-subscriber-legal-grounds = Pravni osnov zahtjeva
art31-subscriber-legal-grounds-domestic = Pravni osnov zahtjeva u domaćem pravu, ako je primjenjivo
    .hint = Odredbe vašeg prava na osnovu kojih se podnosi ovaj zahtjev, npr. članovi zakona o krivičnom postupku o zahtjevima za uzajamnu pravnu pomoć.
art31-subscriber-legal-grounds-instruments = Drugi primjenjivi ugovori ili sporazumi
art31-subscriber-legal-grounds-instruments-ets-30 = Evropska konvencija o međusobnom pružanju pravne pomoći u krivičnim stvarima (ETS br. 30) i njeni protokoli
art31-subscriber-legal-grounds-instruments-bilateral = Bilateralni ugovor
art31-subscriber-legal-grounds-instruments-bilateral-detail = Naziv i datum ugovora
art31-subscriber-legal-grounds-instruments-reciprocity = Reciprocitet
art31-subscriber-offences = Krivično djelo (krivična djela)
art31-subscriber-offences-offences = Krivično djelo
art31-subscriber-offences-offences-name = Krivično djelo
art31-subscriber-offences-offences-provision = Zakonska odredba
art31-subscriber-offences-offences-penalty = Najveća propisana kazna
art31-subscriber-offences-damage = Prouzrokovana šteta
    .hint = Iznos gubitka, u njegovoj valuti, ako ga ima.
art31-subscriber-offences-damage-below-threshold = Šteta je manja od protuvrijednosti 5.000 USD
    .hint = Vaša lična provjera, nikada se ne štampa u zahtjevu. Sjedinjene Američke Države po pravilu odbijaju zahtjeve koji se odnose na štetu manju od 5.000 USD; uporedite štetu u svojoj valuti s tim iznosom.
art31-subscriber-facts = Kratak sažetak činjenica
    .hint = Ko je šta učinio, kada i gdje te kako je krivično djelo počinjeno uz pomoć predmetne usluge. Svako vrijeme navedite s vremenskom zonom.
art31-subscriber-identifiers = Identifikatori i period traženih podataka
art31-subscriber-identifiers-identifiers = Identifikatori traženih podataka
    .hint = Svaki korisnički račun, adresa ili broj čiji se pretplatnik traži. Za IP adresu navedite izvorni port te tačan datum i vrijeme s vremenskom zonom: iza zajedničkih adresa pružalac usluga bez njih ne može identifikovati pretplatnika.
art31-subscriber-identifiers-period = Tačan period za koji se traže podaci
    .hint = Početak i kraj s njihovom vremenskom zonom. Tražite samo period koji je potreban istrazi: zahtjevi za duge periode (više od 90 dana) često se odbijaju kao preširoki.
art31-subscriber-categories = Traženi podaci o pretplatniku
    .hint = { $basis ->
            [budapest] Označite samo ono što je potrebno istrazi. Prvih šest polja slijedi definiciju podataka o pretplatniku iz člana 18. stava 3. Konvencije.
           *[other] Označite samo ono što je potrebno istrazi.
        }
art31-subscriber-categories-service = Vrsta korištene komunikacijske usluge, tehničke mjere preduzete u vezi s njom i period usluge
art31-subscriber-categories-identity = Identitet pretplatnika
art31-subscriber-categories-address = Poštanska ili geografska adresa
art31-subscriber-categories-access-number = Telefonski i drugi pristupni brojevi
art31-subscriber-categories-billing = Podaci o obračunu i plaćanju
art31-subscriber-categories-installation = Mjesto instalacije komunikacijske opreme
art31-subscriber-categories-email = Adrese elektronske pošte povezane s korisničkim računom
art31-subscriber-categories-registration-ip = IP adresa te datum i vrijeme registracije
art31-subscriber-categories-login-ip-at = IP adresa prijave na datum i u vrijeme navedene uz identifikator (radi identifikacije pretplatnika)
art31-subscriber-categories-other = Drugo
art31-subscriber-categories-other-detail = Ostali traženi podaci
art31-subscriber-relevance = Povezanost podataka s istragom
    .hint = Objasnite kako je svaki identifikator povezan s krivičnim djelom i osumnjičenim te zašto se vjeruje da pružalac usluga drži te podatke.
art31-subscriber-service-provider = Pružalac usluga koji drži podatke
art31-subscriber-service-provider-name = Naziv pružaoca usluga
    .hint = Pravni naziv pružaoca usluga, kako je naveden u njegovim uslovima korištenja ili smjernicama za organe za provođenje zakona.
art31-subscriber-service-provider-address = Adresa ili lokacija
art31-subscriber-urgency = Hitnost
art31-subscriber-urgency-urgent = Traži se hitno izvršenje
art31-subscriber-urgency-reasons = Razlozi hitnosti
    .hint = { $basis ->
            [budapest] Npr. osumnjičeni je u pritvoru, rok u postupku ili razlozi za vjerovanje da su podaci posebno podložni gubitku ili izmjeni (član 31. stav 3.).
           *[other] Npr. osumnjičeni je u pritvoru, rok u postupku ili razlozi za vjerovanje da su podaci posebno podložni gubitku ili izmjeni.
        }
art31-subscriber-urgency-deadline = Podaci su potrebni do
art31-subscriber-confidentiality = Povjerljivost
art31-subscriber-confidentiality-confidential = Molimo da činjenicu i predmet ovog zahtjeva čuvate povjerljivim, osim u mjeri u kojoj je to potrebno za njegovo izvršenje
art31-subscriber-confidentiality-no-notification = Zatražiti od pružaoca usluga da ne obavještava pretplatnika niti treća lica
    .hint = Pitajte zamoljeni organ mogu li praksa ili sistem pružaoca usluga upozoriti korisnika.
art31-subscriber-confidentiality-reasons = Razlozi povjerljivosti
    .hint = Npr. opasnost da osumnjičeni uništi dokaze, pobjegne ili upozori saučesnike.
art31-subscriber-form = Oblik podataka i provjera vjerodostojnosti
art31-subscriber-form-electronic = Elektronska kopija u čitljivom formatu
art31-subscriber-form-certified = Ovjerena kopija
art31-subscriber-form-certificate = Potvrda pružaoca usluga o vjerodostojnosti poslovnih evidencija
art31-subscriber-form-other = Drugo
art31-subscriber-form-other-detail = Drugi zahtjev
