# Izbor pružaoca usluga u zahtjevima upućenim pružaocu usluga: profili u providers/ (ko odgovara za koju
# uslugu, gdje se zahtjevi upućuju, šta moraju sadržavati), svaki podatak preuzet iz javnog izvora
# pročitanog navedenog dana.

provider-picker = Pružalac usluga
    .hint = Odaberite pružaoca da biste ispod iz njegovog profila popunili pravno lice, njegovu adresu i kontakte ili odaberite „Drugi pružalac usluga” i unesite ih sami. Podatke kojih nema u profilu popunjavate sami.
provider-picker-other = Drugi pružalac usluga (unesite ga ispod)
provider-picker-service = Usluga
provider-picker-region = Gdje žive korisnici o kojima je riječ
provider-picker-requesters = Gdje se nalazi organ molilac
provider-picker-filled = Popunjeno iz profila pružaoca { $provider }: prije slanja zahtjeva provjerite svaki podatak.
provider-profile-read = Ovaj profil sačinjen je na osnovu javnih izvora pročitanih { $date } i možda nije ažuran. Prije slanja zahtjeva provjerite smjernice samog pružaoca za organe za provođenje zakona.
provider-profile-requirements = Šta pružalac zahtijeva od zahtjeva
provider-profile-no-requirements = Profil ne navodi nijedan uslov za ovu vrstu zahtjeva.
provider-profile-emergency = Hitni zahtjevi
provider-profile-no-emergency = Profil ne navodi način upućivanja hitnih zahtjeva.
provider-profile-preservation = Čuvanje na zahtjev
provider-profile-preservation-days = { $extendable ->
        [yes] Podaci se čuvaju { $days ->
            [one] { $days } dan
           *[other] { $days } dana
        }; može se zatražiti produženje.
        [no] Podaci se čuvaju { $days ->
            [one] { $days } dan
           *[other] { $days } dana
        }; čuvanje se ne produžava.
       *[unknown] Podaci se čuvaju { $days ->
            [one] { $days } dan
           *[other] { $days } dana
        }; izvor ne navodi može li se čuvanje produžiti.
    }
provider-profile-preservation-extension = { $days ->
        [one] Svako produženje traje { $days } dan.
       *[other] Svako produženje traje { $days } dana.
    }
provider-profile-preservation-max-extensions = { $count ->
        [one] Najviše { $count } produženje.
       *[other] Najviše { $count } produženja.
    }
provider-profile-no-preservation = Profil ne navodi rok čuvanja.
provider-profile-languages = Jezici na kojima zahtjev može biti sačinjen: { $codes }
provider-profile-not-found = Traženo u izvorima i nije pronađeno: { $kinds }
provider-profile-sources = Izvori
provider-profile-source = { $title }, pročitano { $date }: { $url }
provider-profile-source-secondary = { $title }, pročitano { $date }: { $url } (opis prakse pružaoca koji potiče od trećeg lica: provjerite ga prije nego što se na njega oslonite)

## Kontakti
provider-contact-portal = Portal (s korisničkim računom): { $value }
provider-contact-web-form = Web-obrazac: { $value }
provider-contact-email = Elektronska pošta: { $value }

## Regije koje profil razlikuje (pored država), ponuđene na listama izbora
provider-region-eu = Evropska unija
provider-region-eea = Evropski ekonomski prostor
provider-region-european-region = „Evropska regija” pružaoca
provider-region-non-us = Izvan Sjedinjenih Američkih Država
provider-region-other = Drugdje

## Vrste podataka u profilu
provider-fact-entity = pravno lice
provider-fact-address = adresa za dostavljanje pravnih akata
provider-fact-portal = portal ili adresa za zahtjeve
provider-fact-emergency = način upućivanja hitnih zahtjeva
provider-fact-languages = prihvaćeni jezici
provider-fact-preservation = rok čuvanja
provider-fact-preservation-extension = produženje čuvanja
provider-fact-requirements = uslovi

## Šifre uslova (providers/README.md)
provider-requirement-official-email-domain = Poslan sa službene adrese elektronske pošte državnog organa (ili putem korisničkog računa na portalu otvorenog s takvom adresom)
provider-requirement-portal-account = Poslan putem portala pružaoca, s korisničkim računom
provider-requirement-in-writing = Sačinjen u pisanom obliku
provider-requirement-signature = Potpisan od službenog lica koje upućuje zahtjev
provider-requirement-letterhead = Na memorandumu organa
provider-requirement-non-editable-format = Poslan u formatu koji se ne može mijenjati
provider-requirement-issued-under-law = Izdat na osnovu zakona kojim se organu daju ovlaštenja, uz poštovanje propisanog postupka
provider-requirement-account-identifier = Korisnički račun je određen identifikatorima samog pružaoca (identifikator korisnika, korisničko ime, URL, adresa elektronske pošte)
provider-requirement-relevance-stated = Navodi se kako su traženi podaci povezani s istragom
provider-requirement-entity-for-user-location = Upućen pravnom licu koje je odgovorno za korisnike prema mjestu gdje korisnik živi
provider-requirement-mlat-for-content = Za podatke o sadržaju: putem uzajamne pravne pomoći (ugovora ili zamolnice) ili sporazuma zaključenog na osnovu zakona Sjedinjenih Američkih Država CLOUD Act
provider-requirement-mlat-for-disclosure = Za svako otkrivanje podataka: putem uzajamne pravne pomoći ili zamolnice
provider-requirement-subpoena-or-equivalent-for-non-content = Za podatke koji nisu podaci o sadržaju: sudski poziv (subpoena) ili njegov lokalni ekvivalent
provider-requirement-warrant-or-equivalent-for-content = Za podatke o sadržaju: naredba za pretres, sudski nalog ili njihov lokalni ekvivalent
provider-requirement-judicial-order = Nalog pravosudnog organa
provider-requirement-formal-channel-only = Samo putem zvaničnih kanala pružaoca: na neformalne zahtjeve se ne odgovara
provider-requirement-emergency-form = Hitni zahtjevi: na vlastitom obrascu pružaoca za hitne zahtjeve
provider-requirement-emergency-facts-stated = Hitni zahtjevi: navesti opasnost od smrti ili teške tjelesne povrede i kako će podaci pomoći da se ona spriječi
