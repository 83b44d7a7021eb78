# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] Član 31. Konvencije o kibernetičkom kriminalu (ETS br. 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Datum
art31-content-reference = Referentni broj / broj predmeta
art31-content-status = Status zahtjeva
    .hint = Označite svako polje koje se primjenjuje. Zahtjev kojim se nastavlja prethodni otvara odjeljke 9 i 10 za pojedinosti ranijeg zahtjeva.
art31-content-status-new = Novi zahtjev
art31-content-status-follow-up-mla = Nastavak prethodnog zahtjeva za uzajamnu pravnu pomoć (pojedinosti u odjeljku 9)
art31-content-status-follow-up-preservation = Nastavak prethodnog zahtjeva za čuvanje (pojedinosti u odjeljku 10)
art31-content-requested-authority = Zamoljeni organ
art31-content-requested-authority-country = Zamoljena država
art31-content-requested-authority-authority = Organ
    .hint = { $basis ->
            [budapest] Centralni organ za uzajamnu pomoć zamoljene države (član 27. stav 2.) ili organ koji je ona odredila za prijem takvih zahtjeva.
           *[other] Centralni organ za uzajamnu pomoć zamoljene države ili organ koji je ona odredila za prijem takvih zahtjeva.
        }
art31-content-requesting-authority = Organ molilac
art31-content-requesting-authority-organisation = Organizacija
art31-content-requesting-authority-person = Lice odgovorno za zahtjev
art31-content-requesting-authority-address = Adresa
art31-content-requesting-authority-phone = Broj telefona
art31-content-requesting-authority-mobile = Broj mobilnog telefona
art31-content-requesting-authority-email = Adresa elektronske pošte
art31-content-requesting-authority-fax = Broj faksa
art31-content-requesting-authority-office-hours = Radno vrijeme
art31-content-requesting-authority-time-zone = Vremenska zona
    .hint = Vremenska zona vaše službe, kao odstupanje od UTC. Svako drugo vrijeme u ovom zahtjevu navedeno je s vlastitom vremenskom zonom.
art31-content-requesting-authority-response = Način odgovora
art31-content-requesting-authority-response-expedited = Poželjan je odgovor elektronskom poštom ili drugim brzim sredstvom
art31-content-requesting-authority-response-other = Poželjan je odgovor drugim sredstvom
art31-content-requesting-authority-response-other-detail = Poželjan je odgovor putem
art31-content-additional-contact = Ako je potrebna dodatna potvrda organa molioca, molimo obratite se
art31-content-additional-contact-contacts = Kontakt osoba
art31-content-additional-contact-contacts-name = Ime i prezime
art31-content-additional-contact-contacts-job-title = Naziv radnog mjesta
art31-content-additional-contact-contacts-function = Funkcija
art31-content-additional-contact-contacts-phone = Broj telefona
art31-content-additional-contact-contacts-mobile = Broj mobilnog telefona
art31-content-additional-contact-contacts-email = Adresa elektronske pošte
art31-content-investigating-authority = Istražni / operativni organ nadležan za predmet (ako se razlikuje od organa molioca)
art31-content-investigating-authority-organisation = Organizacija
art31-content-investigating-authority-person = Lice odgovorno za predmet
art31-content-investigating-authority-address = Adresa
art31-content-investigating-authority-phone = Broj telefona
art31-content-investigating-authority-mobile = Broj mobilnog telefona
art31-content-investigating-authority-email = Adresa elektronske pošte
art31-content-investigating-authority-fax = Broj faksa
art31-content-prosecution-court = Nadležno tužilaštvo ili sud, ako je primjenjivo
art31-content-prosecution-court-prosecution = Nadležno tužilaštvo i broj predmeta
art31-content-prosecution-court-court = Nadležni sud i broj predmeta
art31-content-prosecution-court-decisions = Odluke tužilaštva ili suda u vezi s ovim zahtjevom
    .hint = Za svaku odluku: organ, njen datum i broj te šta se njome nalaže ili odobrava. Priložite kopiju ako je zamoljena država zahtijeva.
art31-content-previous-mla = Podaci o prethodnom zahtjevu za uzajamnu pravnu pomoć, ako je primjenjivo
art31-content-previous-mla-date = Datum
art31-content-previous-mla-reference = Broj prijave / referentni broj
art31-content-previous-mla-requesting = Kontakt podaci organa koji je podnio prethodni zahtjev
art31-content-previous-mla-executing = Kontakt podaci organa koji je odgovorio na prethodni zahtjev (ili ga izvršio)
art31-content-previous-mla-channel = Način komunikacije kojim je podnesen prethodni zahtjev (adresa elektronske pošte, broj faksa itd.)
art31-content-previous-preservation = Podaci o prethodnom zahtjevu za čuvanje, ako je primjenjivo
art31-content-previous-preservation-date = Datum
art31-content-previous-preservation-reference = Broj prijave / referentni broj
art31-content-previous-preservation-requesting = Kontakt podaci organa koji je tražio čuvanje
art31-content-previous-preservation-executing = Kontakt podaci organa koji je odgovorio na zahtjev za čuvanje (ili ga izvršio)
art31-content-previous-preservation-channel = Kanal komunikacije
art31-content-previous-preservation-channel-network-247 = Kontakt tačka mreže 24/7
art31-content-previous-preservation-channel-provider = Direktno pružaocu usluga
art31-content-previous-preservation-channel-police = Kanal policijske saradnje
art31-content-previous-preservation-channel-mla = Centralni organ za uzajamnu pomoć
art31-content-previous-preservation-channel-other = Drugo
art31-content-previous-preservation-channel-other-detail = Korišteni kanal
art31-content-previous-preservation-expiry = Podaci se čuvaju do
    .hint = Datum završetka čuvanja, kako ga je potvrdila zamoljena država ili pružalac usluga, ako je poznat.
art31-content-legal-grounds = Pravni osnov zahtjeva
art31-content-legal-grounds-domestic = Pravni osnov zahtjeva u domaćem pravu, ako je primjenjivo
    .hint = Odredbe vašeg prava na osnovu kojih se podnosi ovaj zahtjev, npr. članovi zakona o krivičnom postupku o zahtjevima za uzajamnu pravnu pomoć.
art31-content-legal-grounds-instruments = Drugi primjenjivi ugovori ili sporazumi
art31-content-legal-grounds-instruments-ets-30 = Evropska konvencija o međusobnom pružanju pravne pomoći u krivičnim stvarima (ETS br. 30) i njeni protokoli
art31-content-legal-grounds-instruments-bilateral = Bilateralni ugovor
art31-content-legal-grounds-instruments-bilateral-detail = Naziv i datum ugovora
art31-content-legal-grounds-instruments-reciprocity = Reciprocitet
art31-content-offences = Krivično djelo (krivična djela)
art31-content-offences-offences = Krivično djelo
art31-content-offences-offences-name = Krivično djelo
art31-content-offences-offences-provision = Zakonska odredba
art31-content-offences-offences-penalty = Najveća propisana kazna
art31-content-offences-damage = Prouzrokovana šteta
    .hint = Iznos gubitka, u njegovoj valuti, ako ga ima.
art31-content-offences-damage-below-threshold = Šteta je manja od protuvrijednosti 5.000 USD
    .hint = Vaša lična provjera, nikada se ne štampa u zahtjevu. Sjedinjene Američke Države po pravilu odbijaju zahtjeve koji se odnose na štetu manju od 5.000 USD; uporedite štetu u svojoj valuti s tim iznosom.
art31-content-facts = Kratak sažetak činjenica
    .hint = Ko je šta učinio, kada i gdje te kako je krivično djelo počinjeno uz pomoć predmetne usluge. Svako vrijeme navedite s vremenskom zonom.
art31-content-identifiers = Identifikatori i period traženih podataka
art31-content-identifiers-identifiers = Identifikatori traženih podataka
    .hint = Svaki korisnički račun, adresa ili broj čiji se podaci traže. Za IP adresu navedite izvorni port te tačan datum i vrijeme s vremenskom zonom: iza zajedničkih adresa pružalac usluga bez njih ne može identifikovati pretplatnika.
art31-content-identifiers-period = Tačan period za koji se traže podaci
    .hint = Početak i kraj s njihovom vremenskom zonom. Tražite samo period koji je potreban istrazi: zahtjevi za duge periode (više od 90 dana) često se odbijaju kao preširoki.
art31-content-data = Traženi podaci
art31-content-data-content = Traženi podaci o sadržaju
    .hint = Navedite samo sadržaj koji činjenice opravdavaju; zamoljenoj državi za to može biti potrebna sudska naredba.
art31-content-data-content-messages = Pohranjene poruke, uključujući poruke u razgovorima (chat) i direktne poruke
art31-content-data-content-emails = Pohranjene poruke elektronske pošte s njihovim prilozima
art31-content-data-content-files = Pohranjeni fajlovi i dokumenti, uključujući pohranu u oblaku
art31-content-data-content-media = Fotografije i video-snimci
art31-content-data-content-posts = Objave, komentari i drugi objavljeni sadržaj
art31-content-data-content-location = Pohranjeni podaci o lokaciji
art31-content-data-content-contacts = Spiskovi kontakata i adresari
art31-content-data-content-other = Drugo
art31-content-data-content-other-detail = Ostali traženi podaci o sadržaju
art31-content-data-traffic = Traženi podaci o saobraćaju
    .hint = { $basis ->
            [budapest] Označite samo ono što je potrebno pored sadržaja. Prvih osam polja slijedi definiciju podataka o saobraćaju iz člana 1. tačke (d) Konvencije: podaci koje generiše računarski sistem kao dio komunikacijskog lanca.
           *[other] Označite samo ono što je potrebno pored sadržaja. Podaci o saobraćaju su podaci koje generiše računarski sistem kao dio komunikacijskog lanca.
        }
art31-content-data-traffic-origin = Porijeklo komunikacija
art31-content-data-traffic-destination = Odredište komunikacija
art31-content-data-traffic-route = Put
art31-content-data-traffic-time = Vrijeme
art31-content-data-traffic-date = Datum
art31-content-data-traffic-size = Veličina
art31-content-data-traffic-duration = Trajanje
art31-content-data-traffic-service = Vrsta osnovne usluge
art31-content-data-traffic-connection-log = Historija IP konekcija: prijave i odjave s IP adresama, izvornim portovima, datumima i vremenima
art31-content-data-traffic-headers = Podaci iz zaglavlja poruka elektronske pošte, bez sadržaja
art31-content-data-traffic-other = Drugo
art31-content-data-traffic-other-detail = Ostali traženi podaci o saobraćaju
art31-content-data-subscriber = Traženi podaci o pretplatniku
    .hint = { $basis ->
            [budapest] Označite samo ono što je potrebno pored sadržaja. Prvih šest polja slijedi definiciju podataka o pretplatniku iz člana 18. stava 3. Konvencije.
           *[other] Označite samo ono što je potrebno pored sadržaja.
        }
art31-content-data-subscriber-service = Vrsta korištene komunikacijske usluge, tehničke mjere preduzete u vezi s njom i period usluge
art31-content-data-subscriber-identity = Identitet pretplatnika
art31-content-data-subscriber-address = Poštanska ili geografska adresa
art31-content-data-subscriber-access-number = Telefonski i drugi pristupni brojevi
art31-content-data-subscriber-billing = Podaci o obračunu i plaćanju
art31-content-data-subscriber-installation = Mjesto instalacije komunikacijske opreme
art31-content-data-subscriber-email = Adrese elektronske pošte povezane s korisničkim računom
art31-content-data-subscriber-registration-ip = IP adresa te datum i vrijeme registracije
art31-content-data-subscriber-other = Drugo
art31-content-data-subscriber-other-detail = Ostali traženi podaci o pretplatniku
art31-content-measures = Tražene mjere
    .hint = { $basis ->
            [budapest] Član 31. stav 1.: zamoljena strana može izvršiti pretres ili sličan pristup, oduzimanje ili slično obezbjeđenje te otkrivanje podataka pohranjenih na njenoj teritoriji, uključujući podatke sačuvane na osnovu člana 29.
           *[other] Šta se od zamoljene države traži u pogledu podataka pohranjenih na njenoj teritoriji, uključujući već sačuvane podatke: pretres ili sličan pristup, oduzimanje ili slično obezbjeđenje te otkrivanje tih podataka.
        }
art31-content-measures-search = Pretres ili sličan pristup
art31-content-measures-seizure = Oduzimanje ili slično obezbjeđenje
art31-content-measures-disclosure = Otkrivanje
art31-content-preservation = Čuvanje podataka
art31-content-preservation-sought = Da li je čuvanje podataka već traženo?
    .hint = { $basis ->
            [budapest] Da li su podaci sačuvani na osnovu člana 29. Konvencije, putem mreže 24/7 ili direktno kod pružaoca usluga. Referentni broj omogućava zamoljenom organu i pružaocu usluga da pronađu sačuvane podatke. Ako se ovim zahtjevom nastavlja zahtjev za čuvanje opisan u odjeljku 10, navedite isti datum i isti referentni broj.
           *[other] Da li su podaci sačuvani, putem mreže 24/7, drugog organa zamoljene države ili direktno kod pružaoca usluga. Referentni broj omogućava zamoljenom organu i pružaocu usluga da pronađu sačuvane podatke. Ako se ovim zahtjevom nastavlja zahtjev za čuvanje opisan u odjeljku 10, navedite isti datum i isti referentni broj.
        }
art31-content-preservation-sought-yes = Da
art31-content-preservation-sought-no = Ne
art31-content-preservation-date = Datum zahtjeva za čuvanje
art31-content-preservation-reference = Referentni broj zahtjeva za čuvanje
    .hint = Referentni broj koji je dodijelio zamoljeni organ ili pružalac usluga; ako nije dodijeljen, vaš vlastiti referentni broj.
art31-content-relevance = Povezanost podataka s istragom
    .hint = Objasnite kako je svaki identifikator i svaka vrsta traženih podataka povezana s krivičnim djelom i osumnjičenim te zašto se vjeruje da pružalac usluga drži te podatke.
art31-content-grounds = Činjenični osnov za pretres ili dostavljanje podataka o sadržaju
    .hint = Konkretne činjenice koje zadovoljavaju prag zamoljene države za mjere prinude, npr. „probable cause“ (osnovana sumnja) u Sjedinjenim Američkim Državama: činjenice koje pokazuju da je korisnički račun korišten u vezi s krivičnim djelom i da će se dokazi o njemu vjerovatno naći u traženom sadržaju te kada su se te činjenice desile. Sami zaključci ili sumnje nisu dovoljni.
art31-content-dual-criminality = Dvostruka kažnjivost
    .hint = { $basis ->
            [budapest] Objasnite kako je ponašanje opisano u odjeljku 13 krivično djelo i prema pravu zamoljene države, navodeći odgovarajuću odredbu ako je poznata. Prema članu 25. stavu 5. Konvencije uslov je ispunjen ako je ponašanje na kojem se zasniva krivično djelo tamo krivično djelo, bez obzira na njegovu kategoriju ili naziv.
           *[other] Objasnite kako je ponašanje opisano u odjeljku 13 krivično djelo i prema pravu zamoljene države, navodeći odgovarajuću odredbu ako je poznata.
        }
art31-content-use = Ograničenja upotrebe podataka
art31-content-use-undertakings = Obaveze organa molioca
    .hint = { $basis ->
            [budapest] Član 28. primjenjuje se ako između strana nije na snazi ugovor o uzajamnoj pomoći ili sporazum na osnovu jedinstvenog ili recipročnog zakonodavstva; u suprotnom se primjenjuju pravila tog ugovora ili sporazuma o povjerljivosti i upotrebi.
           *[other] Uslovi povjerljivosti i ograničenja upotrebe su oni iz odabranog instrumenta ili, ako ugovora nema, oni koje postavi zamoljena država.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Organ molilac će poštovati uslove povjerljivosti i ograničenja upotrebe koje zamoljena strana postavi na osnovu člana 28. stava 2. Konvencije
       *[other] Organ molilac će poštovati uslove povjerljivosti i ograničenja upotrebe koje postavi zamoljena država
    }
art31-content-use-undertakings-speciality = Podaci će se koristiti samo za istragu i postupak navedene u ovom zahtjevu, osim ako zamoljena strana pristane na drugu upotrebu (načelo specijalnosti)
art31-content-use-explanation = Obrazloženje namjeravane upotrebe podataka
    .hint = Npr. da li će podaci morati biti otkriveni odbrani ili upotrijebljeni u povezanim postupcima, kako bi zamoljena strana mogla u skladu s tim postaviti svoje uslove.
art31-content-service-provider = Pružalac usluga koji drži podatke
art31-content-service-provider-name = Naziv pružaoca usluga
    .hint = Pravni naziv pružaoca usluga, kako je naveden u njegovim uslovima korištenja ili smjernicama za organe za provođenje zakona.
art31-content-service-provider-address = Adresa ili lokacija
art31-content-urgency = Hitnost
art31-content-urgency-urgent = Traži se hitno izvršenje
art31-content-urgency-reasons = Razlozi hitnosti
    .hint = { $basis ->
            [budapest] Npr. osumnjičeni je u pritvoru, rok u postupku ili razlozi za vjerovanje da su podaci posebno podložni gubitku ili izmjeni (član 31. stav 3.).
           *[other] Npr. osumnjičeni je u pritvoru, rok u postupku ili razlozi za vjerovanje da su podaci posebno podložni gubitku ili izmjeni.
        }
art31-content-urgency-deadline = Podaci su potrebni do
art31-content-confidentiality = Povjerljivost
art31-content-confidentiality-confidential = Molimo da činjenicu i predmet ovog zahtjeva čuvate povjerljivim, osim u mjeri u kojoj je to potrebno za njegovo izvršenje
art31-content-confidentiality-no-notification = Zatražiti od pružaoca usluga da ne obavještava pretplatnika niti treća lica
    .hint = Pitajte zamoljeni organ mogu li praksa ili sistem pružaoca usluga upozoriti korisnika.
art31-content-confidentiality-reasons = Razlozi povjerljivosti
    .hint = Npr. opasnost da osumnjičeni uništi dokaze, pobjegne ili upozori saučesnike.
art31-content-form = Oblik podataka, provjera vjerodostojnosti i lanac čuvanja dokaza
    .hint = Da bi bio prihvaćen kao dokaz, sadržaj obično mora biti provjeren: označite ono što trebaju vaši sudovi, npr. forenzičku kopiju s hash vrijednostima i evidenciju svih lica koja su rukovala podacima ili potvrdu pružaoca usluga o vjerodostojnosti njegovih poslovnih evidencija.
art31-content-form-electronic = Elektronska kopija u čitljivom formatu
art31-content-form-certified = Ovjerena kopija
art31-content-form-certificate = Potvrda pružaoca usluga o vjerodostojnosti poslovnih evidencija
art31-content-form-forensic = Forenzička kopija s hash vrijednostima
art31-content-form-custody = Evidencija lanca čuvanja dokaza
art31-content-form-other = Drugo
art31-content-form-other-detail = Drugi zahtjev
