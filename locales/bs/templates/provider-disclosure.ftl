# Šablon provider-disclosure: zahtjev upućen direktno pružaocu usluga za dobrovoljno otkrivanje podataka koji
# nisu podaci o sadržaju (podaci o pretplatniku, IP adrese i evidencija prijava). Ne navodi se nikakav
# međunarodni ugovor: pružalac sam odlučuje prema svojoj politici i pravu da li će otkriti podatke; zahtjev
# navodi domaće pravo na osnovu kojeg postupa organ molilac.

provider-disclosure-legal-basis = Zahtjev za dobrovoljno otkrivanje podataka koji organ molilac upućuje direktno pružaocu usluga na osnovu svog domaćeg prava (odjeljak 6)
provider-disclosure-date = Datum
provider-disclosure-reference = Referentni broj / broj predmeta
provider-disclosure-status = Status zahtjeva
provider-disclosure-status-new = Novi zahtjev
provider-disclosure-status-follow-up-preservation = Nastavak zahtjeva za čuvanje upućenog pružaocu usluga
provider-disclosure-previous-preservation = Zahtjev za čuvanje koji se nastavlja
provider-disclosure-previous-preservation-date = Datum zahtjeva za čuvanje
provider-disclosure-previous-preservation-reference = Referentni broj zahtjeva za čuvanje
provider-disclosure-previous-preservation-provider-reference = Referentni broj koji je pružalac usluga dodijelio čuvanju
    .hint = Ako je pružalac usluga potvrdio čuvanje pod vlastitim referentnim brojem, navedite ga: pružalac će tada odmah pronaći sačuvane podatke.

## 4 Pružalac usluga kojem se zahtjev upućuje

provider-disclosure-addressee = Pružalac usluga kojem se zahtjev upućuje
provider-disclosure-addressee-name = Pravno lice kojem se zahtjev upućuje
    .hint = Društvo koje odgovara za uslugu i za korisnike o kojima je riječ. Zahtjevi upućeni pogrešnom pravnom licu često se odbijaju: odaberite pružaoca iznad ili unesite pravno lice navedeno u njegovim smjernicama za organe za provođenje zakona.
provider-disclosure-addressee-service = Usluga o kojoj je riječ
    .hint = Usluga čiji se podaci traže, onako kako je poznaju njeni korisnici (na primjer društvena mreža, usluga elektronske pošte ili razmjene poruka).
provider-disclosure-addressee-country = Država u kojoj pravno lice ima sjedište
provider-disclosure-addressee-address = Adresa za dostavljanje pravnih akata
provider-disclosure-addressee-portal = Portal ili web-obrazac za zahtjeve organa za provođenje zakona
provider-disclosure-addressee-email = Elektronska pošta za zahtjeve organa za provođenje zakona

## 5 Organ molilac

provider-disclosure-requesting-authority = Organ molilac
provider-disclosure-requesting-authority-organisation = Organ
provider-disclosure-requesting-authority-person = Službeno lice odgovorno za zahtjev
provider-disclosure-requesting-authority-position = Položaj ili čin
provider-disclosure-requesting-authority-address = Adresa
provider-disclosure-requesting-authority-telephone = Broj telefona
    .hint = U međunarodnom obliku, počevši znakom + i pozivnim brojem države, kako bi pružalac usluga mogao uzvratiti poziv i provjeriti vjerodostojnost zahtjeva.
provider-disclosure-requesting-authority-cell-phone = Broj mobilnog telefona
provider-disclosure-requesting-authority-email = Službena adresa elektronske pošte
    .hint = Adresa u službenoj domeni vašeg organa: pružaoci usluga mogu odbiti zahtjeve poslane s privatnih ili besplatnih adresa elektronske pošte.
provider-disclosure-requesting-authority-time-zone = Vremenska zona
    .hint = Vremenska zona vaše službe, kao odstupanje od UTC. Svako vrijeme u ovom zahtjevu odnosi se na tu zonu, osim ako je drugačije navedeno.

## 6 Pravni osnov u domaćem pravu

provider-disclosure-domestic-legal-basis = Pravni osnov zahtjeva u pravu organa molioca
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Odredbe domaćeg prava na osnovu kojih postupa organ molilac
    .hint = Članovi vašeg domaćeg prava (na primjer zakona o krivičnom postupku) koji ovlašćuju vaš organ da istražuje predmet i da traži ove podatke. Ne pozivajte se ni na kakav međunarodni ugovor i ne objašnjavajte pružaocu usluga njegovo vlastito pravo: on sam odlučuje prema svojoj politici i pravu da li će otkriti podatke.
provider-disclosure-domestic-legal-basis-decision = Odluka ili naredba kojom se zahtjev odobrava, ako postoji
    .hint = Organ, datum i broj odluke, naredbe ili naloga na osnovu kojih se zahtjev upućuje, ako to vaše pravo zahtijeva. Mnogi pružaoci usluga traže akt koji bi zahtijevalo njihovo vlastito pravo ili njegov lokalni ekvivalent: pogledajte uslove pružaoca iznad.

## 7 Krivično djelo i činjenice

provider-disclosure-offence = Krivično djelo i kratak sažetak činjenica
provider-disclosure-offence-offences = Krivična djela koja se istražuju
    .hint = Jedan red za svako krivično djelo: njegov naziv ili kratak opis, odredba vašeg krivičnog zakona kojom je propisano i najveća propisana kazna.
provider-disclosure-offence-offences-offence = Krivično djelo
provider-disclosure-offence-offences-provision = Zakonska odredba
provider-disclosure-offence-offences-penalty = Najveća propisana kazna
provider-disclosure-offence-facts = Kratak sažetak činjenica
    .hint = U nekoliko rečenica: šta se desilo, kada i gdje, sa svakim datumom i vremenom u njihovoj vremenskoj zoni. Pružaocu usluga potrebno je samo onoliko koliko je dovoljno da pronađe podatke i razumije zašto su potrebni: ime osumnjičenog ili žrtve navedite samo ako je to potrebno.

## 8 Traženi podaci

provider-disclosure-data = Traženi podaci (bez sadržaja komunikacija)
provider-disclosure-data-identifiers = Identifikatori korisničkih računa o kojima je riječ
    .hint = Svaki korisnički račun, korisničko ime, identifikator korisnika, adresa elektronske pošte, broj telefona, URL ili IP adresa tačno onako kako ih prikazuje usluga. Pogrešni ili nepotpuni identifikatori jedan su od glavnih razloga odbijanja. Za IP adresu navedite izvorni port te tačan datum i vrijeme korištenja s vremenskom zonom. Period koji se odnosi samo na jedan identifikator upisuje se u njegov red.
provider-disclosure-data-period = Period na koji se odnose traženi podaci
    .hint = Početak i kraj s vremenskom zonom, onoliko usko koliko istraga dopušta. Zahtjevi za duge periode (više od 90 dana) često se odbijaju kao preširoki.
provider-disclosure-data-categories = Kategorije traženih podataka
    .hint = Samo podaci koji nisu podaci o sadržaju: pružaoci usluga po pravilu otkrivaju sadržaj komunikacija stranim organima samo putem uzajamne pravne pomoći. Označite samo ono što je potrebno istrazi.
provider-disclosure-data-categories-subscriber = Podaci o pretplatniku: navedeno ime, adresa, adresa elektronske pošte i broj telefona te datum otvaranja korisničkog računa
provider-disclosure-data-categories-registration-ip = IP adresa s koje je korisnički račun otvoren, s datumom, vremenom, vremenskom zonom i izvornim portom
provider-disclosure-data-categories-login-ip = IP adrese prijava (evidencija prijava), s datumom, vremenom, vremenskom zonom i izvornim portom
provider-disclosure-data-categories-services = Korištene usluge i period korištenja
provider-disclosure-data-categories-other = Drugi podaci koji nisu podaci o sadržaju
provider-disclosure-data-categories-other-detail = Drugi traženi podaci
provider-disclosure-data-relationship = Značaj podataka za istragu
    .hint = Pokažite kako su ti korisnički računi povezani s krivičnim djelom i šta će podaci utvrditi, na primjer: s korisničkog računa poslane su prijeteće poruke 20. 11. 2026. u 14:03 (UTC+04:00); podaci o pretplatniku i evidencija prijava omogućit će da se utvrdi ko je koristio korisnički račun.

## 9 Hitnost

provider-disclosure-urgency = Hitnost
provider-disclosure-urgency-reasons = Razlozi zbog kojih je zahtjev hitan, ako jeste
    .hint = Na primjer datum glavnog pretresa ili preispitivanja pritvora. Ako postoji opasnost po život ili sigurnost lica, umjesto ovog koristite hitni zahtjev za otkrivanje podataka.
provider-disclosure-urgency-deadline = Podaci su potrebni do
    .hint = Ostavite prazno ako nema roka.

## 10 Povjerljivost

provider-disclosure-confidentiality = Povjerljivost
provider-disclosure-confidentiality-conditions = Tražena povjerljivost
    .hint = Neki pružaoci usluga obavještavaju svoje korisnike o zahtjevima ako se od njih ne zatraži drugačije i sami odlučuju da li će to učiniti. Označite ono što je potrebno istrazi i ispod navedite razlog.
provider-disclosure-confidentiality-conditions-no-notification = Molimo da korisnika, vlasnika korisničkog računa ili bilo koje treće lice ne obavještavate o ovom zahtjevu
provider-disclosure-confidentiality-conditions-warn = Ako vaša politika nalaže da obavijestite korisnika, molimo da o tome prethodno obavijestite organ molilac
provider-disclosure-confidentiality-details = Razlozi za povjerljivost

## 11 Odgovor

provider-disclosure-reply = Odgovor
provider-disclosure-reply-format = Željeni format podataka
provider-disclosure-reply-format-electronic = Elektronski i mašinski čitljiv (na primjer tabela ili CSV fajl)
provider-disclosure-reply-format-document = Elektronski dokument (PDF)
provider-disclosure-reply-format-usual = Format koji uobičajeno koristite
provider-disclosure-reply-channel = Molimo da odgovorite
provider-disclosure-reply-channel-email = Elektronskom poštom na službenu adresu organa molioca navedenu u odjeljku 5
provider-disclosure-reply-channel-portal = Putem vašeg portala za organe za provođenje zakona
provider-disclosure-reply-channel-other = Na drugi način
provider-disclosure-reply-channel-other-detail = Način odgovora
