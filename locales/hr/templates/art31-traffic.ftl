# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] Članak 31. Konvencije o kibernetičkom kriminalu (ETS br. 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Datum
art31-traffic-reference = Oznaka / broj predmeta
art31-traffic-status = Status zahtjeva
    .hint = Označite svako polje koje se primjenjuje. Zahtjev kojim se nastavlja prethodni otvara odjeljke 9 i 10 za pojedinosti ranijeg zahtjeva.
art31-traffic-status-new = Novi zahtjev
art31-traffic-status-follow-up-mla = Nastavak prethodnog zahtjeva za uzajamnu pravnu pomoć (pojedinosti u odjeljku 9)
art31-traffic-status-follow-up-preservation = Nastavak prethodnog zahtjeva za čuvanje (pojedinosti u odjeljku 10)
art31-traffic-requested-authority = Zamoljeno tijelo
art31-traffic-requested-authority-country = Zamoljena država
art31-traffic-requested-authority-authority = Tijelo
    .hint = { $basis ->
            [budapest] Središnje tijelo za uzajamnu pomoć zamoljene države (članak 27. stavak 2.) ili tijelo koje je ona odredila za primanje takvih zahtjeva.
           *[other] Središnje tijelo za uzajamnu pomoć zamoljene države ili tijelo koje je ona odredila za primanje takvih zahtjeva.
        }
art31-traffic-requesting-authority = Tijelo koje podnosi zahtjev
art31-traffic-requesting-authority-organisation = Organizacija
art31-traffic-requesting-authority-person = Osoba odgovorna za zahtjev
art31-traffic-requesting-authority-address = Adresa
art31-traffic-requesting-authority-phone = Telefonski broj
art31-traffic-requesting-authority-mobile = Broj mobilnog telefona
art31-traffic-requesting-authority-email = Adresa e-pošte
art31-traffic-requesting-authority-fax = Broj telefaksa
art31-traffic-requesting-authority-office-hours = Radno vrijeme
art31-traffic-requesting-authority-time-zone = Vremenska zona
    .hint = Vremenska zona vašeg ureda, kao odstupanje od UTC-a. Svako drugo vrijeme u ovom zahtjevu navedeno je s vlastitom vremenskom zonom.
art31-traffic-requesting-authority-response = Način odgovora
art31-traffic-requesting-authority-response-expedited = Poželjan je odgovor e-poštom ili drugim brzim sredstvom
art31-traffic-requesting-authority-response-other = Poželjan je odgovor drugim sredstvom
art31-traffic-requesting-authority-response-other-detail = Poželjan je odgovor putem
art31-traffic-additional-contact = Ako je potrebna dodatna potvrda tijela koje podnosi zahtjev, molimo obratite se
art31-traffic-additional-contact-contacts = Osoba za kontakt
art31-traffic-additional-contact-contacts-name = Ime i prezime
art31-traffic-additional-contact-contacts-job-title = Naziv radnog mjesta
art31-traffic-additional-contact-contacts-function = Funkcija
art31-traffic-additional-contact-contacts-phone = Telefonski broj
art31-traffic-additional-contact-contacts-mobile = Broj mobilnog telefona
art31-traffic-additional-contact-contacts-email = Adresa e-pošte
art31-traffic-investigating-authority = Istražno / operativno tijelo nadležno za predmet (ako se razlikuje od tijela koje podnosi zahtjev)
art31-traffic-investigating-authority-organisation = Organizacija
art31-traffic-investigating-authority-person = Osoba odgovorna za predmet
art31-traffic-investigating-authority-address = Adresa
art31-traffic-investigating-authority-phone = Telefonski broj
art31-traffic-investigating-authority-mobile = Broj mobilnog telefona
art31-traffic-investigating-authority-email = Adresa e-pošte
art31-traffic-investigating-authority-fax = Broj telefaksa
art31-traffic-prosecution-court = Nadležno državno odvjetništvo ili sud, ako je primjenjivo
art31-traffic-prosecution-court-prosecution = Nadležno državno odvjetništvo i broj predmeta
art31-traffic-prosecution-court-court = Nadležni sud i broj predmeta
art31-traffic-prosecution-court-decisions = Odluke državnog odvjetništva ili suda povezane s ovim zahtjevom
    .hint = Za svaku odluku: tijelo, njezin datum i broj te što se njome nalaže ili odobrava. Priložite presliku ako je zamoljena država zahtijeva.
art31-traffic-previous-mla = Podaci o prethodnom zahtjevu za uzajamnu pravnu pomoć, ako je primjenjivo
art31-traffic-previous-mla-date = Datum
art31-traffic-previous-mla-reference = Broj prijave / oznaka
art31-traffic-previous-mla-requesting = Kontaktni podaci tijela koje je podnijelo prethodni zahtjev
art31-traffic-previous-mla-executing = Kontaktni podaci tijela koje je odgovorilo na prethodni zahtjev (ili ga izvršilo)
art31-traffic-previous-mla-channel = Način komunikacije kojim je podnesen prethodni zahtjev (adresa e-pošte, broj telefaksa itd.)
art31-traffic-previous-preservation = Podaci o prethodnom zahtjevu za čuvanje, ako je primjenjivo
art31-traffic-previous-preservation-date = Datum
art31-traffic-previous-preservation-reference = Broj prijave / oznaka
art31-traffic-previous-preservation-requesting = Kontaktni podaci tijela koje je zatražilo čuvanje
art31-traffic-previous-preservation-executing = Kontaktni podaci tijela koje je odgovorilo na zahtjev za čuvanje (ili ga izvršilo)
art31-traffic-previous-preservation-channel = Komunikacijski kanal
art31-traffic-previous-preservation-channel-network-247 = Kontaktna točka mreže 24/7
art31-traffic-previous-preservation-channel-provider = Izravno davatelju usluga
art31-traffic-previous-preservation-channel-police = Kanal policijske suradnje
art31-traffic-previous-preservation-channel-mla = Središnje tijelo za uzajamnu pomoć
art31-traffic-previous-preservation-channel-other = Drugo
art31-traffic-previous-preservation-channel-other-detail = Korišteni kanal
art31-traffic-previous-preservation-expiry = Podaci se čuvaju do
    .hint = Datum završetka čuvanja, kako ga je potvrdila zamoljena država ili davatelj usluga, ako je poznat.
art31-traffic-legal-grounds = Pravna osnova zahtjeva
art31-traffic-legal-grounds-domestic = Pravna osnova zahtjeva u domaćem pravu, ako je primjenjivo
    .hint = Odredbe vašeg prava na temelju kojih se podnosi ovaj zahtjev, npr. članci zakona o kaznenom postupku o zahtjevima za uzajamnu pravnu pomoć.
art31-traffic-legal-grounds-instruments = Drugi primjenjivi ugovori ili sporazumi
art31-traffic-legal-grounds-instruments-ets-30 = Europska konvencija o uzajamnoj pravnoj pomoći u kaznenim stvarima (ETS br. 30) i njezini protokoli
art31-traffic-legal-grounds-instruments-bilateral = Bilateralni ugovor
art31-traffic-legal-grounds-instruments-bilateral-detail = Naziv i datum ugovora
art31-traffic-legal-grounds-instruments-reciprocity = Uzajamnost
art31-traffic-offences = Kazneno djelo (kaznena djela)
art31-traffic-offences-offences = Kazneno djelo
art31-traffic-offences-offences-name = Kazneno djelo
art31-traffic-offences-offences-provision = Zakonska odredba
art31-traffic-offences-offences-penalty = Najviša propisana kazna
art31-traffic-offences-damage = Prouzročena šteta
    .hint = Iznos gubitka, u njegovoj valuti, ako ga ima.
art31-traffic-offences-damage-below-threshold = Šteta je manja od protuvrijednosti 5000 USD
    .hint = Vaša vlastita provjera, nikada se ne ispisuje u zahtjevu. Sjedinjene Američke Države u pravilu odbijaju zahtjeve koji se odnose na štetu manju od 5000 USD; usporedite štetu u svojoj valuti s tim iznosom.
art31-traffic-facts = Kratak sažetak činjenica
    .hint = Tko je što učinio, kada i gdje te kako je kazneno djelo počinjeno uz pomoć predmetne usluge. Svako vrijeme navedite s vremenskom zonom.
art31-traffic-identifiers = Identifikatori i razdoblje traženih podataka
art31-traffic-identifiers-identifiers = Identifikatori traženih podataka
    .hint = Svaki korisnički račun, adresa ili broj čiji se podaci traže. Za IP adresu navedite izvorni port te točan datum i vrijeme s vremenskom zonom: iza dijeljenih adresa davatelj usluga bez njih ne može identificirati pretplatnika.
art31-traffic-identifiers-period = Točno razdoblje za koje se traže podaci
    .hint = Početak i kraj s njihovom vremenskom zonom. Tražite samo razdoblje koje je potrebno istrazi: zahtjevi za duga razdoblja (više od 90 dana) često se odbijaju kao preširoki.
art31-traffic-data = Traženi podaci
art31-traffic-data-traffic = Traženi podaci o prometu
    .hint = { $basis ->
            [budapest] Prvih osam polja slijedi definiciju podataka o prometu iz članka 1. točke (d) Konvencije: podaci koje generira računalni sustav kao dio komunikacijskog lanca.
           *[other] Podaci koje generira računalni sustav kao dio komunikacijskog lanca: označite samo ono što je potrebno istrazi.
        }
art31-traffic-data-traffic-origin = Podrijetlo komunikacija
art31-traffic-data-traffic-destination = Odredište komunikacija
art31-traffic-data-traffic-route = Put
art31-traffic-data-traffic-time = Vrijeme
art31-traffic-data-traffic-date = Datum
art31-traffic-data-traffic-size = Veličina
art31-traffic-data-traffic-duration = Trajanje
art31-traffic-data-traffic-service = Vrsta osnovne usluge
art31-traffic-data-traffic-connection-log = Povijest IP veza: prijave i odjave s IP adresama, izvornim portovima, datumima i vremenima
art31-traffic-data-traffic-headers = Podaci iz zaglavlja poruka e-pošte, bez sadržaja
art31-traffic-data-traffic-other = Drugo
art31-traffic-data-traffic-other-detail = Ostali traženi podaci o prometu
art31-traffic-data-subscriber = Traženi podaci o pretplatniku
    .hint = { $basis ->
            [budapest] Označite samo ono što je potrebno uz podatke o prometu. Prvih šest polja slijedi definiciju podataka o pretplatniku iz članka 18. stavka 3. Konvencije.
           *[other] Označite samo ono što je potrebno uz podatke o prometu.
        }
art31-traffic-data-subscriber-service = Vrsta korištene komunikacijske usluge, tehničke mjere poduzete u vezi s njom i razdoblje usluge
art31-traffic-data-subscriber-identity = Identitet pretplatnika
art31-traffic-data-subscriber-address = Poštanska ili zemljopisna adresa
art31-traffic-data-subscriber-access-number = Telefonski i drugi pristupni brojevi
art31-traffic-data-subscriber-billing = Podaci o obračunu i plaćanju
art31-traffic-data-subscriber-installation = Mjesto instalacije komunikacijske opreme
art31-traffic-data-subscriber-email = Adrese e-pošte povezane s korisničkim računom
art31-traffic-data-subscriber-registration-ip = IP adresa te datum i vrijeme registracije
art31-traffic-data-subscriber-other = Drugo
art31-traffic-data-subscriber-other-detail = Ostali traženi podaci o pretplatniku
art31-traffic-preservation = Čuvanje podataka
art31-traffic-preservation-sought = Je li čuvanje podataka već zatraženo?
    .hint = { $basis ->
            [budapest] Jesu li podaci sačuvani na temelju članka 29. Konvencije, putem mreže 24/7 ili izravno kod davatelja usluga. Oznaka omogućuje zamoljenom tijelu i davatelju usluga da pronađu sačuvane podatke. Ako se ovim zahtjevom nastavlja zahtjev za čuvanje opisan u odjeljku 10, navedite isti datum i istu oznaku.
           *[other] Jesu li podaci sačuvani putem mreže 24/7, drugog tijela zamoljene države ili izravno kod davatelja usluga. Oznaka omogućuje zamoljenom tijelu i davatelju usluga da pronađu sačuvane podatke. Ako se ovim zahtjevom nastavlja zahtjev za čuvanje opisan u odjeljku 10, navedite isti datum i istu oznaku.
        }
art31-traffic-preservation-sought-yes = Da
art31-traffic-preservation-sought-no = Ne
art31-traffic-preservation-date = Datum zahtjeva za čuvanje
art31-traffic-preservation-reference = Oznaka zahtjeva za čuvanje
    .hint = Oznaka koju je dodijelilo zamoljeno tijelo ili davatelj usluga; ako nije dodijeljena, vaša vlastita oznaka.
art31-traffic-relevance = Povezanost podataka s istragom
    .hint = Objasnite kako je svaki identifikator i svaka vrsta traženih podataka povezana s kaznenim djelom i osumnjičenikom te zašto se vjeruje da davatelj usluga posjeduje te podatke.
art31-traffic-service-provider = Davatelj usluga koji posjeduje podatke
art31-traffic-service-provider-name = Naziv davatelja usluga
    .hint = Pravni naziv davatelja usluga, kako je naveden u njegovim uvjetima korištenja ili smjernicama za tijela kaznenog progona.
art31-traffic-service-provider-address = Adresa ili lokacija
art31-traffic-urgency = Hitnost
art31-traffic-urgency-urgent = Traži se hitno izvršenje
art31-traffic-urgency-reasons = Razlozi hitnosti
    .hint = { $basis ->
            [budapest] Npr. osumnjičenik je u istražnom zatvoru, rok u postupku ili razlozi za vjerovanje da su podaci osobito podložni gubitku ili izmjeni (članak 31. stavak 3.).
           *[other] Npr. osumnjičenik je u istražnom zatvoru, rok u postupku ili razlozi za vjerovanje da su podaci osobito podložni gubitku ili izmjeni.
        }
art31-traffic-urgency-deadline = Podaci su potrebni do
art31-traffic-confidentiality = Povjerljivost
art31-traffic-confidentiality-confidential = Molimo da činjenicu i predmet ovog zahtjeva čuvate povjerljivima, osim u mjeri u kojoj je to potrebno za njegovo izvršenje
art31-traffic-confidentiality-no-notification = Zatražiti od davatelja usluga da ne obavješćuje pretplatnika ni treće osobe
    .hint = Pitajte zamoljeno tijelo mogu li praksa ili sustav davatelja usluga upozoriti korisnika.
art31-traffic-confidentiality-reasons = Razlozi povjerljivosti
    .hint = Npr. opasnost da osumnjičenik uništi dokaze, pobjegne ili upozori supočinitelje.
art31-traffic-form = Oblik podataka i provjera vjerodostojnosti
art31-traffic-form-electronic = Elektronička kopija u čitljivom formatu
art31-traffic-form-certified = Ovjerena preslika
art31-traffic-form-certificate = Potvrda davatelja usluga o vjerodostojnosti poslovnih evidencija
art31-traffic-form-other = Drugo
art31-traffic-form-other-detail = Drugi zahtjev
