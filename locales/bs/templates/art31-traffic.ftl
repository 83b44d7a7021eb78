# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] Član 31. Konvencije o kibernetičkom kriminalu (ETS br. 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Datum
art31-traffic-reference = Referentni broj / broj predmeta
art31-traffic-status = Status zahtjeva
    .hint = Označite svako polje koje se primjenjuje. Zahtjev kojim se nastavlja prethodni otvara odjeljke 9 i 10 za pojedinosti ranijeg zahtjeva.
art31-traffic-status-new = Novi zahtjev
art31-traffic-status-follow-up-mla = Nastavak prethodnog zahtjeva za uzajamnu pravnu pomoć (pojedinosti u odjeljku 9)
art31-traffic-status-follow-up-preservation = Nastavak prethodnog zahtjeva za čuvanje (pojedinosti u odjeljku 10)
art31-traffic-requested-authority = Zamoljeni organ
art31-traffic-requested-authority-country = Zamoljena država
art31-traffic-requested-authority-authority = Organ
    .hint = { $basis ->
            [budapest] Centralni organ za uzajamnu pomoć zamoljene države (član 27. stav 2.) ili organ koji je ona odredila za prijem takvih zahtjeva.
           *[other] Centralni organ za uzajamnu pomoć zamoljene države ili organ koji je ona odredila za prijem takvih zahtjeva.
        }
art31-traffic-requesting-authority = Organ molilac
art31-traffic-requesting-authority-organisation = Organizacija
art31-traffic-requesting-authority-person = Lice odgovorno za zahtjev
art31-traffic-requesting-authority-address = Adresa
art31-traffic-requesting-authority-phone = Broj telefona
art31-traffic-requesting-authority-mobile = Broj mobilnog telefona
art31-traffic-requesting-authority-email = Adresa elektronske pošte
art31-traffic-requesting-authority-fax = Broj faksa
art31-traffic-requesting-authority-office-hours = Radno vrijeme
art31-traffic-requesting-authority-time-zone = Vremenska zona
    .hint = Vremenska zona vaše službe, kao odstupanje od UTC. Svako drugo vrijeme u ovom zahtjevu navedeno je s vlastitom vremenskom zonom.
art31-traffic-requesting-authority-response = Način odgovora
art31-traffic-requesting-authority-response-expedited = Poželjan je odgovor elektronskom poštom ili drugim brzim sredstvom
art31-traffic-requesting-authority-response-other = Poželjan je odgovor drugim sredstvom
art31-traffic-requesting-authority-response-other-detail = Poželjan je odgovor putem
art31-traffic-additional-contact = Ako je potrebna dodatna potvrda organa molioca, molimo obratite se
art31-traffic-additional-contact-contacts = Kontakt osoba
art31-traffic-additional-contact-contacts-name = Ime i prezime
art31-traffic-additional-contact-contacts-job-title = Naziv radnog mjesta
art31-traffic-additional-contact-contacts-function = Funkcija
art31-traffic-additional-contact-contacts-phone = Broj telefona
art31-traffic-additional-contact-contacts-mobile = Broj mobilnog telefona
art31-traffic-additional-contact-contacts-email = Adresa elektronske pošte
art31-traffic-investigating-authority = Istražni / operativni organ nadležan za predmet (ako se razlikuje od organa molioca)
art31-traffic-investigating-authority-organisation = Organizacija
art31-traffic-investigating-authority-person = Lice odgovorno za predmet
art31-traffic-investigating-authority-address = Adresa
art31-traffic-investigating-authority-phone = Broj telefona
art31-traffic-investigating-authority-mobile = Broj mobilnog telefona
art31-traffic-investigating-authority-email = Adresa elektronske pošte
art31-traffic-investigating-authority-fax = Broj faksa
art31-traffic-prosecution-court = Nadležno tužilaštvo ili sud, ako je primjenjivo
art31-traffic-prosecution-court-prosecution = Nadležno tužilaštvo i broj predmeta
art31-traffic-prosecution-court-court = Nadležni sud i broj predmeta
art31-traffic-prosecution-court-decisions = Odluke tužilaštva ili suda u vezi s ovim zahtjevom
    .hint = Za svaku odluku: organ, njen datum i broj te šta se njome nalaže ili odobrava. Priložite kopiju ako je zamoljena država zahtijeva.
art31-traffic-previous-mla = Podaci o prethodnom zahtjevu za uzajamnu pravnu pomoć, ako je primjenjivo
art31-traffic-previous-mla-date = Datum
art31-traffic-previous-mla-reference = Broj prijave / referentni broj
art31-traffic-previous-mla-requesting = Kontakt podaci organa koji je podnio prethodni zahtjev
art31-traffic-previous-mla-executing = Kontakt podaci organa koji je odgovorio na prethodni zahtjev (ili ga izvršio)
art31-traffic-previous-mla-channel = Način komunikacije kojim je podnesen prethodni zahtjev (adresa elektronske pošte, broj faksa itd.)
art31-traffic-previous-preservation = Podaci o prethodnom zahtjevu za čuvanje, ako je primjenjivo
art31-traffic-previous-preservation-date = Datum
art31-traffic-previous-preservation-reference = Broj prijave / referentni broj
art31-traffic-previous-preservation-requesting = Kontakt podaci organa koji je tražio čuvanje
art31-traffic-previous-preservation-executing = Kontakt podaci organa koji je odgovorio na zahtjev za čuvanje (ili ga izvršio)
art31-traffic-previous-preservation-channel = Kanal komunikacije
art31-traffic-previous-preservation-channel-network-247 = Kontakt tačka mreže 24/7
art31-traffic-previous-preservation-channel-provider = Direktno pružaocu usluga
art31-traffic-previous-preservation-channel-police = Kanal policijske saradnje
art31-traffic-previous-preservation-channel-mla = Centralni organ za uzajamnu pomoć
art31-traffic-previous-preservation-channel-other = Drugo
art31-traffic-previous-preservation-channel-other-detail = Korišteni kanal
art31-traffic-previous-preservation-expiry = Podaci se čuvaju do
    .hint = Datum završetka čuvanja, kako ga je potvrdila zamoljena država ili pružalac usluga, ako je poznat.
art31-traffic-legal-grounds = Pravni osnov zahtjeva
art31-traffic-legal-grounds-domestic = Pravni osnov zahtjeva u domaćem pravu, ako je primjenjivo
    .hint = Odredbe vašeg prava na osnovu kojih se podnosi ovaj zahtjev, npr. članovi zakona o krivičnom postupku o zahtjevima za uzajamnu pravnu pomoć.
art31-traffic-legal-grounds-instruments = Drugi primjenjivi ugovori ili sporazumi
art31-traffic-legal-grounds-instruments-ets-30 = Evropska konvencija o međusobnom pružanju pravne pomoći u krivičnim stvarima (ETS br. 30) i njeni protokoli
art31-traffic-legal-grounds-instruments-bilateral = Bilateralni ugovor
art31-traffic-legal-grounds-instruments-bilateral-detail = Naziv i datum ugovora
art31-traffic-legal-grounds-instruments-reciprocity = Reciprocitet
art31-traffic-offences = Krivično djelo (krivična djela)
art31-traffic-offences-offences = Krivično djelo
art31-traffic-offences-offences-name = Krivično djelo
art31-traffic-offences-offences-provision = Zakonska odredba
art31-traffic-offences-offences-penalty = Najveća propisana kazna
art31-traffic-offences-damage = Prouzrokovana šteta
    .hint = Iznos gubitka, u njegovoj valuti, ako ga ima.
art31-traffic-offences-damage-below-threshold = Šteta je manja od protuvrijednosti 5.000 USD
    .hint = Vaša lična provjera, nikada se ne štampa u zahtjevu. Sjedinjene Američke Države po pravilu odbijaju zahtjeve koji se odnose na štetu manju od 5.000 USD; uporedite štetu u svojoj valuti s tim iznosom.
art31-traffic-facts = Kratak sažetak činjenica
    .hint = Ko je šta učinio, kada i gdje te kako je krivično djelo počinjeno uz pomoć predmetne usluge. Svako vrijeme navedite s vremenskom zonom.
art31-traffic-identifiers = Identifikatori i period traženih podataka
art31-traffic-identifiers-identifiers = Identifikatori traženih podataka
    .hint = Svaki korisnički račun, adresa ili broj čiji se podaci traže. Za IP adresu navedite izvorni port te tačan datum i vrijeme s vremenskom zonom: iza zajedničkih adresa pružalac usluga bez njih ne može identifikovati pretplatnika.
art31-traffic-identifiers-period = Tačan period za koji se traže podaci
    .hint = Početak i kraj s njihovom vremenskom zonom. Tražite samo period koji je potreban istrazi: zahtjevi za duge periode (više od 90 dana) često se odbijaju kao preširoki.
art31-traffic-data = Traženi podaci
art31-traffic-data-traffic = Traženi podaci o saobraćaju
    .hint = { $basis ->
            [budapest] Prvih osam polja slijedi definiciju podataka o saobraćaju iz člana 1. tačke (d) Konvencije: podaci koje generiše računarski sistem kao dio komunikacijskog lanca.
           *[other] Podaci koje generiše računarski sistem kao dio komunikacijskog lanca: označite samo ono što je potrebno istrazi.
        }
art31-traffic-data-traffic-origin = Porijeklo komunikacija
art31-traffic-data-traffic-destination = Odredište komunikacija
art31-traffic-data-traffic-route = Put
art31-traffic-data-traffic-time = Vrijeme
art31-traffic-data-traffic-date = Datum
art31-traffic-data-traffic-size = Veličina
art31-traffic-data-traffic-duration = Trajanje
art31-traffic-data-traffic-service = Vrsta osnovne usluge
art31-traffic-data-traffic-connection-log = Historija IP konekcija: prijave i odjave s IP adresama, izvornim portovima, datumima i vremenima
art31-traffic-data-traffic-headers = Podaci iz zaglavlja poruka elektronske pošte, bez sadržaja
art31-traffic-data-traffic-other = Drugo
art31-traffic-data-traffic-other-detail = Ostali traženi podaci o saobraćaju
art31-traffic-data-subscriber = Traženi podaci o pretplatniku
    .hint = { $basis ->
            [budapest] Označite samo ono što je potrebno pored podataka o saobraćaju. Prvih šest polja slijedi definiciju podataka o pretplatniku iz člana 18. stava 3. Konvencije.
           *[other] Označite samo ono što je potrebno pored podataka o saobraćaju.
        }
art31-traffic-data-subscriber-service = Vrsta korištene komunikacijske usluge, tehničke mjere preduzete u vezi s njom i period usluge
art31-traffic-data-subscriber-identity = Identitet pretplatnika
art31-traffic-data-subscriber-address = Poštanska ili geografska adresa
art31-traffic-data-subscriber-access-number = Telefonski i drugi pristupni brojevi
art31-traffic-data-subscriber-billing = Podaci o obračunu i plaćanju
art31-traffic-data-subscriber-installation = Mjesto instalacije komunikacijske opreme
art31-traffic-data-subscriber-email = Adrese elektronske pošte povezane s korisničkim računom
art31-traffic-data-subscriber-registration-ip = IP adresa te datum i vrijeme registracije
art31-traffic-data-subscriber-other = Drugo
art31-traffic-data-subscriber-other-detail = Ostali traženi podaci o pretplatniku
art31-traffic-preservation = Čuvanje podataka
art31-traffic-preservation-sought = Da li je čuvanje podataka već traženo?
    .hint = { $basis ->
            [budapest] Da li su podaci sačuvani na osnovu člana 29. Konvencije, putem mreže 24/7 ili direktno kod pružaoca usluga. Referentni broj omogućava zamoljenom organu i pružaocu usluga da pronađu sačuvane podatke. Ako se ovim zahtjevom nastavlja zahtjev za čuvanje opisan u odjeljku 10, navedite isti datum i isti referentni broj.
           *[other] Da li su podaci sačuvani, putem mreže 24/7, drugog organa zamoljene države ili direktno kod pružaoca usluga. Referentni broj omogućava zamoljenom organu i pružaocu usluga da pronađu sačuvane podatke. Ako se ovim zahtjevom nastavlja zahtjev za čuvanje opisan u odjeljku 10, navedite isti datum i isti referentni broj.
        }
art31-traffic-preservation-sought-yes = Da
art31-traffic-preservation-sought-no = Ne
art31-traffic-preservation-date = Datum zahtjeva za čuvanje
art31-traffic-preservation-reference = Referentni broj zahtjeva za čuvanje
    .hint = Referentni broj koji je dodijelio zamoljeni organ ili pružalac usluga; ako nije dodijeljen, vaš vlastiti referentni broj.
art31-traffic-relevance = Povezanost podataka s istragom
    .hint = Objasnite kako je svaki identifikator i svaka vrsta traženih podataka povezana s krivičnim djelom i osumnjičenim te zašto se vjeruje da pružalac usluga drži te podatke.
art31-traffic-service-provider = Pružalac usluga koji drži podatke
art31-traffic-service-provider-name = Naziv pružaoca usluga
    .hint = Pravni naziv pružaoca usluga, kako je naveden u njegovim uslovima korištenja ili smjernicama za organe za provođenje zakona.
art31-traffic-service-provider-address = Adresa ili lokacija
art31-traffic-urgency = Hitnost
art31-traffic-urgency-urgent = Traži se hitno izvršenje
art31-traffic-urgency-reasons = Razlozi hitnosti
    .hint = { $basis ->
            [budapest] Npr. osumnjičeni je u pritvoru, rok u postupku ili razlozi za vjerovanje da su podaci posebno podložni gubitku ili izmjeni (član 31. stav 3.).
           *[other] Npr. osumnjičeni je u pritvoru, rok u postupku ili razlozi za vjerovanje da su podaci posebno podložni gubitku ili izmjeni.
        }
art31-traffic-urgency-deadline = Podaci su potrebni do
art31-traffic-confidentiality = Povjerljivost
art31-traffic-confidentiality-confidential = Molimo da činjenicu i predmet ovog zahtjeva čuvate povjerljivim, osim u mjeri u kojoj je to potrebno za njegovo izvršenje
art31-traffic-confidentiality-no-notification = Zatražiti od pružaoca usluga da ne obavještava pretplatnika niti treća lica
    .hint = Pitajte zamoljeni organ mogu li praksa ili sistem pružaoca usluga upozoriti korisnika.
art31-traffic-confidentiality-reasons = Razlozi povjerljivosti
    .hint = Npr. opasnost da osumnjičeni uništi dokaze, pobjegne ili upozori saučesnike.
art31-traffic-form = Oblik podataka i provjera vjerodostojnosti
art31-traffic-form-electronic = Elektronska kopija u čitljivom formatu
art31-traffic-form-certified = Ovjerena kopija
art31-traffic-form-certificate = Potvrda pružaoca usluga o vjerodostojnosti poslovnih evidencija
art31-traffic-form-other = Drugo
art31-traffic-form-other-detail = Drugi zahtjev
