# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] Članak 31. Konvencije o kibernetičkom kriminalu (ETS br. 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Datum
art31-content-reference = Oznaka / broj predmeta
art31-content-status = Status zahtjeva
    .hint = Označite svako polje koje se primjenjuje. Zahtjev kojim se nastavlja prethodni otvara odjeljke 9 i 10 za pojedinosti ranijeg zahtjeva.
art31-content-status-new = Novi zahtjev
art31-content-status-follow-up-mla = Nastavak prethodnog zahtjeva za uzajamnu pravnu pomoć (pojedinosti u odjeljku 9)
art31-content-status-follow-up-preservation = Nastavak prethodnog zahtjeva za čuvanje (pojedinosti u odjeljku 10)
art31-content-requested-authority = Zamoljeno tijelo
art31-content-requested-authority-country = Zamoljena država
art31-content-requested-authority-authority = Tijelo
    .hint = { $basis ->
            [budapest] Središnje tijelo za uzajamnu pomoć zamoljene države (članak 27. stavak 2.) ili tijelo koje je ona odredila za primanje takvih zahtjeva.
           *[other] Središnje tijelo za uzajamnu pomoć zamoljene države ili tijelo koje je ona odredila za primanje takvih zahtjeva.
        }
art31-content-requesting-authority = Tijelo koje podnosi zahtjev
art31-content-requesting-authority-organisation = Organizacija
art31-content-requesting-authority-person = Osoba odgovorna za zahtjev
art31-content-requesting-authority-address = Adresa
art31-content-requesting-authority-phone = Telefonski broj
art31-content-requesting-authority-mobile = Broj mobilnog telefona
art31-content-requesting-authority-email = Adresa e-pošte
art31-content-requesting-authority-fax = Broj telefaksa
art31-content-requesting-authority-office-hours = Radno vrijeme
art31-content-requesting-authority-time-zone = Vremenska zona
    .hint = Vremenska zona vašeg ureda, kao odstupanje od UTC-a. Svako drugo vrijeme u ovom zahtjevu navedeno je s vlastitom vremenskom zonom.
art31-content-requesting-authority-response = Način odgovora
art31-content-requesting-authority-response-expedited = Poželjan je odgovor e-poštom ili drugim brzim sredstvom
art31-content-requesting-authority-response-other = Poželjan je odgovor drugim sredstvom
art31-content-requesting-authority-response-other-detail = Poželjan je odgovor putem
art31-content-additional-contact = Ako je potrebna dodatna potvrda tijela koje podnosi zahtjev, molimo obratite se
art31-content-additional-contact-contacts = Osoba za kontakt
art31-content-additional-contact-contacts-name = Ime i prezime
art31-content-additional-contact-contacts-job-title = Naziv radnog mjesta
art31-content-additional-contact-contacts-function = Funkcija
art31-content-additional-contact-contacts-phone = Telefonski broj
art31-content-additional-contact-contacts-mobile = Broj mobilnog telefona
art31-content-additional-contact-contacts-email = Adresa e-pošte
art31-content-investigating-authority = Istražno / operativno tijelo nadležno za predmet (ako se razlikuje od tijela koje podnosi zahtjev)
art31-content-investigating-authority-organisation = Organizacija
art31-content-investigating-authority-person = Osoba odgovorna za predmet
art31-content-investigating-authority-address = Adresa
art31-content-investigating-authority-phone = Telefonski broj
art31-content-investigating-authority-mobile = Broj mobilnog telefona
art31-content-investigating-authority-email = Adresa e-pošte
art31-content-investigating-authority-fax = Broj telefaksa
art31-content-prosecution-court = Nadležno državno odvjetništvo ili sud, ako je primjenjivo
art31-content-prosecution-court-prosecution = Nadležno državno odvjetništvo i broj predmeta
art31-content-prosecution-court-court = Nadležni sud i broj predmeta
art31-content-prosecution-court-decisions = Odluke državnog odvjetništva ili suda povezane s ovim zahtjevom
    .hint = Za svaku odluku: tijelo, njezin datum i broj te što se njome nalaže ili odobrava. Priložite presliku ako je zamoljena država zahtijeva.
art31-content-previous-mla = Podaci o prethodnom zahtjevu za uzajamnu pravnu pomoć, ako je primjenjivo
art31-content-previous-mla-date = Datum
art31-content-previous-mla-reference = Broj prijave / oznaka
art31-content-previous-mla-requesting = Kontaktni podaci tijela koje je podnijelo prethodni zahtjev
art31-content-previous-mla-executing = Kontaktni podaci tijela koje je odgovorilo na prethodni zahtjev (ili ga izvršilo)
art31-content-previous-mla-channel = Način komunikacije kojim je podnesen prethodni zahtjev (adresa e-pošte, broj telefaksa itd.)
art31-content-previous-preservation = Podaci o prethodnom zahtjevu za čuvanje, ako je primjenjivo
art31-content-previous-preservation-date = Datum
art31-content-previous-preservation-reference = Broj prijave / oznaka
art31-content-previous-preservation-requesting = Kontaktni podaci tijela koje je zatražilo čuvanje
art31-content-previous-preservation-executing = Kontaktni podaci tijela koje je odgovorilo na zahtjev za čuvanje (ili ga izvršilo)
art31-content-previous-preservation-channel = Komunikacijski kanal
art31-content-previous-preservation-channel-network-247 = Kontaktna točka mreže 24/7
art31-content-previous-preservation-channel-provider = Izravno davatelju usluga
art31-content-previous-preservation-channel-police = Kanal policijske suradnje
art31-content-previous-preservation-channel-mla = Središnje tijelo za uzajamnu pomoć
art31-content-previous-preservation-channel-other = Drugo
art31-content-previous-preservation-channel-other-detail = Korišteni kanal
art31-content-previous-preservation-expiry = Podaci se čuvaju do
    .hint = Datum završetka čuvanja, kako ga je potvrdila zamoljena država ili davatelj usluga, ako je poznat.
art31-content-legal-grounds = Pravna osnova zahtjeva
art31-content-legal-grounds-domestic = Pravna osnova zahtjeva u domaćem pravu, ako je primjenjivo
    .hint = Odredbe vašeg prava na temelju kojih se podnosi ovaj zahtjev, npr. članci zakona o kaznenom postupku o zahtjevima za uzajamnu pravnu pomoć.
art31-content-legal-grounds-instruments = Drugi primjenjivi ugovori ili sporazumi
art31-content-legal-grounds-instruments-ets-30 = Europska konvencija o uzajamnoj pravnoj pomoći u kaznenim stvarima (ETS br. 30) i njezini protokoli
art31-content-legal-grounds-instruments-bilateral = Bilateralni ugovor
art31-content-legal-grounds-instruments-bilateral-detail = Naziv i datum ugovora
art31-content-legal-grounds-instruments-reciprocity = Uzajamnost
art31-content-offences = Kazneno djelo (kaznena djela)
art31-content-offences-offences = Kazneno djelo
art31-content-offences-offences-name = Kazneno djelo
art31-content-offences-offences-provision = Zakonska odredba
art31-content-offences-offences-penalty = Najviša propisana kazna
art31-content-offences-damage = Prouzročena šteta
    .hint = Iznos gubitka, u njegovoj valuti, ako ga ima.
art31-content-offences-damage-below-threshold = Šteta je manja od protuvrijednosti 5000 USD
    .hint = Vaša vlastita provjera, nikada se ne ispisuje u zahtjevu. Sjedinjene Američke Države u pravilu odbijaju zahtjeve koji se odnose na štetu manju od 5000 USD; usporedite štetu u svojoj valuti s tim iznosom.
art31-content-facts = Kratak sažetak činjenica
    .hint = Tko je što učinio, kada i gdje te kako je kazneno djelo počinjeno uz pomoć predmetne usluge. Svako vrijeme navedite s vremenskom zonom.
art31-content-identifiers = Identifikatori i razdoblje traženih podataka
art31-content-identifiers-identifiers = Identifikatori traženih podataka
    .hint = Svaki korisnički račun, adresa ili broj čiji se podaci traže. Za IP adresu navedite izvorni port te točan datum i vrijeme s vremenskom zonom: iza dijeljenih adresa davatelj usluga bez njih ne može identificirati pretplatnika.
art31-content-identifiers-period = Točno razdoblje za koje se traže podaci
    .hint = Početak i kraj s njihovom vremenskom zonom. Tražite samo razdoblje koje je potrebno istrazi: zahtjevi za duga razdoblja (više od 90 dana) često se odbijaju kao preširoki.
art31-content-data = Traženi podaci
art31-content-data-content = Traženi podaci o sadržaju
    .hint = Navedite samo sadržaj koji činjenice opravdavaju; zamoljenoj državi za to može biti potreban sudski nalog.
art31-content-data-content-messages = Pohranjene poruke, uključujući poruke u razgovorima (chat) i izravne poruke
art31-content-data-content-emails = Pohranjene poruke e-pošte s njihovim privitcima
art31-content-data-content-files = Pohranjene datoteke i dokumenti, uključujući pohranu u oblaku
art31-content-data-content-media = Fotografije i videozapisi
art31-content-data-content-posts = Objave, komentari i drugi objavljeni sadržaj
art31-content-data-content-location = Pohranjeni podaci o lokaciji
art31-content-data-content-contacts = Popisi kontakata i adresari
art31-content-data-content-other = Drugo
art31-content-data-content-other-detail = Ostali traženi podaci o sadržaju
art31-content-data-traffic = Traženi podaci o prometu
    .hint = { $basis ->
            [budapest] Označite samo ono što je potrebno uz sadržaj. Prvih osam polja slijedi definiciju podataka o prometu iz članka 1. točke (d) Konvencije: podaci koje generira računalni sustav kao dio komunikacijskog lanca.
           *[other] Označite samo ono što je potrebno uz sadržaj. Podaci o prometu jesu podaci koje generira računalni sustav kao dio komunikacijskog lanca.
        }
art31-content-data-traffic-origin = Podrijetlo komunikacija
art31-content-data-traffic-destination = Odredište komunikacija
art31-content-data-traffic-route = Put
art31-content-data-traffic-time = Vrijeme
art31-content-data-traffic-date = Datum
art31-content-data-traffic-size = Veličina
art31-content-data-traffic-duration = Trajanje
art31-content-data-traffic-service = Vrsta osnovne usluge
art31-content-data-traffic-connection-log = Povijest IP veza: prijave i odjave s IP adresama, izvornim portovima, datumima i vremenima
art31-content-data-traffic-headers = Podaci iz zaglavlja poruka e-pošte, bez sadržaja
art31-content-data-traffic-other = Drugo
art31-content-data-traffic-other-detail = Ostali traženi podaci o prometu
art31-content-data-subscriber = Traženi podaci o pretplatniku
    .hint = { $basis ->
            [budapest] Označite samo ono što je potrebno uz sadržaj. Prvih šest polja slijedi definiciju podataka o pretplatniku iz članka 18. stavka 3. Konvencije.
           *[other] Označite samo ono što je potrebno uz sadržaj.
        }
art31-content-data-subscriber-service = Vrsta korištene komunikacijske usluge, tehničke mjere poduzete u vezi s njom i razdoblje usluge
art31-content-data-subscriber-identity = Identitet pretplatnika
art31-content-data-subscriber-address = Poštanska ili zemljopisna adresa
art31-content-data-subscriber-access-number = Telefonski i drugi pristupni brojevi
art31-content-data-subscriber-billing = Podaci o obračunu i plaćanju
art31-content-data-subscriber-installation = Mjesto instalacije komunikacijske opreme
art31-content-data-subscriber-email = Adrese e-pošte povezane s korisničkim računom
art31-content-data-subscriber-registration-ip = IP adresa te datum i vrijeme registracije
art31-content-data-subscriber-other = Drugo
art31-content-data-subscriber-other-detail = Ostali traženi podaci o pretplatniku
art31-content-measures = Tražene mjere
    .hint = { $basis ->
            [budapest] Članak 31. stavak 1.: zamoljena stranka može pretražiti ili slično pristupiti, oduzeti ili slično osigurati te otkriti podatke pohranjene na njezinu državnom području, uključujući podatke sačuvane na temelju članka 29.
           *[other] Što se od zamoljene države traži u pogledu podataka pohranjenih na njezinu državnom području, uključujući već sačuvane podatke: da ih pretraži ili im slično pristupi, da ih oduzme ili slično osigura te da ih otkrije.
        }
art31-content-measures-search = Pretraga ili sličan pristup
art31-content-measures-seizure = Oduzimanje ili slično osiguranje
art31-content-measures-disclosure = Otkrivanje
art31-content-preservation = Čuvanje podataka
art31-content-preservation-sought = Je li čuvanje podataka već zatraženo?
    .hint = { $basis ->
            [budapest] Jesu li podaci sačuvani na temelju članka 29. Konvencije, putem mreže 24/7 ili izravno kod davatelja usluga. Oznaka omogućuje zamoljenom tijelu i davatelju usluga da pronađu sačuvane podatke. Ako se ovim zahtjevom nastavlja zahtjev za čuvanje opisan u odjeljku 10, navedite isti datum i istu oznaku.
           *[other] Jesu li podaci sačuvani putem mreže 24/7, drugog tijela zamoljene države ili izravno kod davatelja usluga. Oznaka omogućuje zamoljenom tijelu i davatelju usluga da pronađu sačuvane podatke. Ako se ovim zahtjevom nastavlja zahtjev za čuvanje opisan u odjeljku 10, navedite isti datum i istu oznaku.
        }
art31-content-preservation-sought-yes = Da
art31-content-preservation-sought-no = Ne
art31-content-preservation-date = Datum zahtjeva za čuvanje
art31-content-preservation-reference = Oznaka zahtjeva za čuvanje
    .hint = Oznaka koju je dodijelilo zamoljeno tijelo ili davatelj usluga; ako nije dodijeljena, vaša vlastita oznaka.
art31-content-relevance = Povezanost podataka s istragom
    .hint = Objasnite kako je svaki identifikator i svaka vrsta traženih podataka povezana s kaznenim djelom i osumnjičenikom te zašto se vjeruje da davatelj usluga posjeduje te podatke.
art31-content-grounds = Činjenična osnova za pretragu ili dostavu podataka o sadržaju
    .hint = Konkretne činjenice koje zadovoljavaju prag zamoljene države za prisilne mjere, npr. „probable cause” (osnovana sumnja) u Sjedinjenim Američkim Državama: činjenice koje pokazuju da je korisnički račun korišten u vezi s kaznenim djelom i da će se dokazi o njemu vjerojatno naći u traženom sadržaju te kada su se te činjenice dogodile. Sami zaključci ili sumnje nisu dovoljni.
art31-content-dual-criminality = Dvostruka kažnjivost
    .hint = { $basis ->
            [budapest] Objasnite kako je ponašanje opisano u odjeljku 13 kazneno djelo i prema pravu zamoljene države, navodeći odgovarajuću odredbu ako je poznata. Prema članku 25. stavku 5. Konvencije uvjet je ispunjen ako je ponašanje na kojem se temelji kazneno djelo ondje kazneno djelo, bez obzira na njegovu kategoriju ili naziv.
           *[other] Objasnite kako je ponašanje opisano u odjeljku 13 kazneno djelo i prema pravu zamoljene države, navodeći odgovarajuću odredbu ako je poznata.
        }
art31-content-use = Ograničenja uporabe podataka
art31-content-use-undertakings = Obveze tijela koje podnosi zahtjev
    .hint = { $basis ->
            [budapest] Članak 28. primjenjuje se ako između stranaka nije na snazi ugovor o uzajamnoj pomoći ili sporazum na temelju jedinstvenog ili recipročnog zakonodavstva; u protivnom se primjenjuju pravila tog ugovora ili sporazuma o povjerljivosti i uporabi.
           *[other] Uvjeti povjerljivosti i ograničenja uporabe jesu uvjeti odabranog instrumenta ili, ako ugovora nema, uvjeti koje postavi zamoljena država.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Tijelo koje podnosi zahtjev poštovat će uvjete povjerljivosti i ograničenja uporabe koje zamoljena stranka postavi na temelju članka 28. stavka 2. Konvencije
       *[other] Tijelo koje podnosi zahtjev poštovat će uvjete povjerljivosti i ograničenja uporabe koje postavi zamoljena država
    }
art31-content-use-undertakings-speciality = Podaci će se upotrebljavati samo za istragu i postupak navedene u ovom zahtjevu, osim ako zamoljena stranka pristane na drugu uporabu (načelo specijalnosti)
art31-content-use-explanation = Obrazloženje namjeravane uporabe podataka
    .hint = Npr. hoće li podaci morati biti otkriveni obrani ili upotrijebljeni u povezanim postupcima, kako bi zamoljena stranka mogla u skladu s tim postaviti svoje uvjete.
art31-content-service-provider = Davatelj usluga koji posjeduje podatke
art31-content-service-provider-name = Naziv davatelja usluga
    .hint = Pravni naziv davatelja usluga, kako je naveden u njegovim uvjetima korištenja ili smjernicama za tijela kaznenog progona.
art31-content-service-provider-address = Adresa ili lokacija
art31-content-urgency = Hitnost
art31-content-urgency-urgent = Traži se hitno izvršenje
art31-content-urgency-reasons = Razlozi hitnosti
    .hint = { $basis ->
            [budapest] Npr. osumnjičenik je u istražnom zatvoru, rok u postupku ili razlozi za vjerovanje da su podaci osobito podložni gubitku ili izmjeni (članak 31. stavak 3.).
           *[other] Npr. osumnjičenik je u istražnom zatvoru, rok u postupku ili razlozi za vjerovanje da su podaci osobito podložni gubitku ili izmjeni.
        }
art31-content-urgency-deadline = Podaci su potrebni do
art31-content-confidentiality = Povjerljivost
art31-content-confidentiality-confidential = Molimo da činjenicu i predmet ovog zahtjeva čuvate povjerljivima, osim u mjeri u kojoj je to potrebno za njegovo izvršenje
art31-content-confidentiality-no-notification = Zatražiti od davatelja usluga da ne obavješćuje pretplatnika ni treće osobe
    .hint = Pitajte zamoljeno tijelo mogu li praksa ili sustav davatelja usluga upozoriti korisnika.
art31-content-confidentiality-reasons = Razlozi povjerljivosti
    .hint = Npr. opasnost da osumnjičenik uništi dokaze, pobjegne ili upozori supočinitelje.
art31-content-form = Oblik podataka, provjera vjerodostojnosti i lanac nadzora
    .hint = Da bi bio prihvaćen kao dokaz, sadržaj obično mora biti provjeren: označite ono što trebaju vaši sudovi, npr. forenzičku kopiju s hash vrijednostima i evidenciju svih osoba koje su rukovale podacima ili potvrdu davatelja usluga o vjerodostojnosti njegovih poslovnih evidencija.
art31-content-form-electronic = Elektronička kopija u čitljivom formatu
art31-content-form-certified = Ovjerena preslika
art31-content-form-certificate = Potvrda davatelja usluga o vjerodostojnosti poslovnih evidencija
art31-content-form-forensic = Forenzička kopija s hash vrijednostima
art31-content-form-custody = Evidencija lanca nadzora
art31-content-form-other = Drugo
art31-content-form-other-detail = Drugi zahtjev
