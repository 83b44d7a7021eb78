# Predložak provider-preservation: zahtjev upućen izravno davatelju usluga za čuvanje podataka. Ne navodi se nikakav
# ugovor: davatelj usluga odlučuje prema vlastitim pravilima i pravu; zahtjev navodi domaće pravo na temelju kojeg
# postupa tijelo koje podnosi zahtjev.

provider-preservation-legal-basis = Zahtjev koji tijelo koje podnosi zahtjev na temelju svojeg domaćeg prava (odjeljak 6) upućuje izravno davatelju usluga

## 1 do 3: datum, oznaka, status

provider-preservation-date = Datum
provider-preservation-reference = Oznaka / broj predmeta
provider-preservation-status = Status zahtjeva
provider-preservation-status-new = Novi zahtjev
provider-preservation-status-extension = Produljenje prethodnog zahtjeva za čuvanje
provider-preservation-status-previous-reference = Oznaka prethodnog zahtjeva (oznaka davatelja usluga, ako ju je dodijelio)
provider-preservation-previous-request-date = Datum prethodnog zahtjeva

## 4 Davatelj usluga kojemu se zahtjev upućuje

provider-preservation-addressee = Davatelj usluga kojemu se zahtjev upućuje
provider-preservation-addressee-name = Pravna osoba kojoj se zahtjev upućuje
    .hint = Društvo koje odgovara za uslugu i za korisnike o kojima je riječ. Zahtjevi upućeni pogrešnoj pravnoj osobi često se odbijaju: odaberite davatelja usluga gore ili upišite pravnu osobu navedenu u njegovim smjernicama za tijela kaznenog progona.
provider-preservation-addressee-service = Usluga o kojoj je riječ
    .hint = Usluga čije podatke treba sačuvati, onako kako je poznaju njezini korisnici (primjerice društvena mreža, usluga e-pošte ili usluga razmjene poruka).
provider-preservation-addressee-country = Država u kojoj pravna osoba ima sjedište
provider-preservation-addressee-address = Adresa za dostavu pismena
provider-preservation-addressee-portal = Portal ili mrežni obrazac za zahtjeve tijela kaznenog progona
provider-preservation-addressee-email = E-pošta za zahtjeve tijela kaznenog progona

## 5 Tijelo koje podnosi zahtjev

provider-preservation-requesting-authority = Tijelo koje podnosi zahtjev
provider-preservation-requesting-authority-organisation = Tijelo
provider-preservation-requesting-authority-person = Službena osoba odgovorna za zahtjev
provider-preservation-requesting-authority-position = Položaj ili čin
provider-preservation-requesting-authority-address = Adresa
provider-preservation-requesting-authority-telephone = Telefonski broj
    .hint = U međunarodnom obliku, počevši sa znakom + i pozivnim brojem države, kako bi davatelj usluga mogao uzvratiti poziv i provjeriti vjerodostojnost zahtjeva.
provider-preservation-requesting-authority-cell-phone = Broj mobilnog telefona
provider-preservation-requesting-authority-email = Službena adresa e-pošte
    .hint = Adresa u službenoj domeni vašeg tijela: davatelji usluga mogu odbiti zahtjeve poslane s privatnih ili besplatnih adresa e-pošte.
provider-preservation-requesting-authority-time-zone = Vremenska zona
    .hint = Vremenska zona vašeg ureda, kao odstupanje od UTC-a. Svako vrijeme u ovom zahtjevu odnosi se na tu zonu, osim ako je drukčije navedeno.

## 6 Domaća pravna osnova

provider-preservation-domestic-legal-basis = Pravna osnova zahtjeva u pravu tijela koje podnosi zahtjev
provider-preservation-domestic-legal-basis-domestic-legal-basis = Odredbe domaćeg prava na temelju kojih postupa tijelo koje podnosi zahtjev
    .hint = Članci vašeg nacionalnog prava (primjerice zakona o kaznenom postupku) koji vaše tijelo ovlašćuju da istražuje predmet i podnese ovaj zahtjev. Ne navodite nikakav ugovor i ne objašnjavajte davatelju usluga njegovo vlastito pravo: on prema vlastitim pravilima i pravu odlučuje hoće li postupiti po zahtjevu.
provider-preservation-domestic-legal-basis-decision = Odluka ili nalog kojim se zahtjev odobrava, ako postoji
    .hint = Tijelo, datum i broj odluke, naloga ili rješenja na temelju kojeg se zahtjev podnosi, ako to vaše pravo zahtijeva.

## 7 Kazneno djelo i činjenice

provider-preservation-offence = Kazneno djelo i kratak sažetak činjenica
provider-preservation-offence-offences = Kaznena djela koja se istražuju
    .hint = Jedan redak za svako kazneno djelo: njegov naziv ili kratak opis, odredba vašeg kaznenog zakona kojom je propisano i najviša propisana kazna.
provider-preservation-offence-offences-offence = Kazneno djelo
provider-preservation-offence-offences-provision = Zakonska odredba
provider-preservation-offence-offences-penalty = Najviša propisana kazna
provider-preservation-offence-facts = Kratak sažetak činjenica
    .hint = U nekoliko rečenica: što se dogodilo, kada i gdje, sa svakim datumom i vremenom i njihovom vremenskom zonom. Davatelju usluga ne treba više od onoga što mu je potrebno da pronađe podatke: osumnjičenika ili žrtvu navedite samo ako je to potrebno.

## 8 Podaci koje treba sačuvati

provider-preservation-data = Podaci koje treba sačuvati
provider-preservation-data-identifiers = Identifikatori korisničkih računa ili podataka koje treba sačuvati
    .hint = Svaki korisnički račun, korisničko ime, korisnički ID, adresa e-pošte, telefonski broj, URL adresa ili IP adresa točno onako kako ih usluga prikazuje. Pogrešni ili nepotpuni identifikatori jedan su od glavnih razloga odbijanja. Za IP adresu navedite izvorni port te točan datum i vrijeme korištenja s vremenskom zonom. Razdoblje koje se odnosi samo na jedan identifikator upisuje se u njegov redak.
provider-preservation-data-period = Razdoblje podataka koje treba sačuvati
    .hint = Razdoblje koje podaci moraju obuhvatiti, ako je isto za sve identifikatore, sa svakim krajem i njegovom vremenskom zonom. Zahtjevi za duga razdoblja (više od 90 dana) često se odbijaju kao preširoki.
provider-preservation-data-categories = Kategorije podataka koje treba sačuvati
    .hint = Označite samo ono što je potrebno istrazi. Čuvanje zadržava podatke onakvima kakvi jesu; ne otkriva ih: tražit će se u pravnom postupku navedenom u odjeljku 9.
provider-preservation-data-categories-subscriber = Podaci o pretplatniku
provider-preservation-data-categories-traffic = Podaci o prometu, uključujući IP adrese i zapise o prijavama
provider-preservation-data-categories-content = Podaci o sadržaju
provider-preservation-data-categories-other = Drugi podaci
provider-preservation-data-categories-other-detail = Drugi podaci koje treba sačuvati
provider-preservation-data-relationship = Povezanost podataka s istragom
    .hint = Pokažite kako su ti korisnički računi ili podaci povezani s kaznenim djelom, primjerice: s korisničkog računa poslane su prijeteće poruke 20. 11. 2026. u 14:03 (UTC+04:00).

## 9 Pravni postupak koji slijedi

provider-preservation-follow-up = Otkrivanje sačuvanih podataka
provider-preservation-follow-up-process = Tijelo koje podnosi zahtjev tražit će otkrivanje sačuvanih podataka putem sljedećeg
    .hint = Označite što ćete poslati. Čuvanje samo zadržava podatke; kako biste ih pribavili, pošaljite zahtjev za otkrivanje dovoljno prije završetka čuvanja ili na vrijeme zatražite produljenje.
provider-preservation-follow-up-process-mla = Zahtjev za uzajamnu pravnu pomoć državi u kojoj davatelj usluga ima sjedište
provider-preservation-follow-up-process-provider = Zahtjev davatelju usluga za dobrovoljno otkrivanje
provider-preservation-follow-up-process-other = Drugi pravni postupak
provider-preservation-follow-up-process-other-detail = Pravni postupak
provider-preservation-follow-up-expected-date = Očekivani datum zahtjeva za otkrivanje
    .hint = Koliko dugo davatelj usluga čuva podatke ovisi o njegovim pravilima: pogledajte njegov profil gore i pošaljite zahtjev za otkrivanje unutar tog razdoblja.

## 10 Povjerljivost

provider-preservation-confidentiality = Povjerljivost
provider-preservation-confidentiality-conditions = Zatražena povjerljivost
    .hint = Neki davatelji usluga obavješćuju svoje korisnike o zahtjevima ako ih se ne zamoli da to ne čine te o tome sami odlučuju. Označite što je potrebno istrazi i niže navedite razloge.
provider-preservation-confidentiality-conditions-no-notification = Molimo da o ovom zahtjevu ne obavješćujete korisnika ni imatelja korisničkog računa ni bilo koju treću osobu
provider-preservation-confidentiality-conditions-warn = Ako vaša pravila nalažu obavješćivanje korisnika, molimo da prije toga obavijestite tijelo koje podnosi zahtjev
provider-preservation-confidentiality-details = Razlozi povjerljivosti

## 11 Odgovor

provider-preservation-reply = Odgovor
provider-preservation-reply-acknowledgement = Molimo potvrdite da su podaci sačuvani te navedite oznaku dodijeljenu ovom zahtjevu i datum završetka čuvanja
provider-preservation-reply-channel = Molimo odgovorite
provider-preservation-reply-channel-email = E-poštom na službenu adresu tijela koje podnosi zahtjev navedenu u odjeljku 5
provider-preservation-reply-channel-portal = Putem vašeg portala za tijela kaznenog progona
provider-preservation-reply-channel-other = Na drugi način
provider-preservation-reply-channel-other-detail = Način odgovora
