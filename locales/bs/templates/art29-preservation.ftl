# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Članovi 29. i 30. Konvencije o kibernetičkom kriminalu (ETS br. 185)
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = Datum
art29-preservation-reference = Referentni broj / broj predmeta
art29-preservation-status = Status zahtjeva
art29-preservation-status-new = Novi zahtjev
art29-preservation-status-extension = Produženje prethodnog zahtjeva
art29-preservation-status-previous-reference = Broj prijave ili referentni broj prethodnog zahtjeva
art29-preservation-previous-request-date = Datum prethodnog zahtjeva
art29-preservation-executed-date = Datum kada je zamoljena strana izvršila čuvanje
    .hint = Vaša lična bilješka, nikada se ne štampa u zahtjevu: datum koji je potvrdila zamoljena strana ili pružalac usluga, kada postane poznat. Rok čuvanja prikazan u aplikaciji i u podsjetniku teče od tog datuma.

## 4 Requested authority

art29-preservation-requested-authority = Zamoljeni organ
art29-preservation-requested-authority-type = Zahtjev je upućen
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] Kontakt tački 24/7 (član 35.)
       *[other] Kontakt tački 24/7
    }
art29-preservation-requested-authority-type-competent-authority = Drugom nadležnom organu
art29-preservation-requested-authority-authority = Naziv organa
    .hint = { $basis ->
            [budapest] Kontakt tačka 24/7 ili nadležni organ zamoljene države, kako je naveden u imeniku Vijeća Evrope ili u izjavama te države.
           *[other] Kontakt tačka 24/7 ili nadležni organ zamoljene države, kako je naveden u izjavama te države datim na osnovu odabranog instrumenta.
        }
art29-preservation-requested-authority-country = Zamoljena država
    .hint = Strana od koje se traži čuvanje podataka: obično država u kojoj se nalazi računarski sistem ili pružalac usluga.

## 5 Requesting authority

art29-preservation-requesting-authority = Organ molilac
art29-preservation-requesting-authority-organisation = Organizacija
art29-preservation-requesting-authority-person = Lice odgovorno za zahtjev
art29-preservation-requesting-authority-address = Adresa
art29-preservation-requesting-authority-telephone = Broj telefona
    .hint = U međunarodnom obliku, počevši znakom + i pozivnim brojem države. Navedite broj na koji se odgovara i izvan radnog vremena, za hitna pitanja.
art29-preservation-requesting-authority-cell-phone = Broj mobilnog telefona
art29-preservation-requesting-authority-email = Elektronska pošta
art29-preservation-requesting-authority-fax = Broj faksa
art29-preservation-requesting-authority-office-hours = Radno vrijeme
    .hint = Vaši radni dani i sati u vremenskoj zoni navedenoj ispod, na primjer: od ponedjeljka do petka, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Vremenska zona
    .hint = Vremenska zona vaše službe, kao odstupanje od UTC. Svako vrijeme u ovom zahtjevu odnosi se na tu zonu, osim ako je drugačije navedeno.
art29-preservation-requesting-authority-response = Željeni način odgovora
art29-preservation-requesting-authority-response-expedited = Poželjan je odgovor elektronskom poštom ili drugim brzim sredstvom
art29-preservation-requesting-authority-response-means = Poželjan je odgovor putem:
art29-preservation-requesting-authority-response-means-detail = Način odgovora

## 6 Backup contact

art29-preservation-backup-contact = Ako je potrebna dodatna potvrda organa molioca, molimo obratite se
art29-preservation-backup-contact-name = Ime i prezime
art29-preservation-backup-contact-job-title = Naziv radnog mjesta
art29-preservation-backup-contact-function = Funkcija
art29-preservation-backup-contact-telephone = Broj telefona
art29-preservation-backup-contact-cell-phone = Broj mobilnog telefona
art29-preservation-backup-contact-email = Elektronska pošta

## 7 Investigative or operational authority

art29-preservation-investigative-authority = Istražni ili operativni organ nadležan za predmet
art29-preservation-investigative-authority-different = Istražni ili operativni organ razlikuje se od organa molioca
art29-preservation-investigative-authority-organisation = Organizacija
art29-preservation-investigative-authority-person = Lice odgovorno za predmet
art29-preservation-investigative-authority-address = Adresa
art29-preservation-investigative-authority-telephone = Broj telefona
art29-preservation-investigative-authority-cell-phone = Broj mobilnog telefona
art29-preservation-investigative-authority-email = Elektronska pošta
art29-preservation-investigative-authority-fax = Broj faksa

## 8 Prosecution office or court

art29-preservation-prosecution = Nadležno tužilaštvo ili sud, ako je primjenjivo
art29-preservation-prosecution-office = Nadležno tužilaštvo
art29-preservation-prosecution-office-case = Broj predmeta u tužilaštvu
art29-preservation-prosecution-court = Nadležni sud
art29-preservation-prosecution-court-case = Broj predmeta u sudu

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = Pravni osnov zahtjeva u domaćem pravu, ako je primjenjivo
    .hint = Odredbe vašeg nacionalnog prava na osnovu kojih se predmet istražuje i traži ovo čuvanje, na primjer članovi zakona o krivičnom postupku.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] Krivično djelo i kratak sažetak činjenica (član 29. stav 2. tačka (b))
       *[other] Krivično djelo i kratak sažetak činjenica
    }
art29-preservation-offence-offences = Krivična djela koja su predmet krivične istrage ili postupka
    .hint = Jedan red za svako krivično djelo: njegov naziv ili kratak opis, odredba vašeg krivičnog zakona kojom je propisano i najveća propisana kazna.
art29-preservation-offence-offences-offence = Krivično djelo
art29-preservation-offence-offences-provision = Zakonska odredba
art29-preservation-offence-offences-penalty = Najveća propisana kazna
art29-preservation-offence-facts = Kratak sažetak činjenica
    .hint = U nekoliko rečenica: šta se desilo, kada i gdje; dovoljno da zamoljeni organ razumije zahtjev, i ništa više. Svaki datum i vrijeme navedite s vremenskom zonom. Kontakt tačke 24/7 često prosljeđuju ovaj zahtjev pružaocu usluga: ime osumnjičenog ili žrtve navedite samo ako je zamoljenom organu to ime potrebno da pronađe podatke.
art29-preservation-offence-convention-offence = Krivično djelo odgovara krivičnom djelu utvrđenom u skladu s članovima 2. do 11. Konvencije o kibernetičkom kriminalu
    .hint = Dvostruka kažnjivost nije uslov za čuvanje (član 29. stav 3.), osim ako je zamoljena strana zadržala pravo da je zahtijeva za krivična djela koja nisu ona iz članova 2. do 11. (član 29. stav 4.). Označite i navedite članove ako je krivično djelo jedno od njih. Štampa se samo ako je označeno.
art29-preservation-offence-convention-articles = Odgovarajući članovi Konvencije
art29-preservation-offence-convention-articles-art2 = Član 2.: Nezakonit pristup
art29-preservation-offence-convention-articles-art3 = Član 3.: Nezakonito presretanje
art29-preservation-offence-convention-articles-art4 = Član 4.: Ometanje podataka
art29-preservation-offence-convention-articles-art5 = Član 5.: Ometanje sistema
art29-preservation-offence-convention-articles-art6 = Član 6.: Zloupotreba uređaja
art29-preservation-offence-convention-articles-art7 = Član 7.: Računarsko falsifikovanje
art29-preservation-offence-convention-articles-art8 = Član 8.: Računarska prevara
art29-preservation-offence-convention-articles-art9 = Član 9.: Krivična djela u vezi s dječijom pornografijom
art29-preservation-offence-convention-articles-art10 = Član 10.: Krivična djela u vezi s povredama autorskog prava i srodnih prava
art29-preservation-offence-convention-articles-art11 = Član 11.: Pokušaj i pomaganje ili podstrekavanje

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] Pohranjeni računarski podaci koje treba sačuvati (član 29. stav 2. tačka (c))
       *[other] Pohranjeni računarski podaci koje treba sačuvati
    }
art29-preservation-data-identifiers = Identifikatori podataka koje treba sačuvati
    .hint = Svaki korisnički račun, korisničko ime, adresa elektronske pošte, broj telefona, URL adresa, domena, uređaj ili IP adresa čije podatke treba sačuvati. Za IP adresu navedite izvorni port te tačan datum i vrijeme korištenja s vremenskom zonom: iza zajedničke adrese pružalac usluga bez njih ne može pronaći korisnika. Period koji se odnosi samo na jedan identifikator upisuje se u njegov red.
art29-preservation-data-period = Period podataka koje treba sačuvati
    .hint = Period koji podaci moraju obuhvatiti, ako je isti za sve identifikatore. Navedite oba kraja s njihovom vremenskom zonom. Tražite samo period koji je potreban istrazi: zahtjevi za duge periode (više od 90 dana) često se odbijaju kao preširoki.
art29-preservation-data-categories = Kategorije podataka koje treba sačuvati
    .hint = { $basis ->
            [budapest] Označite samo ono što je potrebno istrazi. Podaci o pretplatniku: identitet i adresa pretplatnika te korištena usluga (član 18. stav 3.). Podaci o saobraćaju: porijeklo, odredište, put, vrijeme, datum, veličina i trajanje komunikacija ili vrsta osnovne usluge (član 1. tačka (d)). Podaci o sadržaju: same komunikacije.
           *[other] Označite samo ono što je potrebno istrazi. Podaci o pretplatniku: identitet i adresa pretplatnika te korištena usluga. Podaci o saobraćaju: porijeklo, odredište, put, vrijeme, datum, veličina i trajanje komunikacija ili vrsta osnovne usluge. Podaci o sadržaju: same komunikacije.
        }
art29-preservation-data-categories-subscriber = Podaci o pretplatniku
art29-preservation-data-categories-traffic = Podaci o saobraćaju
art29-preservation-data-categories-content = Podaci o sadržaju
art29-preservation-data-categories-other = Ostali podaci
art29-preservation-data-categories-other-detail = Ostali podaci koje treba sačuvati
art29-preservation-data-relationship = Povezanost podataka s krivičnim djelom
    .hint = Pokažite kako su ti podaci povezani s krivičnim djelom, na primjer: s korisničkog računa poslane su prijeteće poruke 20. 11. 2026. u 14:03 (UTC+04:00) ili je IP adresa korištena za prijavu na server žrtve.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] Držalac podataka i lokacija računarskog sistema (član 29. stav 2. tačka (d))
       *[other] Držalac podataka i lokacija računarskog sistema
    }
art29-preservation-custodian-provider = Pružalac usluga ili drugi držalac podataka
    .hint = Naziv preduzeća ili ime lica koje drži podatke, koliko je poznato. Ako nije poznato, navedite to.
art29-preservation-custodian-contact = Adresa ili web-stranica držaoca
art29-preservation-custodian-location = Lokacija računarskog sistema
    .hint = Gdje se nalazi računarski sistem na kojem su podaci, koliko je poznato: država, grad, pružalac hostinga ili centar podataka.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] Neophodnost čuvanja (član 29. stav 2. tačka (e))
       *[other] Neophodnost čuvanja
    }
art29-preservation-necessity-reasons = Razlozi za ubrzano čuvanje
art29-preservation-necessity-reasons-deletion = Podaci mogu biti izbrisani, izmijenjeni ili izgubljeni
art29-preservation-necessity-reasons-retention = Pružalac usluga zadržava takve podatke samo kratko vrijeme
art29-preservation-necessity-reasons-notice = Osumnjičeni može saznati za istragu i izbrisati podatke
art29-preservation-necessity-reasons-other = Drugo
art29-preservation-necessity-reasons-other-detail = Drugi razlog
art29-preservation-necessity-explanation = Obrazloženje
    .hint = Neobavezno: šta hitnost čini konkretnom, na primjer poznati rok zadržavanja podataka kod pružaoca usluga ili datum nakon kojeg će podaci biti izbrisani.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] Zahtjev za uzajamnu pomoć koji će uslijediti (član 29. stav 2. tačka (f))
       *[other] Zahtjev za uzajamnu pomoć koji će uslijediti
    }
art29-preservation-mla-intent = Strana molilja namjerava podnijeti zahtjev za uzajamnu pomoć radi pretresa ili sličnog pristupa, oduzimanja ili sličnog obezbjeđenja ili otkrivanja pohranjenih računarskih podataka.
art29-preservation-mla-expected-date = Očekivani datum zahtjeva za uzajamnu pomoć
    .hint = { $basis ->
            [budapest] Prema članu 29. stavu 7. Konvencije čuvanje traje najmanje šezdeset dana kako bi se omogućilo podnošenje zahtjeva za uzajamnu pomoć; nakon prijema tog zahtjeva podaci se i dalje čuvaju do donošenja odluke o njemu. Koliko dugo zamoljena država stvarno čuva podatke zavisi od njenog prava i prakse: pogledajte panel čuvanja i pošaljite zahtjev dovoljno prije isteka roka ili na vrijeme zatražite produženje.
           *[other] Koliko dugo zamoljena država čuva podatke zavisi od njenog prava i prakse: pogledajte panel čuvanja i pošaljite zahtjev za uzajamnu pomoć dovoljno prije isteka roka ili na vrijeme zatražite produženje.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Ubrzano otkrivanje sačuvanih podataka o saobraćaju (član 30.): ako se pri čuvanju podataka o saobraćaju koji se odnose na određenu komunikaciju utvrdi da je u njenom prenosu učestvovao pružalac usluga u drugoj državi, molimo da ubrzano otkrijete dovoljnu količinu podataka o saobraćaju za identifikaciju tog pružaoca usluga i puta kojim je komunikacija prenesena.
       *[other] Ubrzano otkrivanje sačuvanih podataka o saobraćaju: ako se pri čuvanju podataka o saobraćaju koji se odnose na određenu komunikaciju utvrdi da je u njenom prenosu učestvovao pružalac usluga u drugoj državi, molimo da ubrzano otkrijete dovoljnu količinu podataka o saobraćaju za identifikaciju tog pružaoca usluga i puta kojim je komunikacija prenesena.
    }

## 16 Confidentiality

art29-preservation-confidentiality = Povjerljivost
art29-preservation-confidentiality-conditions = Tražena povjerljivost
    .hint = Neki pružaoci usluga obavještavaju svoje korisnike o zahtjevima. Pitajte zamoljeni organ može li se to desiti i označite ono što je potrebno istrazi.
art29-preservation-confidentiality-conditions-no-notification = Molimo da o ovom zahtjevu ne obavještavate pretplatnika ili imaoca korisničkog računa
art29-preservation-confidentiality-conditions-warn = Molimo da organ molilac obavijestite prije svake radnje koja bi mogla upozoriti korisnika
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Ako čuvanje neće osigurati buduću dostupnost podataka ili će ugroziti povjerljivost istrage ili joj na drugi način naštetiti, molimo da o tome odmah obavijestite organ molilac kako bi on mogao odlučiti treba li zahtjev ipak izvršiti (član 29. stav 6.)
       *[other] Ako čuvanje neće osigurati buduću dostupnost podataka ili će ugroziti povjerljivost istrage ili joj na drugi način naštetiti, molimo da o tome odmah obavijestite organ molilac kako bi on mogao odlučiti treba li zahtjev ipak izvršiti
    }
art29-preservation-confidentiality-details = Dodatne napomene o povjerljivosti

## 17 Acknowledgement

art29-preservation-acknowledgement = Molimo potvrdite da su podaci sačuvani te navedite referentni broj dodijeljen ovom zahtjevu i datum završetka čuvanja
