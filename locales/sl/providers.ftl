# Izbira ponudnika storitev v zaprosilih, naslovljenih na ponudnika storitev: profili v providers/ (kdo odgovarja za
# katero storitev, kam se zaprosila pošiljajo, kaj morajo vsebovati), vsako dejstvo prebrano v javnem viru na
# navedeni datum.

provider-picker = Ponudnik storitev
    .hint = Izberite ponudnika, da se spodaj iz profila ponudnika izpolnijo pravna oseba, njen naslov in kontaktni podatki, ali izberite »Drug ponudnik storitev« in jih vnesite sami. Dejstva, ki jih profil nima, izpolnite sami.
provider-picker-other = Drug ponudnik storitev (vnesite ga spodaj)
provider-picker-service = Storitev
provider-picker-region = Kje živijo zadevni uporabniki
provider-picker-requesters = Kje je organ prosilec
provider-picker-filled = Izpolnjeno iz profila { $provider }: pred pošiljanjem zaprosila preverite vsako dejstvo.
provider-profile-read = Ta profil je bil sestavljen iz javnih virov, prebranih dne { $date }; morda ni več ažuren. Pred pošiljanjem zaprosila preverite ponudnikove lastne smernice za organe pregona.
provider-profile-requirements = Kaj ponudnik zahteva od zaprosila
provider-profile-no-requirements = Profil za to vrsto zaprosila ne navaja nobene zahteve.
provider-profile-emergency = Nujna zaprosila
provider-profile-no-emergency = Profil ne navaja nobene poti za nujna zaprosila.
provider-profile-preservation = Zavarovanje na zaprosilo
provider-profile-preservation-days = { $extendable ->
        [yes] Podatki so zavarovani { $days ->
            [one] { $days } dan
            [two] { $days } dneva
            [few] { $days } dni
           *[other] { $days } dni
        }; mogoče je zaprositi za podaljšanje.
        [no] Podatki so zavarovani { $days ->
            [one] { $days } dan
            [two] { $days } dneva
            [few] { $days } dni
           *[other] { $days } dni
        }; zavarovanje se ne podaljša.
       *[unknown] Podatki so zavarovani { $days ->
            [one] { $days } dan
            [two] { $days } dneva
            [few] { $days } dni
           *[other] { $days } dni
        }; vir ne navaja, ali je zavarovanje mogoče podaljšati.
    }
provider-profile-preservation-extension = { $days ->
        [one] Vsako podaljšanje traja { $days } dan.
        [two] Vsako podaljšanje traja { $days } dneva.
       *[other] Vsako podaljšanje traja { $days } dni.
    }
provider-profile-preservation-max-extensions = { $count ->
        [one] Največ eno podaljšanje.
        [two] Največ { $count } podaljšanji.
        [few] Največ { $count } podaljšanja.
       *[other] Največ { $count } podaljšanj.
    }
provider-profile-no-preservation = Profil ne navaja obdobja zavarovanja.
provider-profile-languages = Jeziki, v katerih je lahko zaprosilo napisano: { $codes }
provider-profile-not-found = Iskano v virih in ni bilo najdeno: { $kinds }
provider-profile-sources = Viri
provider-profile-source = { $title }, prebrano dne { $date }: { $url }
provider-profile-source-secondary = { $title }, prebrano dne { $date }: { $url } (opis ponudnikove prakse, ki ga je podala tretja oseba: preden se nanj oprete, ga preverite)

## Kontakti
provider-contact-portal = Portal (z računom): { $value }
provider-contact-web-form = Spletni obrazec: { $value }
provider-contact-email = E-pošta: { $value }

## Območja, ki jih profil razlikuje (poleg držav), ponujena na seznamih izbire
provider-region-eu = Evropska unija
provider-region-eea = Evropski gospodarski prostor
provider-region-european-region = Ponudnikova »evropska regija«
provider-region-non-us = Zunaj Združenih držav
provider-region-other = Drugje

## Vrste dejstev, ki jih vsebuje profil
provider-fact-entity = pravna oseba
provider-fact-address = naslov za vročanje pisanj v postopku
provider-fact-portal = portal ali naslov za zaprosila
provider-fact-emergency = pot za nujna zaprosila
provider-fact-languages = sprejeti jeziki
provider-fact-preservation = obdobje zavarovanja
provider-fact-preservation-extension = podaljšanje zavarovanja
provider-fact-requirements = zahteve

## Kode zahtev (providers/README.md)
provider-requirement-official-email-domain = Poslano z uradnega državnega e-poštnega naslova (ali prek računa na portalu, ustvarjenega s takim naslovom)
provider-requirement-portal-account = Poslano prek ponudnikovega portala, z računom
provider-requirement-in-writing = V pisni obliki
provider-requirement-signature = Podpisano s strani uradne osebe, ki vlaga zaprosilo
provider-requirement-letterhead = Na papirju z glavo organa
provider-requirement-non-editable-format = Poslano v obliki, ki je ni mogoče urejati
provider-requirement-issued-under-law = Izdano na podlagi zakona, ki organ pooblašča, in po postopku, ki ga ta določa
provider-requirement-account-identifier = Račun opredeli z lastnimi identifikatorji ponudnika (ID uporabnika, uporabniško ime, URL, e-poštni naslov)
provider-requirement-relevance-stated = Navaja, kako so zahtevani podatki povezani s preiskavo
provider-requirement-entity-for-user-location = Naslovljeno na pravno osebo, ki odgovarja za kraj, kjer uporabnik živi
provider-requirement-mlat-for-content = Za podatke o vsebini: z medsebojno pravno pomočjo (pogodba ali zaprosilo za pravno pomoč) ali s sporazumom, sklenjenim na podlagi zakona Združenih držav CLOUD Act
provider-requirement-mlat-for-disclosure = Za vsako razkritje: z medsebojno pravno pomočjo ali zaprosilom za pravno pomoč
provider-requirement-subpoena-or-equivalent-for-non-content = Za podatke, ki niso podatki o vsebini: sodni poziv (subpoena) ali njegov lokalni ustreznik
provider-requirement-warrant-or-equivalent-for-content = Za podatke o vsebini: odredba za preiskavo, sodna odredba ali njun lokalni ustreznik
provider-requirement-judicial-order = Odredba pravosodnega organa
provider-requirement-formal-channel-only = Samo po uradnih poteh ponudnika: na neuradna zaprosila se ne odgovarja
provider-requirement-emergency-form = Nujna zaprosila: na ponudnikovem lastnem obrazcu za nujne primere
provider-requirement-emergency-facts-stated = Nujna zaprosila: navedite nevarnost smrti ali hude telesne poškodbe in kako bodo podatki to preprečili
