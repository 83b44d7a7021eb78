# Šablon provider-preservation: zahtjev upućen direktno pružaocu usluga radi čuvanja podataka. Ne navodi se
# nikakav međunarodni ugovor: pružalac odlučuje prema svojoj politici i pravu; zahtjev navodi domaće pravo na
# osnovu kojeg postupa organ molilac.

provider-preservation-legal-basis = Zahtjev koji organ molilac upućuje direktno pružaocu usluga na osnovu svog domaćeg prava (odjeljak 6)

## 1–3: datum, broj, status

provider-preservation-date = Datum
provider-preservation-reference = Referentni broj / broj predmeta
provider-preservation-status = Status zahtjeva
provider-preservation-status-new = Novi zahtjev
provider-preservation-status-extension = Produženje prethodnog zahtjeva za čuvanje
provider-preservation-status-previous-reference = Referentni broj prethodnog zahtjeva (broj pružaoca usluga, ako ga je dodijelio)
provider-preservation-previous-request-date = Datum prethodnog zahtjeva

## 4 Pružalac usluga kojem se zahtjev upućuje

provider-preservation-addressee = Pružalac usluga kojem se zahtjev upućuje
provider-preservation-addressee-name = Pravno lice kojem se zahtjev upućuje
    .hint = Društvo koje odgovara za uslugu i za korisnike o kojima je riječ. Zahtjevi upućeni pogrešnom pravnom licu često se odbijaju: odaberite pružaoca iznad ili unesite pravno lice navedeno u njegovim smjernicama za organe za provođenje zakona.
provider-preservation-addressee-service = Usluga o kojoj je riječ
    .hint = Usluga čije podatke treba sačuvati, onako kako je poznaju njeni korisnici (na primjer društvena mreža, usluga elektronske pošte ili razmjene poruka).
provider-preservation-addressee-country = Država u kojoj pravno lice ima sjedište
provider-preservation-addressee-address = Adresa za dostavljanje pravnih akata
provider-preservation-addressee-portal = Portal ili web-obrazac za zahtjeve organa za provođenje zakona
provider-preservation-addressee-email = Elektronska pošta za zahtjeve organa za provođenje zakona

## 5 Organ molilac

provider-preservation-requesting-authority = Organ molilac
provider-preservation-requesting-authority-organisation = Organ
provider-preservation-requesting-authority-person = Službeno lice odgovorno za zahtjev
provider-preservation-requesting-authority-position = Položaj ili čin
provider-preservation-requesting-authority-address = Adresa
provider-preservation-requesting-authority-telephone = Broj telefona
    .hint = U međunarodnom obliku, počevši znakom + i pozivnim brojem države, kako bi pružalac usluga mogao uzvratiti poziv i provjeriti vjerodostojnost zahtjeva.
provider-preservation-requesting-authority-cell-phone = Broj mobilnog telefona
provider-preservation-requesting-authority-email = Službena adresa elektronske pošte
    .hint = Adresa u službenoj domeni vašeg organa: pružaoci usluga mogu odbiti zahtjeve poslane s privatnih ili besplatnih adresa elektronske pošte.
provider-preservation-requesting-authority-time-zone = Vremenska zona
    .hint = Vremenska zona vaše službe, kao odstupanje od UTC. Svako vrijeme u ovom zahtjevu odnosi se na tu zonu, osim ako je drugačije navedeno.

## 6 Pravni osnov u domaćem pravu

provider-preservation-domestic-legal-basis = Pravni osnov zahtjeva u pravu organa molioca
provider-preservation-domestic-legal-basis-domestic-legal-basis = Odredbe domaćeg prava na osnovu kojih postupa organ molilac
    .hint = Članovi vašeg domaćeg prava (na primjer zakona o krivičnom postupku) koji ovlašćuju vaš organ da istražuje predmet i da uputi ovaj zahtjev. Ne pozivajte se ni na kakav međunarodni ugovor i ne objašnjavajte pružaocu usluga njegovo vlastito pravo: on sam odlučuje prema svojoj politici i pravu da li će postupiti po zahtjevu.
provider-preservation-domestic-legal-basis-decision = Odluka ili naredba kojom se zahtjev odobrava, ako postoji
    .hint = Organ, datum i broj odluke, naredbe ili naloga na osnovu kojih se zahtjev upućuje, ako to vaše pravo zahtijeva.

## 7 Krivično djelo i činjenice

provider-preservation-offence = Krivično djelo i kratak sažetak činjenica
provider-preservation-offence-offences = Krivična djela koja se istražuju
    .hint = Jedan red za svako krivično djelo: njegov naziv ili kratak opis, odredba vašeg krivičnog zakona kojom je propisano i najveća propisana kazna.
provider-preservation-offence-offences-offence = Krivično djelo
provider-preservation-offence-offences-provision = Zakonska odredba
provider-preservation-offence-offences-penalty = Najveća propisana kazna
provider-preservation-offence-facts = Kratak sažetak činjenica
    .hint = U nekoliko rečenica: šta se desilo, kada i gdje, sa svakim datumom i vremenom u njihovoj vremenskoj zoni. Pružaocu usluga potrebno je samo onoliko koliko je dovoljno da pronađe podatke: ime osumnjičenog ili žrtve navedite samo ako je to potrebno.

## 8 Podaci koje treba sačuvati

provider-preservation-data = Podaci koje treba sačuvati
provider-preservation-data-identifiers = Identifikatori korisničkih računa ili podataka koje treba sačuvati
    .hint = Svaki korisnički račun, korisničko ime, identifikator korisnika, adresa elektronske pošte, broj telefona, URL ili IP adresa tačno onako kako ih prikazuje usluga. Pogrešni ili nepotpuni identifikatori jedan su od glavnih razloga odbijanja. Za IP adresu navedite izvorni port te tačan datum i vrijeme korištenja s vremenskom zonom. Period koji se odnosi samo na jedan identifikator upisuje se u njegov red.
provider-preservation-data-period = Period na koji se odnose podaci koje treba sačuvati
    .hint = Period koji podaci trebaju obuhvatiti, ako je isti za sve identifikatore, s početkom i krajem u njihovoj vremenskoj zoni. Zahtjevi za duge periode (više od 90 dana) često se odbijaju kao preširoki.
provider-preservation-data-categories = Kategorije podataka koje treba sačuvati
    .hint = Označite samo ono što je potrebno istrazi. Čuvanje zadržava podatke nepromijenjene, ali ih ne otkriva: oni će biti traženi u pravnom postupku navedenom u odjeljku 9.
provider-preservation-data-categories-subscriber = Podaci o pretplatniku
provider-preservation-data-categories-traffic = Podaci o saobraćaju, uključujući IP adrese i evidenciju prijava
provider-preservation-data-categories-content = Podaci o sadržaju
provider-preservation-data-categories-other = Drugi podaci
provider-preservation-data-categories-other-detail = Drugi podaci koje treba sačuvati
provider-preservation-data-relationship = Povezanost podataka s istragom
    .hint = Pokažite kako su ti korisnički računi ili podaci povezani s krivičnim djelom, na primjer: s korisničkog računa poslane su prijeteće poruke 20. 11. 2026. u 14:03 (UTC+04:00).

## 9 Daljnji pravni postupak

provider-preservation-follow-up = Otkrivanje sačuvanih podataka
provider-preservation-follow-up-process = Organ molilac će otkrivanje sačuvanih podataka tražiti na sljedeći način
    .hint = Označite ono što ćete uputiti. Čuvanje samo zadržava podatke; da biste ih dobili, uputite zahtjev za otkrivanje dovoljno prije isteka čuvanja ili na vrijeme zatražite produženje.
provider-preservation-follow-up-process-mla = Zahtjev za uzajamnu pravnu pomoć upućen državi u kojoj pružalac usluga ima sjedište
provider-preservation-follow-up-process-provider = Zahtjev pružaocu usluga za dobrovoljno otkrivanje podataka
provider-preservation-follow-up-process-other = Drugi pravni postupak
provider-preservation-follow-up-process-other-detail = Pravni postupak
provider-preservation-follow-up-expected-date = Očekivani datum zahtjeva za otkrivanje
    .hint = Koliko dugo pružalac usluga čuva podatke zavisi od njegove politike: pogledajte njegov profil iznad i uputite zahtjev za otkrivanje u tom roku.

## 10 Povjerljivost

provider-preservation-confidentiality = Povjerljivost
provider-preservation-confidentiality-conditions = Tražena povjerljivost
    .hint = Neki pružaoci usluga obavještavaju svoje korisnike o zahtjevima ako se od njih ne zatraži drugačije i sami odlučuju da li će to učiniti. Označite ono što je potrebno istrazi i ispod navedite razlog.
provider-preservation-confidentiality-conditions-no-notification = Molimo da korisnika, vlasnika korisničkog računa ili bilo koje treće lice ne obavještavate o ovom zahtjevu
provider-preservation-confidentiality-conditions-warn = Ako vaša politika nalaže da obavijestite korisnika, molimo da o tome prethodno obavijestite organ molilac
provider-preservation-confidentiality-details = Razlozi za povjerljivost

## 11 Odgovor

provider-preservation-reply = Odgovor
provider-preservation-reply-acknowledgement = Molimo da potvrdite da su podaci sačuvani te da navedete referentni broj dodijeljen ovom zahtjevu i datum kada čuvanje prestaje
provider-preservation-reply-channel = Molimo da odgovorite
provider-preservation-reply-channel-email = Elektronskom poštom na službenu adresu organa molioca navedenu u odjeljku 5
provider-preservation-reply-channel-portal = Putem vašeg portala za organe za provođenje zakona
provider-preservation-reply-channel-other = Na drugi način
provider-preservation-reply-channel-other-detail = Način odgovora
