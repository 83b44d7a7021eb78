# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Članak 31. Konvencije o kibernetičkom kriminalu (ETS br. 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Datum
art31-subscriber-reference = Oznaka / broj predmeta
art31-subscriber-status = Status zahtjeva
    .hint = Označite svako polje koje se primjenjuje. Zahtjev kojim se nastavlja prethodni otvara odjeljke 9 i 10 za pojedinosti ranijeg zahtjeva.
art31-subscriber-status-new = Novi zahtjev
art31-subscriber-status-follow-up-mla = Nastavak prethodnog zahtjeva za uzajamnu pravnu pomoć (pojedinosti u odjeljku 9)
art31-subscriber-status-follow-up-preservation = Nastavak prethodnog zahtjeva za čuvanje (pojedinosti u odjeljku 10)
art31-subscriber-requested-authority = Zamoljeno tijelo
art31-subscriber-requested-authority-country = Zamoljena država
art31-subscriber-requested-authority-authority = Tijelo
    .hint = { $basis ->
            [budapest] Središnje tijelo za uzajamnu pomoć zamoljene države (članak 27. stavak 2.) ili tijelo koje je ona odredila za primanje takvih zahtjeva.
           *[other] Središnje tijelo za uzajamnu pomoć zamoljene države ili tijelo koje je ona odredila za primanje takvih zahtjeva.
        }
art31-subscriber-requesting-authority = Tijelo koje podnosi zahtjev
art31-subscriber-requesting-authority-organisation = Organizacija
art31-subscriber-requesting-authority-person = Osoba odgovorna za zahtjev
art31-subscriber-requesting-authority-address = Adresa
art31-subscriber-requesting-authority-phone = Telefonski broj
art31-subscriber-requesting-authority-mobile = Broj mobilnog telefona
art31-subscriber-requesting-authority-email = Adresa e-pošte
art31-subscriber-requesting-authority-fax = Broj telefaksa
art31-subscriber-requesting-authority-office-hours = Radno vrijeme
art31-subscriber-requesting-authority-time-zone = Vremenska zona
    .hint = Vremenska zona vašeg ureda, kao odstupanje od UTC-a. Svako drugo vrijeme u ovom zahtjevu navedeno je s vlastitom vremenskom zonom.
art31-subscriber-requesting-authority-response = Način odgovora
art31-subscriber-requesting-authority-response-expedited = Poželjan je odgovor e-poštom ili drugim brzim sredstvom
art31-subscriber-requesting-authority-response-other = Poželjan je odgovor drugim sredstvom
art31-subscriber-requesting-authority-response-other-detail = Poželjan je odgovor putem
art31-subscriber-additional-contact = Ako je potrebna dodatna potvrda tijela koje podnosi zahtjev, molimo obratite se
art31-subscriber-additional-contact-contacts = Osoba za kontakt
art31-subscriber-additional-contact-contacts-name = Ime i prezime
art31-subscriber-additional-contact-contacts-job-title = Naziv radnog mjesta
art31-subscriber-additional-contact-contacts-function = Funkcija
art31-subscriber-additional-contact-contacts-phone = Telefonski broj
art31-subscriber-additional-contact-contacts-mobile = Broj mobilnog telefona
art31-subscriber-additional-contact-contacts-email = Adresa e-pošte
art31-subscriber-investigating-authority = Istražno / operativno tijelo nadležno za predmet (ako se razlikuje od tijela koje podnosi zahtjev)
art31-subscriber-investigating-authority-organisation = Organizacija
art31-subscriber-investigating-authority-person = Osoba odgovorna za predmet
art31-subscriber-investigating-authority-address = Adresa
art31-subscriber-investigating-authority-phone = Telefonski broj
art31-subscriber-investigating-authority-mobile = Broj mobilnog telefona
art31-subscriber-investigating-authority-email = Adresa e-pošte
art31-subscriber-investigating-authority-fax = Broj telefaksa
art31-subscriber-prosecution-court = Nadležno državno odvjetništvo ili sud, ako je primjenjivo
art31-subscriber-prosecution-court-prosecution = Nadležno državno odvjetništvo i broj predmeta
art31-subscriber-prosecution-court-court = Nadležni sud i broj predmeta
art31-subscriber-prosecution-court-decisions = Odluke državnog odvjetništva ili suda povezane s ovim zahtjevom
    .hint = Za svaku odluku: tijelo, njezin datum i broj te što se njome nalaže ili odobrava. Priložite presliku ako je zamoljena država zahtijeva.
art31-subscriber-previous-mla = Podaci o prethodnom zahtjevu za uzajamnu pravnu pomoć, ako je primjenjivo
art31-subscriber-previous-mla-date = Datum
art31-subscriber-previous-mla-reference = Broj prijave / oznaka
art31-subscriber-previous-mla-requesting = Kontaktni podaci tijela koje je podnijelo prethodni zahtjev
art31-subscriber-previous-mla-executing = Kontaktni podaci tijela koje je odgovorilo na prethodni zahtjev (ili ga izvršilo)
art31-subscriber-previous-mla-channel = Način komunikacije kojim je podnesen prethodni zahtjev (adresa e-pošte, broj telefaksa itd.)
art31-subscriber-previous-preservation = Podaci o prethodnom zahtjevu za čuvanje, ako je primjenjivo
art31-subscriber-previous-preservation-date = Datum
art31-subscriber-previous-preservation-reference = Broj prijave / oznaka
art31-subscriber-previous-preservation-requesting = Kontaktni podaci tijela koje je zatražilo čuvanje
art31-subscriber-previous-preservation-executing = Kontaktni podaci tijela koje je odgovorilo na zahtjev za čuvanje (ili ga izvršilo)
art31-subscriber-previous-preservation-channel = Komunikacijski kanal
art31-subscriber-previous-preservation-channel-network-247 = Kontaktna točka mreže 24/7
art31-subscriber-previous-preservation-channel-provider = Izravno davatelju usluga
art31-subscriber-previous-preservation-channel-police = Kanal policijske suradnje
art31-subscriber-previous-preservation-channel-mla = Središnje tijelo za uzajamnu pomoć
art31-subscriber-previous-preservation-channel-other = Drugo
art31-subscriber-previous-preservation-channel-other-detail = Korišteni kanal
art31-subscriber-previous-preservation-expiry = Podaci se čuvaju do
    .hint = Datum završetka čuvanja, kako ga je potvrdila zamoljena država ili davatelj usluga, ako je poznat.
art31-subscriber-legal-grounds = Pravna osnova zahtjeva
art31-subscriber-legal-grounds-domestic = Pravna osnova zahtjeva u domaćem pravu, ako je primjenjivo
    .hint = Odredbe vašeg prava na temelju kojih se podnosi ovaj zahtjev, npr. članci zakona o kaznenom postupku o zahtjevima za uzajamnu pravnu pomoć.
art31-subscriber-legal-grounds-instruments = Drugi primjenjivi ugovori ili sporazumi
art31-subscriber-legal-grounds-instruments-ets-30 = Europska konvencija o uzajamnoj pravnoj pomoći u kaznenim stvarima (ETS br. 30) i njezini protokoli
art31-subscriber-legal-grounds-instruments-bilateral = Bilateralni ugovor
art31-subscriber-legal-grounds-instruments-bilateral-detail = Naziv i datum ugovora
art31-subscriber-legal-grounds-instruments-reciprocity = Uzajamnost
art31-subscriber-offences = Kazneno djelo (kaznena djela)
art31-subscriber-offences-offences = Kazneno djelo
art31-subscriber-offences-offences-name = Kazneno djelo
art31-subscriber-offences-offences-provision = Zakonska odredba
art31-subscriber-offences-offences-penalty = Najviša propisana kazna
art31-subscriber-offences-damage = Prouzročena šteta
    .hint = Iznos gubitka, u njegovoj valuti, ako ga ima.
art31-subscriber-offences-damage-below-threshold = Šteta je manja od protuvrijednosti 5000 USD
    .hint = Vaša vlastita provjera, nikada se ne ispisuje u zahtjevu. Sjedinjene Američke Države u pravilu odbijaju zahtjeve koji se odnose na štetu manju od 5000 USD; usporedite štetu u svojoj valuti s tim iznosom.
art31-subscriber-facts = Kratak sažetak činjenica
    .hint = Tko je što učinio, kada i gdje te kako je kazneno djelo počinjeno uz pomoć predmetne usluge. Svako vrijeme navedite s vremenskom zonom.
art31-subscriber-identifiers = Identifikatori i razdoblje traženih podataka
art31-subscriber-identifiers-identifiers = Identifikatori traženih podataka
    .hint = Svaki korisnički račun, adresa ili broj čiji se pretplatnik traži. Za IP adresu navedite izvorni port te točan datum i vrijeme s vremenskom zonom: iza dijeljenih adresa davatelj usluga bez njih ne može identificirati pretplatnika.
art31-subscriber-identifiers-period = Točno razdoblje za koje se traže podaci
    .hint = Početak i kraj s njihovom vremenskom zonom. Tražite samo razdoblje koje je potrebno istrazi: zahtjevi za duga razdoblja (više od 90 dana) često se odbijaju kao preširoki.
art31-subscriber-categories = Traženi podaci o pretplatniku
    .hint = { $basis ->
            [budapest] Označite samo ono što je potrebno istrazi. Prvih šest polja slijedi definiciju podataka o pretplatniku iz članka 18. stavka 3. Konvencije.
           *[other] Označite samo ono što je potrebno istrazi.
        }
art31-subscriber-categories-service = Vrsta korištene komunikacijske usluge, tehničke mjere poduzete u vezi s njom i razdoblje usluge
art31-subscriber-categories-identity = Identitet pretplatnika
art31-subscriber-categories-address = Poštanska ili zemljopisna adresa
art31-subscriber-categories-access-number = Telefonski i drugi pristupni brojevi
art31-subscriber-categories-billing = Podaci o obračunu i plaćanju
art31-subscriber-categories-installation = Mjesto instalacije komunikacijske opreme
art31-subscriber-categories-email = Adrese e-pošte povezane s korisničkim računom
art31-subscriber-categories-registration-ip = IP adresa te datum i vrijeme registracije
art31-subscriber-categories-login-ip-at = IP adresa prijave na datum i u vrijeme navedene uz identifikator (radi identifikacije pretplatnika)
art31-subscriber-categories-other = Drugo
art31-subscriber-categories-other-detail = Ostali traženi podaci
art31-subscriber-relevance = Povezanost podataka s istragom
    .hint = Objasnite kako je svaki identifikator povezan s kaznenim djelom i osumnjičenikom te zašto se vjeruje da davatelj usluga posjeduje te podatke.
art31-subscriber-service-provider = Davatelj usluga koji posjeduje podatke
art31-subscriber-service-provider-name = Naziv davatelja usluga
    .hint = Pravni naziv davatelja usluga, kako je naveden u njegovim uvjetima korištenja ili smjernicama za tijela kaznenog progona.
art31-subscriber-service-provider-address = Adresa ili lokacija
art31-subscriber-urgency = Hitnost
art31-subscriber-urgency-urgent = Traži se hitno izvršenje
art31-subscriber-urgency-reasons = Razlozi hitnosti
    .hint = { $basis ->
            [budapest] Npr. osumnjičenik je u istražnom zatvoru, rok u postupku ili razlozi za vjerovanje da su podaci osobito podložni gubitku ili izmjeni (članak 31. stavak 3.).
           *[other] Npr. osumnjičenik je u istražnom zatvoru, rok u postupku ili razlozi za vjerovanje da su podaci osobito podložni gubitku ili izmjeni.
        }
art31-subscriber-urgency-deadline = Podaci su potrebni do
art31-subscriber-confidentiality = Povjerljivost
art31-subscriber-confidentiality-confidential = Molimo da činjenicu i predmet ovog zahtjeva čuvate povjerljivima, osim u mjeri u kojoj je to potrebno za njegovo izvršenje
art31-subscriber-confidentiality-no-notification = Zatražiti od davatelja usluga da ne obavješćuje pretplatnika ni treće osobe
    .hint = Pitajte zamoljeno tijelo mogu li praksa ili sustav davatelja usluga upozoriti korisnika.
art31-subscriber-confidentiality-reasons = Razlozi povjerljivosti
    .hint = Npr. opasnost da osumnjičenik uništi dokaze, pobjegne ili upozori supočinitelje.
art31-subscriber-form = Oblik podataka i provjera vjerodostojnosti
art31-subscriber-form-electronic = Elektronička kopija u čitljivom formatu
art31-subscriber-form-certified = Ovjerena preslika
art31-subscriber-form-certificate = Potvrda davatelja usluga o vjerodostojnosti poslovnih evidencija
art31-subscriber-form-other = Drugo
art31-subscriber-form-other-detail = Drugi zahtjev
