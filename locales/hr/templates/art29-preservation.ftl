# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Članci 29. i 30. Konvencije o kibernetičkom kriminalu (ETS br. 185)
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = Datum
art29-preservation-reference = Oznaka / broj predmeta
art29-preservation-status = Status zahtjeva
art29-preservation-status-new = Novi zahtjev
art29-preservation-status-extension = Produljenje prethodnog zahtjeva
art29-preservation-status-previous-reference = Broj prijave ili oznaka prethodnog zahtjeva
art29-preservation-previous-request-date = Datum prethodnog zahtjeva
art29-preservation-executed-date = Datum kada je zamoljena stranka provela čuvanje
    .hint = Vaša vlastita bilješka, nikada se ne ispisuje u zahtjevu: datum koji je potvrdila zamoljena stranka ili davatelj usluga, kada postane poznat. Rok čuvanja prikazan u aplikaciji i u podsjetniku teče od tog datuma.

## 4 Requested authority

art29-preservation-requested-authority = Zamoljeno tijelo
art29-preservation-requested-authority-type = Zahtjev je upućen
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] Kontaktnoj točki 24/7 (članak 35.)
       *[other] Kontaktnoj točki 24/7
    }
art29-preservation-requested-authority-type-competent-authority = Drugom nadležnom tijelu
art29-preservation-requested-authority-authority = Naziv tijela
    .hint = { $basis ->
            [budapest] Kontaktna točka 24/7 ili nadležno tijelo zamoljene države, kako je navedeno u imeniku Vijeća Europe ili u izjavama te države.
           *[other] Kontaktna točka 24/7 ili nadležno tijelo zamoljene države, kako je navedeno u izjavama te države danima na temelju odabranog instrumenta.
        }
art29-preservation-requested-authority-country = Zamoljena država
    .hint = Stranka od koje se traži čuvanje podataka: obično država u kojoj se nalazi računalni sustav ili davatelj usluga.

## 5 Requesting authority

art29-preservation-requesting-authority = Tijelo koje podnosi zahtjev
art29-preservation-requesting-authority-organisation = Organizacija
art29-preservation-requesting-authority-person = Osoba odgovorna za zahtjev
art29-preservation-requesting-authority-address = Adresa
art29-preservation-requesting-authority-telephone = Telefonski broj
    .hint = U međunarodnom obliku, počevši sa znakom + i pozivnim brojem države. Navedite broj na koji se odgovara i izvan radnog vremena, za hitna pitanja.
art29-preservation-requesting-authority-cell-phone = Broj mobilnog telefona
art29-preservation-requesting-authority-email = E-pošta
art29-preservation-requesting-authority-fax = Broj telefaksa
art29-preservation-requesting-authority-office-hours = Radno vrijeme
    .hint = Vaši radni dani i sati u vremenskoj zoni navedenoj u nastavku, primjerice: od ponedjeljka do petka, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Vremenska zona
    .hint = Vremenska zona vašeg ureda, kao odstupanje od UTC-a. Svako vrijeme u ovom zahtjevu odnosi se na tu zonu, osim ako je drukčije navedeno.
art29-preservation-requesting-authority-response = Željeni način odgovora
art29-preservation-requesting-authority-response-expedited = Poželjan je odgovor e-poštom ili drugim brzim sredstvom
art29-preservation-requesting-authority-response-means = Poželjan je odgovor putem:
art29-preservation-requesting-authority-response-means-detail = Način odgovora

## 6 Backup contact

art29-preservation-backup-contact = Ako je potrebna dodatna potvrda tijela koje podnosi zahtjev, molimo obratite se
art29-preservation-backup-contact-name = Ime i prezime
art29-preservation-backup-contact-job-title = Naziv radnog mjesta
art29-preservation-backup-contact-function = Funkcija
art29-preservation-backup-contact-telephone = Telefonski broj
art29-preservation-backup-contact-cell-phone = Broj mobilnog telefona
art29-preservation-backup-contact-email = E-pošta

## 7 Investigative or operational authority

art29-preservation-investigative-authority = Istražno ili operativno tijelo nadležno za predmet
art29-preservation-investigative-authority-different = Istražno ili operativno tijelo razlikuje se od tijela koje podnosi zahtjev
art29-preservation-investigative-authority-organisation = Organizacija
art29-preservation-investigative-authority-person = Osoba odgovorna za predmet
art29-preservation-investigative-authority-address = Adresa
art29-preservation-investigative-authority-telephone = Telefonski broj
art29-preservation-investigative-authority-cell-phone = Broj mobilnog telefona
art29-preservation-investigative-authority-email = E-pošta
art29-preservation-investigative-authority-fax = Broj telefaksa

## 8 Prosecution office or court

art29-preservation-prosecution = Nadležno državno odvjetništvo ili sud, ako je primjenjivo
art29-preservation-prosecution-office = Nadležno državno odvjetništvo
art29-preservation-prosecution-office-case = Broj predmeta u državnom odvjetništvu
art29-preservation-prosecution-court = Nadležni sud
art29-preservation-prosecution-court-case = Broj predmeta na sudu

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = Pravna osnova zahtjeva u domaćem pravu, ako je primjenjivo
    .hint = Odredbe vašeg nacionalnog prava na temelju kojih se predmet istražuje i traži ovo čuvanje, primjerice članci zakona o kaznenom postupku.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] Kazneno djelo i kratak sažetak činjenica (članak 29. stavak 2. točka (b))
       *[other] Kazneno djelo i kratak sažetak činjenica
    }
art29-preservation-offence-offences = Kaznena djela koja su predmet kaznene istrage ili postupka
    .hint = Jedan redak za svako kazneno djelo: njegov naziv ili kratak opis, odredba vašeg kaznenog zakona kojom je propisano i najviša propisana kazna.
art29-preservation-offence-offences-offence = Kazneno djelo
art29-preservation-offence-offences-provision = Zakonska odredba
art29-preservation-offence-offences-penalty = Najviša propisana kazna
art29-preservation-offence-facts = Kratak sažetak činjenica
    .hint = U nekoliko rečenica: što se dogodilo, kada i gdje; dovoljno da zamoljeno tijelo razumije zahtjev, i ništa više. Svaki datum i vrijeme navedite s vremenskom zonom. Kontaktne točke 24/7 često prosljeđuju ovaj zahtjev davatelju usluga: ime osumnjičenika ili žrtve navedite samo ako je zamoljenom tijelu to ime potrebno da pronađe podatke.
art29-preservation-offence-convention-offence = Kazneno djelo odgovara kaznenom djelu utvrđenom u skladu s člancima 2. do 11. Konvencije o kibernetičkom kriminalu
    .hint = Dvostruka kažnjivost nije uvjet za čuvanje (članak 29. stavak 3.), osim ako je zamoljena stranka pridržala pravo da je zahtijeva za kaznena djela koja nisu ona iz članaka 2. do 11. (članak 29. stavak 4.). Označite i navedite članke ako je kazneno djelo jedno od njih. Ispisuje se samo ako je označeno.
art29-preservation-offence-convention-articles = Odgovarajući članci Konvencije
art29-preservation-offence-convention-articles-art2 = Članak 2.: Nezakonit pristup
art29-preservation-offence-convention-articles-art3 = Članak 3.: Nezakonito presretanje
art29-preservation-offence-convention-articles-art4 = Članak 4.: Ometanje podataka
art29-preservation-offence-convention-articles-art5 = Članak 5.: Ometanje sustava
art29-preservation-offence-convention-articles-art6 = Članak 6.: Zloupotreba naprava
art29-preservation-offence-convention-articles-art7 = Članak 7.: Računalno krivotvorenje
art29-preservation-offence-convention-articles-art8 = Članak 8.: Računalna prijevara
art29-preservation-offence-convention-articles-art9 = Članak 9.: Kaznena djela povezana s dječjom pornografijom
art29-preservation-offence-convention-articles-art10 = Članak 10.: Kaznena djela povezana s povredama autorskog prava i srodnih prava
art29-preservation-offence-convention-articles-art11 = Članak 11.: Pokušaj i pomaganje ili poticanje

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] Pohranjeni računalni podaci koje treba sačuvati (članak 29. stavak 2. točka (c))
       *[other] Pohranjeni računalni podaci koje treba sačuvati
    }
art29-preservation-data-identifiers = Identifikatori podataka koje treba sačuvati
    .hint = Svaki korisnički račun, korisničko ime, adresa e-pošte, telefonski broj, URL adresa, domena, uređaj ili IP adresa čije podatke treba sačuvati. Za IP adresu navedite izvorni port te točan datum i vrijeme korištenja s vremenskom zonom: iza dijeljene adrese davatelj usluga bez njih ne može pronaći korisnika. Razdoblje koje se odnosi samo na jedan identifikator upisuje se u njegov redak.
art29-preservation-data-period = Razdoblje podataka koje treba sačuvati
    .hint = Razdoblje koje podaci moraju obuhvatiti, ako je isto za sve identifikatore. Navedite oba kraja s njihovom vremenskom zonom. Tražite samo razdoblje koje je potrebno istrazi: zahtjevi za duga razdoblja (više od 90 dana) često se odbijaju kao preširoki.
art29-preservation-data-categories = Kategorije podataka koje treba sačuvati
    .hint = { $basis ->
            [budapest] Označite samo ono što je potrebno istrazi. Podaci o pretplatniku: identitet i adresa pretplatnika te korištena usluga (članak 18. stavak 3.). Podaci o prometu: podrijetlo, odredište, put, vrijeme, datum, veličina i trajanje komunikacija ili vrsta osnovne usluge (članak 1. točka (d)). Podaci o sadržaju: same komunikacije.
           *[other] Označite samo ono što je potrebno istrazi. Podaci o pretplatniku: identitet i adresa pretplatnika te korištena usluga. Podaci o prometu: podrijetlo, odredište, put, vrijeme, datum, veličina i trajanje komunikacija ili vrsta osnovne usluge. Podaci o sadržaju: same komunikacije.
        }
art29-preservation-data-categories-subscriber = Podaci o pretplatniku
art29-preservation-data-categories-traffic = Podaci o prometu
art29-preservation-data-categories-content = Podaci o sadržaju
art29-preservation-data-categories-other = Ostali podaci
art29-preservation-data-categories-other-detail = Ostali podaci koje treba sačuvati
art29-preservation-data-relationship = Povezanost podataka s kaznenim djelom
    .hint = Pokažite kako su ti podaci povezani s kaznenim djelom, primjerice: s korisničkog računa poslane su prijeteće poruke 20. 11. 2026. u 14:03 (UTC+04:00) ili je IP adresa korištena za prijavu na poslužitelj žrtve.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] Posjednik podataka i lokacija računalnog sustava (članak 29. stavak 2. točka (d))
       *[other] Posjednik podataka i lokacija računalnog sustava
    }
art29-preservation-custodian-provider = Davatelj usluga ili drugi posjednik podataka
    .hint = Naziv društva ili ime osobe koja posjeduje podatke, koliko je poznato. Ako nije poznato, navedite to.
art29-preservation-custodian-contact = Adresa ili mrežna stranica posjednika
art29-preservation-custodian-location = Lokacija računalnog sustava
    .hint = Gdje se nalazi računalni sustav na kojem su podaci, koliko je poznato: država, grad, pružatelj usluge smještaja (hostinga) ili podatkovni centar.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] Nužnost čuvanja (članak 29. stavak 2. točka (e))
       *[other] Nužnost čuvanja
    }
art29-preservation-necessity-reasons = Razlozi za žurno čuvanje
art29-preservation-necessity-reasons-deletion = Podaci mogu biti izbrisani, izmijenjeni ili izgubljeni
art29-preservation-necessity-reasons-retention = Davatelj usluga zadržava takve podatke samo kratko vrijeme
art29-preservation-necessity-reasons-notice = Osumnjičenik može saznati za istragu i izbrisati podatke
art29-preservation-necessity-reasons-other = Drugo
art29-preservation-necessity-reasons-other-detail = Drugi razlog
art29-preservation-necessity-explanation = Obrazloženje
    .hint = Neobvezno: što hitnost čini konkretnom, primjerice poznati rok zadržavanja podataka kod davatelja usluga ili datum nakon kojeg će podaci biti izbrisani.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] Zahtjev za uzajamnu pomoć koji će uslijediti (članak 29. stavak 2. točka (f))
       *[other] Zahtjev za uzajamnu pomoć koji će uslijediti
    }
art29-preservation-mla-intent = Stranka moliteljica namjerava podnijeti zahtjev za uzajamnu pomoć radi pretrage ili sličnog pristupa, oduzimanja ili sličnog osiguranja ili otkrivanja pohranjenih računalnih podataka.
art29-preservation-mla-expected-date = Očekivani datum zahtjeva za uzajamnu pomoć
    .hint = { $basis ->
            [budapest] Prema članku 29. stavku 7. Konvencije čuvanje traje najmanje šezdeset dana kako bi se omogućilo podnošenje zahtjeva za uzajamnu pomoć; nakon primitka tog zahtjeva podaci se i dalje čuvaju do donošenja odluke o njemu. Koliko dugo zamoljena država stvarno čuva podatke ovisi o njezinu pravu i praksi: pogledajte ploču čuvanja te pošaljite zahtjev dovoljno prije isteka roka ili na vrijeme zatražite produljenje.
           *[other] Koliko dugo zamoljena država čuva podatke ovisi o njezinu pravu i praksi: pogledajte ploču čuvanja te pošaljite zahtjev za uzajamnu pomoć dovoljno prije isteka roka ili na vrijeme zatražite produljenje.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Žurno otkrivanje sačuvanih podataka o prometu (članak 30.): ako se pri čuvanju podataka o prometu koji se odnose na određenu komunikaciju utvrdi da je u njezinu prijenosu sudjelovao davatelj usluga u drugoj državi, molimo da žurno otkrijete dovoljnu količinu podataka o prometu za identifikaciju tog davatelja usluga i puta kojim je komunikacija prenesena.
       *[other] Žurno otkrivanje sačuvanih podataka o prometu: ako se pri čuvanju podataka o prometu koji se odnose na određenu komunikaciju utvrdi da je u njezinu prijenosu sudjelovao davatelj usluga u drugoj državi, molimo da žurno otkrijete dovoljnu količinu podataka o prometu za identifikaciju tog davatelja usluga i puta kojim je komunikacija prenesena.
    }

## 16 Confidentiality

art29-preservation-confidentiality = Povjerljivost
art29-preservation-confidentiality-conditions = Zatražena povjerljivost
    .hint = Neki davatelji usluga obavješćuju svoje korisnike o zahtjevima. Pitajte zamoljeno tijelo može li se to dogoditi i označite ono što je potrebno istrazi.
art29-preservation-confidentiality-conditions-no-notification = Molimo da o ovom zahtjevu ne obavješćujete pretplatnika ili imatelja korisničkog računa
art29-preservation-confidentiality-conditions-warn = Molimo da tijelo koje podnosi zahtjev obavijestite prije svake radnje koja bi mogla upozoriti korisnika
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Ako čuvanje neće osigurati buduću dostupnost podataka ili će ugroziti povjerljivost istrage ili joj na drugi način naštetiti, molimo da o tome odmah obavijestite tijelo koje podnosi zahtjev kako bi ono moglo odlučiti treba li zahtjev unatoč tome izvršiti (članak 29. stavak 6.)
       *[other] Ako čuvanje neće osigurati buduću dostupnost podataka ili će ugroziti povjerljivost istrage ili joj na drugi način naštetiti, molimo da o tome odmah obavijestite tijelo koje podnosi zahtjev kako bi ono moglo odlučiti treba li zahtjev unatoč tome izvršiti
    }
art29-preservation-confidentiality-details = Daljnje napomene o povjerljivosti

## 17 Acknowledgement

art29-preservation-acknowledgement = Molimo potvrdite da su podaci sačuvani te navedite oznaku dodijeljenu ovom zahtjevu i datum završetka čuvanja
