# Predložak provider-disclosure: zahtjev upućen izravno davatelju usluga za dobrovoljno otkrivanje podataka koji nisu
# podaci o sadržaju (podaci o pretplatniku, IP adrese i zapisi o prijavama). Ne navodi se nikakav ugovor: davatelj
# usluga prema vlastitim pravilima i pravu odlučuje hoće li otkriti podatke; zahtjev navodi domaće pravo na temelju
# kojeg postupa tijelo koje podnosi zahtjev.

provider-disclosure-legal-basis = Zahtjev za dobrovoljno otkrivanje koji tijelo koje podnosi zahtjev na temelju svojeg domaćeg prava (odjeljak 6) upućuje izravno davatelju usluga
provider-disclosure-date = Datum
provider-disclosure-reference = Oznaka / broj predmeta
provider-disclosure-status = Status zahtjeva
provider-disclosure-status-new = Novi zahtjev
provider-disclosure-status-follow-up-preservation = Nastavak zahtjeva za čuvanje upućenog davatelju usluga
provider-disclosure-previous-preservation = Zahtjev za čuvanje koji se nastavlja
provider-disclosure-previous-preservation-date = Datum zahtjeva za čuvanje
provider-disclosure-previous-preservation-reference = Oznaka zahtjeva za čuvanje
provider-disclosure-previous-preservation-provider-reference = Oznaka koju je davatelj usluga dodijelio čuvanju
    .hint = Ako je davatelj usluga potvrdio čuvanje pod vlastitom oznakom, navedite je: davatelj usluga tada odmah pronalazi sačuvane podatke.

## 4 Davatelj usluga kojemu se zahtjev upućuje

provider-disclosure-addressee = Davatelj usluga kojemu se zahtjev upućuje
provider-disclosure-addressee-name = Pravna osoba kojoj se zahtjev upućuje
    .hint = Društvo koje odgovara za uslugu i za korisnike o kojima je riječ. Zahtjevi upućeni pogrešnoj pravnoj osobi često se odbijaju: odaberite davatelja usluga gore ili upišite pravnu osobu navedenu u njegovim smjernicama za tijela kaznenog progona.
provider-disclosure-addressee-service = Usluga o kojoj je riječ
    .hint = Usluga čiji se podaci traže, onako kako je poznaju njezini korisnici (primjerice društvena mreža, usluga e-pošte ili usluga razmjene poruka).
provider-disclosure-addressee-country = Država u kojoj pravna osoba ima sjedište
provider-disclosure-addressee-address = Adresa za dostavu pismena
provider-disclosure-addressee-portal = Portal ili mrežni obrazac za zahtjeve tijela kaznenog progona
provider-disclosure-addressee-email = E-pošta za zahtjeve tijela kaznenog progona

## 5 Tijelo koje podnosi zahtjev

provider-disclosure-requesting-authority = Tijelo koje podnosi zahtjev
provider-disclosure-requesting-authority-organisation = Tijelo
provider-disclosure-requesting-authority-person = Službena osoba odgovorna za zahtjev
provider-disclosure-requesting-authority-position = Položaj ili čin
provider-disclosure-requesting-authority-address = Adresa
provider-disclosure-requesting-authority-telephone = Telefonski broj
    .hint = U međunarodnom obliku, počevši sa znakom + i pozivnim brojem države, kako bi davatelj usluga mogao uzvratiti poziv i provjeriti vjerodostojnost zahtjeva.
provider-disclosure-requesting-authority-cell-phone = Broj mobilnog telefona
provider-disclosure-requesting-authority-email = Službena adresa e-pošte
    .hint = Adresa u službenoj domeni vašeg tijela: davatelji usluga mogu odbiti zahtjeve poslane s privatnih ili besplatnih adresa e-pošte.
provider-disclosure-requesting-authority-time-zone = Vremenska zona
    .hint = Vremenska zona vašeg ureda, kao odstupanje od UTC-a. Svako vrijeme u ovom zahtjevu odnosi se na tu zonu, osim ako je drukčije navedeno.

## 6 Domaća pravna osnova

provider-disclosure-domestic-legal-basis = Pravna osnova zahtjeva u pravu tijela koje podnosi zahtjev
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Odredbe domaćeg prava na temelju kojih postupa tijelo koje podnosi zahtjev
    .hint = Članci vašeg nacionalnog prava (primjerice zakona o kaznenom postupku) koji vaše tijelo ovlašćuju da istražuje predmet i traži te podatke. Ne navodite nikakav ugovor i ne objašnjavajte davatelju usluga njegovo vlastito pravo: on prema vlastitim pravilima i pravu odlučuje hoće li otkriti podatke.
provider-disclosure-domestic-legal-basis-decision = Odluka ili nalog kojim se zahtjev odobrava, ako postoji
    .hint = Tijelo, datum i broj odluke, naloga ili rješenja na temelju kojeg se zahtjev podnosi, ako to vaše pravo zahtijeva. Mnogi davatelji usluga traže ispravu koju bi zahtijevalo njihovo vlastito pravo ili njezin lokalni ekvivalent: pogledajte uvjete davatelja usluga gore.

## 7 Kazneno djelo i činjenice

provider-disclosure-offence = Kazneno djelo i kratak sažetak činjenica
provider-disclosure-offence-offences = Kaznena djela koja se istražuju
    .hint = Jedan redak za svako kazneno djelo: njegov naziv ili kratak opis, odredba vašeg kaznenog zakona kojom je propisano i najviša propisana kazna.
provider-disclosure-offence-offences-offence = Kazneno djelo
provider-disclosure-offence-offences-provision = Zakonska odredba
provider-disclosure-offence-offences-penalty = Najviša propisana kazna
provider-disclosure-offence-facts = Kratak sažetak činjenica
    .hint = U nekoliko rečenica: što se dogodilo, kada i gdje, sa svakim datumom i vremenom i njihovom vremenskom zonom. Davatelju usluga ne treba više od onoga što mu je potrebno da pronađe podatke i razumije zašto su potrebni: osumnjičenika ili žrtvu navedite samo ako je to potrebno.

## 8 Traženi podaci

provider-disclosure-data = Traženi podaci (bez sadržaja komunikacija)
provider-disclosure-data-identifiers = Identifikatori korisničkih računa o kojima je riječ
    .hint = Svaki korisnički račun, korisničko ime, korisnički ID, adresa e-pošte, telefonski broj, URL adresa ili IP adresa točno onako kako ih usluga prikazuje. Pogrešni ili nepotpuni identifikatori jedan su od glavnih razloga odbijanja. Za IP adresu navedite izvorni port te točan datum i vrijeme korištenja s vremenskom zonom. Razdoblje koje se odnosi samo na jedan identifikator upisuje se u njegov redak.
provider-disclosure-data-period = Razdoblje traženih podataka
    .hint = Oba kraja s njihovom vremenskom zonom, što uže koliko istraga dopušta. Zahtjevi za duga razdoblja (više od 90 dana) često se odbijaju kao preširoki.
provider-disclosure-data-categories = Kategorije traženih podataka
    .hint = Samo podaci koji nisu podaci o sadržaju: davatelji usluga sadržaj komunikacija stranim tijelima u pravilu otkrivaju samo putem uzajamne pravne pomoći. Označite samo ono što je potrebno istrazi.
provider-disclosure-data-categories-subscriber = Podaci o pretplatniku: navedeno ime, adresa, adresa e-pošte i telefonski broj te datum otvaranja korisničkog računa
provider-disclosure-data-categories-registration-ip = IP adresa korištena za otvaranje korisničkog računa, s datumom, vremenom, vremenskom zonom i izvornim portom
provider-disclosure-data-categories-login-ip = IP adrese prijava (zapisi o prijavama), s datumom, vremenom, vremenskom zonom i izvornim portom
provider-disclosure-data-categories-services = Korištene usluge i razdoblje korištenja
provider-disclosure-data-categories-other = Drugi podaci koji nisu podaci o sadržaju
provider-disclosure-data-categories-other-detail = Drugi traženi podaci
provider-disclosure-data-relationship = Važnost podataka za istragu
    .hint = Pokažite kako su ti korisnički računi povezani s kaznenim djelom i što će podaci utvrditi, primjerice: s korisničkog računa poslane su prijeteće poruke 20. 11. 2026. u 14:03 (UTC+04:00); njegovi podaci o pretplatniku i zapisi o prijavama identificirat će osobu koja ga je koristila.

## 9 Hitnost

provider-disclosure-urgency = Hitnost
provider-disclosure-urgency-reasons = Razlozi zbog kojih je zahtjev hitan, ako jest
    .hint = Primjerice datum rasprave ili preispitivanja istražnog zatvora. Ako postoji opasnost za život ili sigurnost osobe, umjesto toga upotrijebite hitni zahtjev za otkrivanje.
provider-disclosure-urgency-deadline = Podaci potrebni do
    .hint = Ostavite prazno ako nema roka.

## 10 Povjerljivost

provider-disclosure-confidentiality = Povjerljivost
provider-disclosure-confidentiality-conditions = Zatražena povjerljivost
    .hint = Neki davatelji usluga obavješćuju svoje korisnike o zahtjevima ako ih se ne zamoli da to ne čine te o tome sami odlučuju. Označite što je potrebno istrazi i niže navedite razloge.
provider-disclosure-confidentiality-conditions-no-notification = Molimo da o ovom zahtjevu ne obavješćujete korisnika ni imatelja korisničkog računa ni bilo koju treću osobu
provider-disclosure-confidentiality-conditions-warn = Ako vaša pravila nalažu obavješćivanje korisnika, molimo da prije toga obavijestite tijelo koje podnosi zahtjev
provider-disclosure-confidentiality-details = Razlozi povjerljivosti

## 11 Odgovor

provider-disclosure-reply = Odgovor
provider-disclosure-reply-format = Željeni format podataka
provider-disclosure-reply-format-electronic = Elektronički i strojno čitljiv (primjerice proračunska tablica ili CSV datoteka)
provider-disclosure-reply-format-document = Elektronički dokument (PDF)
provider-disclosure-reply-format-usual = Format koji obično upotrebljavate
provider-disclosure-reply-channel = Molimo odgovorite
provider-disclosure-reply-channel-email = E-poštom na službenu adresu tijela koje podnosi zahtjev navedenu u odjeljku 5
provider-disclosure-reply-channel-portal = Putem vašeg portala za tijela kaznenog progona
provider-disclosure-reply-channel-other = Na drugi način
provider-disclosure-reply-channel-other-detail = Način odgovora
