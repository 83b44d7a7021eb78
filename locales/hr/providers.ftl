# Odabir davatelja usluga u zahtjevima upućenima davatelju usluga: profili u providers/ (tko odgovara za pojedinu
# uslugu, kamo se zahtjevi šalju, što moraju sadržavati), svaki podatak pročitan u javnom izvoru na navedeni datum.

provider-picker = Davatelj usluga
    .hint = Odaberite davatelja usluga kako bi se niže iz njegova profila ispunili pravna osoba, njezina adresa i kontakti ili odaberite „Drugi davatelj usluga” i upišite ih. Podatke kojih nema u profilu ispunjavate sami.
provider-picker-other = Drugi davatelj usluga (upišite ga niže)
provider-picker-service = Usluga
provider-picker-region = Gdje žive korisnici o kojima je riječ
provider-picker-requesters = Gdje se nalazi tijelo koje podnosi zahtjev
provider-picker-filled = Ispunjeno iz profila { $provider }: prije slanja zahtjeva provjerite svaki podatak.
provider-profile-read = Ovaj je profil sastavljen iz javnih izvora pročitanih { $date }; možda više nije ažuran. Prije slanja zahtjeva provjerite smjernice samog davatelja usluga za tijela kaznenog progona.
provider-profile-requirements = Što davatelj usluga zahtijeva od zahtjeva
provider-profile-no-requirements = Profil za ovu vrstu zahtjeva ne navodi nikakav uvjet.
provider-profile-emergency = Zahtjevi u hitnim slučajevima
provider-profile-no-emergency = Profil ne navodi nikakav kanal za zahtjeve u hitnim slučajevima.
provider-profile-preservation = Čuvanje na zahtjev
provider-profile-preservation-days = { $extendable ->
        [yes] Podaci se čuvaju { $days } dana; može se zatražiti produljenje.
        [no] Podaci se čuvaju { $days } dana; čuvanje se ne produljuje.
       *[unknown] Podaci se čuvaju { $days } dana; izvor ne navodi može li se čuvanje produljiti.
    }
provider-profile-preservation-extension = Svako produljenje traje { $days } dana.
provider-profile-preservation-max-extensions = { $count ->
        [one] Najviše jedno produljenje.
        [few] Najviše { $count } produljenja.
       *[other] Najviše { $count } produljenja.
    }
provider-profile-no-preservation = Profil ne navodi razdoblje čuvanja.
provider-profile-languages = Jezici na kojima zahtjev može biti sastavljen: { $codes }
provider-profile-not-found = Traženo u izvorima i nije pronađeno: { $kinds }
provider-profile-sources = Izvori
provider-profile-source = { $title }, pročitano { $date }: { $url }
provider-profile-source-secondary = { $title }, pročitano { $date }: { $url } (opis prakse davatelja usluga koji je dala treća strana: provjerite ga prije nego što se na njega oslonite)

## Kontakti
provider-contact-portal = Portal (s korisničkim računom): { $value }
provider-contact-web-form = Mrežni obrazac: { $value }
provider-contact-email = E-pošta: { $value }

## Regije koje profil razlikuje (osim država), ponuđene na popisima odabira
provider-region-eu = Europska unija
provider-region-eea = Europski gospodarski prostor
provider-region-european-region = „Europska regija” davatelja usluga
provider-region-non-us = Izvan Sjedinjenih Američkih Država
provider-region-other = Drugdje

## Vrste podataka koje profil sadržava
provider-fact-entity = pravna osoba
provider-fact-address = adresa za dostavu pismena
provider-fact-portal = portal ili adresa za zahtjeve
provider-fact-emergency = kanal za zahtjeve u hitnim slučajevima
provider-fact-languages = prihvaćeni jezici
provider-fact-preservation = razdoblje čuvanja
provider-fact-preservation-extension = produljenje čuvanja
provider-fact-requirements = uvjeti

## Oznake uvjeta (providers/README.md)
provider-requirement-official-email-domain = Poslan sa službene adrese e-pošte državnog tijela (ili putem korisničkog računa na portalu otvorenog s takvom adresom)
provider-requirement-portal-account = Poslan putem portala davatelja usluga, s korisničkim računom
provider-requirement-in-writing = Sastavljen u pisanom obliku
provider-requirement-signature = Potpisan od službene osobe koja podnosi zahtjev
provider-requirement-letterhead = Na memorandumu tijela
provider-requirement-non-editable-format = Poslan u obliku koji se ne može uređivati
provider-requirement-issued-under-law = Izdan na temelju zakona koji ovlašćuje tijelo, u postupku koji taj zakon propisuje
provider-requirement-account-identifier = Korisnički račun označuje vlastitim identifikatorima davatelja usluga (korisnički ID, korisničko ime, URL adresa, adresa e-pošte)
provider-requirement-relevance-stated = Navodi kako su traženi podaci povezani s istragom
provider-requirement-entity-for-user-location = Upućen pravnoj osobi koja odgovara za mjesto u kojem korisnik živi
provider-requirement-mlat-for-content = Za podatke o sadržaju: putem uzajamne pravne pomoći (ugovor ili zamolnica) ili sporazuma sklopljenog na temelju zakona Sjedinjenih Američkih Država CLOUD Act
provider-requirement-mlat-for-disclosure = Za svako otkrivanje: putem uzajamne pravne pomoći ili zamolnice
provider-requirement-subpoena-or-equivalent-for-non-content = Za podatke koji nisu podaci o sadržaju: subpoena ili njezin lokalni ekvivalent
provider-requirement-warrant-or-equivalent-for-content = Za podatke o sadržaju: nalog za pretragu, sudska odluka ili njihov lokalni ekvivalent
provider-requirement-judicial-order = Nalog pravosudnog tijela
provider-requirement-formal-channel-only = Samo putem službenih kanala davatelja usluga: na neformalne zahtjeve ne odgovara se
provider-requirement-emergency-form = Zahtjevi u hitnim slučajevima: na vlastitom obrascu davatelja usluga za hitne slučajeve
provider-requirement-emergency-facts-stated = Zahtjevi u hitnim slučajevima: navesti opasnost od smrti ili teške tjelesne ozljede i kako će je podaci spriječiti
