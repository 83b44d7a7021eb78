# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] 31. člen Konvencije o kibernetski kriminaliteti (ETS št. 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Datum
art31-traffic-reference = Opravilna številka / številka zadeve
art31-traffic-status = Status zaprosila
    .hint = Označite vsa polja, ki veljajo. Nadaljevanje odpre oddelka 9 in 10 za podatke o prejšnjem zaprosilu.
art31-traffic-status-new = Novo zaprosilo
art31-traffic-status-follow-up-mla = Nadaljevanje prejšnjega zaprosila za medsebojno pravno pomoč (podrobnosti v oddelku 9)
art31-traffic-status-follow-up-preservation = Nadaljevanje prejšnjega zaprosila za zavarovanje (podrobnosti v oddelku 10)
art31-traffic-requested-authority = Zaprošeni organ
art31-traffic-requested-authority-country = Zaprošena država
art31-traffic-requested-authority-authority = Organ
    .hint = { $basis ->
            [budapest] Osrednji organ zaprošene države za medsebojno pomoč (2. odstavek 27. člena) ali organ, ki ga je ta država določila za sprejemanje takih zaprosil.
           *[other] Osrednji organ zaprošene države za medsebojno pomoč ali organ, ki ga je ta država določila za sprejemanje takih zaprosil.
        }
art31-traffic-requesting-authority = Organ prosilec
art31-traffic-requesting-authority-organisation = Organizacija
art31-traffic-requesting-authority-person = Oseba, odgovorna za zaprosilo
art31-traffic-requesting-authority-address = Naslov
art31-traffic-requesting-authority-phone = Telefonska številka
art31-traffic-requesting-authority-mobile = Številka mobilnega telefona
art31-traffic-requesting-authority-email = E-poštni naslov
art31-traffic-requesting-authority-fax = Številka faksa
art31-traffic-requesting-authority-office-hours = Uradne ure
art31-traffic-requesting-authority-time-zone = Časovni pas
    .hint = Časovni pas vašega urada kot odmik od UTC. Vsak drug čas v tem zaprosilu je naveden s svojim časovnim pasom.
art31-traffic-requesting-authority-response = Način odgovora
art31-traffic-requesting-authority-response-expedited = Zaželen je odgovor po e-pošti ali na drug hiter način
art31-traffic-requesting-authority-response-other = Zaželen je odgovor na drug način
art31-traffic-requesting-authority-response-other-detail = Zaželen je odgovor prek
art31-traffic-additional-contact = Če bi bila potrebna dodatna potrditev organa prosilca, se obrnite na
art31-traffic-additional-contact-contacts = Kontaktna oseba
art31-traffic-additional-contact-contacts-name = Ime in priimek
art31-traffic-additional-contact-contacts-job-title = Delovno mesto
art31-traffic-additional-contact-contacts-function = Funkcija
art31-traffic-additional-contact-contacts-phone = Telefonska številka
art31-traffic-additional-contact-contacts-mobile = Številka mobilnega telefona
art31-traffic-additional-contact-contacts-email = E-poštni naslov
art31-traffic-investigating-authority = Preiskovalni / operativni organ, pristojen za zadevo (če ni isti kot organ prosilec)
art31-traffic-investigating-authority-organisation = Organizacija
art31-traffic-investigating-authority-person = Oseba, odgovorna za zadevo
art31-traffic-investigating-authority-address = Naslov
art31-traffic-investigating-authority-phone = Telefonska številka
art31-traffic-investigating-authority-mobile = Številka mobilnega telefona
art31-traffic-investigating-authority-email = E-poštni naslov
art31-traffic-investigating-authority-fax = Številka faksa
art31-traffic-prosecution-court = Pristojno državno tožilstvo ali sodišče, če je primerno
art31-traffic-prosecution-court-prosecution = Pristojno državno tožilstvo in opravilna številka
art31-traffic-prosecution-court-court = Pristojno sodišče in opravilna številka
art31-traffic-prosecution-court-decisions = Odločbe tožilstva ali sodišča, povezane s tem zaprosilom
    .hint = Za vsako odločbo: organ, njen datum in številka ter kaj odreja ali dovoljuje. Priložite kopijo, če jo zaprošena država zahteva.
art31-traffic-previous-mla = Podatki o prejšnjem zaprosilu za medsebojno pravno pomoč, če je primerno
art31-traffic-previous-mla-date = Datum
art31-traffic-previous-mla-reference = Številka primera / opravilna številka
art31-traffic-previous-mla-requesting = Kontaktni podatki organa, ki je vložil prejšnje zaprosilo
art31-traffic-previous-mla-executing = Kontaktni podatki organa, ki je na prejšnje zaprosilo odgovoril (ali ga izvršil)
art31-traffic-previous-mla-channel = Način komunikacije, uporabljen za predložitev prejšnjega zaprosila (e-poštni naslov, številka faksa itd.)
art31-traffic-previous-preservation = Podatki o prejšnjem zaprosilu za zavarovanje, če je primerno
art31-traffic-previous-preservation-date = Datum
art31-traffic-previous-preservation-reference = Številka primera / opravilna številka
art31-traffic-previous-preservation-requesting = Kontaktni podatki organa, ki je zaprosil za zavarovanje
art31-traffic-previous-preservation-executing = Kontaktni podatki organa, ki je na zaprosilo za zavarovanje odgovoril (ali ga izvršil)
art31-traffic-previous-preservation-channel = Komunikacijski kanal
art31-traffic-previous-preservation-channel-network-247 = Kontaktna točka mreže 24/7
art31-traffic-previous-preservation-channel-provider = Neposredno ponudniku storitev
art31-traffic-previous-preservation-channel-police = Kanal policijskega sodelovanja
art31-traffic-previous-preservation-channel-mla = Osrednji organ za medsebojno pomoč
art31-traffic-previous-preservation-channel-other = Drugo
art31-traffic-previous-preservation-channel-other-detail = Uporabljeni kanal
art31-traffic-previous-preservation-expiry = Podatki zavarovani do
    .hint = Datum, ko se zavarovanje konča, kot ga je potrdila zaprošena država ali ponudnik storitev, če je znan.
art31-traffic-legal-grounds = Pravna podlaga zaprosila
art31-traffic-legal-grounds-domestic = Pravna podlaga zaprosila v notranjem pravu, če je primerno
    .hint = Določbe vašega prava, na podlagi katerih se vlaga to zaprosilo, npr. členi zakona o kazenskem postopku o zaprosilih za medsebojno pravno pomoč.
art31-traffic-legal-grounds-instruments = Druge veljavne pogodbe ali dogovori
art31-traffic-legal-grounds-instruments-ets-30 = Evropska konvencija o medsebojni pravni pomoči v kazenskih zadevah (ETS št. 30) in njeni protokoli
art31-traffic-legal-grounds-instruments-bilateral = Dvostranska pogodba
art31-traffic-legal-grounds-instruments-bilateral-detail = Naslov in datum pogodbe
art31-traffic-legal-grounds-instruments-reciprocity = Vzajemnost
art31-traffic-offences = Kaznivo dejanje (kazniva dejanja)
art31-traffic-offences-offences = Kaznivo dejanje
art31-traffic-offences-offences-name = Kaznivo dejanje
art31-traffic-offences-offences-provision = Pravna določba
art31-traffic-offences-offences-penalty = Najvišja zagrožena kazen
art31-traffic-offences-damage = Povzročena škoda
    .hint = Znesek škode v njeni valuti, če je škoda nastala.
art31-traffic-offences-damage-below-threshold = Škoda je manjša od protivrednosti 5.000 USD
    .hint = Vaše lastno preverjanje, ki se v zaprosilu nikoli ne natisne. Združene države praviloma zavrnejo zaprosila glede škode, manjše od 5.000 USD; primerjajte škodo v vaši valuti s tem zneskom.
art31-traffic-facts = Kratek povzetek dejstev
    .hint = Kdo je kaj storil, kdaj in kje ter kako je bilo kaznivo dejanje storjeno s pomočjo zadevne storitve. Vsak čas navedite s časovnim pasom.
art31-traffic-identifiers = Identifikatorji in obdobje zahtevanih podatkov
art31-traffic-identifiers-identifiers = Identifikatorji zahtevanih podatkov
    .hint = Vsak račun, naslov ali številka, katerih podatki se zahtevajo. Za naslov IP navedite izvorna vrata ter točen datum in čas s časovnim pasom: pri deljenih naslovih ponudnik brez njih ne more identificirati naročnika.
art31-traffic-identifiers-period = Točno obdobje, za katero se zahtevajo podatki
    .hint = Začetek in konec s časovnim pasom. Zaprosite le za obdobje, ki ga preiskava potrebuje: zaprosila za dolga obdobja (več kot 90 dni) so pogosto zavrnjena kot preširoka.
art31-traffic-data = Zahtevani podatki
art31-traffic-data-traffic = Zahtevani podatki o prometu
    .hint = { $basis ->
            [budapest] Prvih osem polj sledi opredelitvi podatkov o prometu v točki d 1. člena konvencije: podatki, ki jih ustvari računalniški sistem kot del komunikacijske verige.
           *[other] Podatki, ki jih ustvari računalniški sistem kot del komunikacijske verige: označite le, kar preiskava potrebuje.
        }
art31-traffic-data-traffic-origin = Izvor komunikacij
art31-traffic-data-traffic-destination = Cilj komunikacij
art31-traffic-data-traffic-route = Pot
art31-traffic-data-traffic-time = Čas
art31-traffic-data-traffic-date = Datum
art31-traffic-data-traffic-size = Velikost
art31-traffic-data-traffic-duration = Trajanje
art31-traffic-data-traffic-service = Vrsta osnovne storitve
art31-traffic-data-traffic-connection-log = Zgodovina povezav IP: prijave in odjave z naslovi IP, izvornimi vrati, datumi in časi
art31-traffic-data-traffic-headers = Podatki iz glav e-poštnih sporočil, brez vsebine
art31-traffic-data-traffic-other = Drugo
art31-traffic-data-traffic-other-detail = Drugi zahtevani podatki o prometu
art31-traffic-data-subscriber = Zahtevani podatki o naročnikih
    .hint = { $basis ->
            [budapest] Označite le, kar je potrebno poleg podatkov o prometu. Prvih šest polj sledi opredelitvi podatkov o naročnikih v 3. odstavku 18. člena konvencije.
           *[other] Označite le, kar je potrebno poleg podatkov o prometu.
        }
art31-traffic-data-subscriber-service = Vrsta uporabljene komunikacijske storitve, tehnični ukrepi, sprejeti v ta namen, in obdobje storitve
art31-traffic-data-subscriber-identity = Identiteta naročnika
art31-traffic-data-subscriber-address = Poštni ali geografski naslov
art31-traffic-data-subscriber-access-number = Telefonske in druge dostopne številke
art31-traffic-data-subscriber-billing = Podatki o zaračunavanju in plačilih
art31-traffic-data-subscriber-installation = Kraj namestitve komunikacijske opreme
art31-traffic-data-subscriber-email = E-poštni naslovi, povezani z računom
art31-traffic-data-subscriber-registration-ip = Naslov IP ter datum in čas registracije
art31-traffic-data-subscriber-other = Drugo
art31-traffic-data-subscriber-other-detail = Drugi zahtevani podatki o naročnikih
art31-traffic-preservation = Zavarovanje podatkov
art31-traffic-preservation-sought = Ali je bilo za zavarovanje podatkov že zaprošeno?
    .hint = { $basis ->
            [budapest] Ali so bili podatki zavarovani na podlagi 29. člena konvencije, prek mreže 24/7 ali neposredno pri ponudniku storitev. Opravilna številka omogoča zaprošenemu organu in ponudniku, da najdeta zavarovane podatke. Če je to zaprosilo nadaljevanje zaprosila za zavarovanje, opisanega v oddelku 10, navedite isti datum in opravilno številko.
           *[other] Ali so bili podatki zavarovani, in sicer prek mreže 24/7, drugega organa zaprošene države ali neposredno pri ponudniku storitev. Opravilna številka omogoča zaprošenemu organu in ponudniku, da najdeta zavarovane podatke. Če je to zaprosilo nadaljevanje zaprosila za zavarovanje, opisanega v oddelku 10, navedite isti datum in opravilno številko.
        }
art31-traffic-preservation-sought-yes = Da
art31-traffic-preservation-sought-no = Ne
art31-traffic-preservation-date = Datum zaprosila za zavarovanje
art31-traffic-preservation-reference = Opravilna številka zaprosila za zavarovanje
    .hint = Številka, ki jo je dodelil zaprošeni organ ali ponudnik storitev; če ni bila dodeljena, vaša lastna opravilna številka.
art31-traffic-relevance = Povezava podatkov s preiskavo
    .hint = Pojasnite, kako sta vsak identifikator in vsaka vrsta zahtevanih podatkov povezana s kaznivim dejanjem in osumljencem ter zakaj se domneva, da podatke hrani ponudnik storitev.
art31-traffic-service-provider = Ponudnik storitev, ki hrani podatke
art31-traffic-service-provider-name = Ime ponudnika storitev
    .hint = Uradno ime ponudnika, kot je navedeno v njegovih pogojih storitve ali smernicah za organe pregona.
art31-traffic-service-provider-address = Naslov ali lokacija
art31-traffic-urgency = Nujnost
art31-traffic-urgency-urgent = Zaprošena je nujna izvršitev
art31-traffic-urgency-reasons = Razlogi za nujnost
    .hint = { $basis ->
            [budapest] Npr. osumljenec je v priporu, rok v postopku ali razlogi za domnevo, da so podatki posebej izpostavljeni izgubi ali spremembi (3. odstavek 31. člena).
           *[other] Npr. osumljenec je v priporu, rok v postopku ali razlogi za domnevo, da so podatki posebej izpostavljeni izgubi ali spremembi.
        }
art31-traffic-urgency-deadline = Podatki so potrebni do
art31-traffic-confidentiality = Zaupnost
art31-traffic-confidentiality-confidential = Prosimo, da dejstvo in predmet tega zaprosila ostaneta zaupna, razen v obsegu, ki je potreben za njegovo izvršitev
art31-traffic-confidentiality-no-notification = Prosimo, da ponudnika storitev zaprosite, naj ne obvesti naročnika ali tretje osebe
    .hint = Vprašajte zaprošeni organ, ali lahko praksa ali sistem ponudnika opozori uporabnika.
art31-traffic-confidentiality-reasons = Razlogi za zaupnost
    .hint = Npr. nevarnost, da osumljenec uniči dokaze, pobegne ali posvari sostorilce.
art31-traffic-form = Oblika podatkov in overitev
art31-traffic-form-electronic = Elektronska kopija v berljivi obliki
art31-traffic-form-certified = Overjena kopija
art31-traffic-form-certificate = Potrdilo ponudnika storitev o verodostojnosti poslovnih evidenc
art31-traffic-form-other = Drugo
art31-traffic-form-other-detail = Druga zahteva
