# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] 31. člen Konvencije o kibernetski kriminaliteti (ETS št. 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Datum
art31-content-reference = Opravilna številka / številka zadeve
art31-content-status = Status zaprosila
    .hint = Označite vsa polja, ki veljajo. Nadaljevanje odpre oddelka 9 in 10 za podatke o prejšnjem zaprosilu.
art31-content-status-new = Novo zaprosilo
art31-content-status-follow-up-mla = Nadaljevanje prejšnjega zaprosila za medsebojno pravno pomoč (podrobnosti v oddelku 9)
art31-content-status-follow-up-preservation = Nadaljevanje prejšnjega zaprosila za zavarovanje (podrobnosti v oddelku 10)
art31-content-requested-authority = Zaprošeni organ
art31-content-requested-authority-country = Zaprošena država
art31-content-requested-authority-authority = Organ
    .hint = { $basis ->
            [budapest] Osrednji organ zaprošene države za medsebojno pomoč (2. odstavek 27. člena) ali organ, ki ga je ta država določila za sprejemanje takih zaprosil.
           *[other] Osrednji organ zaprošene države za medsebojno pomoč ali organ, ki ga je ta država določila za sprejemanje takih zaprosil.
        }
art31-content-requesting-authority = Organ prosilec
art31-content-requesting-authority-organisation = Organizacija
art31-content-requesting-authority-person = Oseba, odgovorna za zaprosilo
art31-content-requesting-authority-address = Naslov
art31-content-requesting-authority-phone = Telefonska številka
art31-content-requesting-authority-mobile = Številka mobilnega telefona
art31-content-requesting-authority-email = E-poštni naslov
art31-content-requesting-authority-fax = Številka faksa
art31-content-requesting-authority-office-hours = Uradne ure
art31-content-requesting-authority-time-zone = Časovni pas
    .hint = Časovni pas vašega urada kot odmik od UTC. Vsak drug čas v tem zaprosilu je naveden s svojim časovnim pasom.
art31-content-requesting-authority-response = Način odgovora
art31-content-requesting-authority-response-expedited = Zaželen je odgovor po e-pošti ali na drug hiter način
art31-content-requesting-authority-response-other = Zaželen je odgovor na drug način
art31-content-requesting-authority-response-other-detail = Zaželen je odgovor prek
art31-content-additional-contact = Če bi bila potrebna dodatna potrditev organa prosilca, se obrnite na
art31-content-additional-contact-contacts = Kontaktna oseba
art31-content-additional-contact-contacts-name = Ime in priimek
art31-content-additional-contact-contacts-job-title = Delovno mesto
art31-content-additional-contact-contacts-function = Funkcija
art31-content-additional-contact-contacts-phone = Telefonska številka
art31-content-additional-contact-contacts-mobile = Številka mobilnega telefona
art31-content-additional-contact-contacts-email = E-poštni naslov
art31-content-investigating-authority = Preiskovalni / operativni organ, pristojen za zadevo (če ni isti kot organ prosilec)
art31-content-investigating-authority-organisation = Organizacija
art31-content-investigating-authority-person = Oseba, odgovorna za zadevo
art31-content-investigating-authority-address = Naslov
art31-content-investigating-authority-phone = Telefonska številka
art31-content-investigating-authority-mobile = Številka mobilnega telefona
art31-content-investigating-authority-email = E-poštni naslov
art31-content-investigating-authority-fax = Številka faksa
art31-content-prosecution-court = Pristojno državno tožilstvo ali sodišče, če je primerno
art31-content-prosecution-court-prosecution = Pristojno državno tožilstvo in opravilna številka
art31-content-prosecution-court-court = Pristojno sodišče in opravilna številka
art31-content-prosecution-court-decisions = Odločbe tožilstva ali sodišča, povezane s tem zaprosilom
    .hint = Za vsako odločbo: organ, njen datum in številka ter kaj odreja ali dovoljuje. Priložite kopijo, če jo zaprošena država zahteva.
art31-content-previous-mla = Podatki o prejšnjem zaprosilu za medsebojno pravno pomoč, če je primerno
art31-content-previous-mla-date = Datum
art31-content-previous-mla-reference = Številka primera / opravilna številka
art31-content-previous-mla-requesting = Kontaktni podatki organa, ki je vložil prejšnje zaprosilo
art31-content-previous-mla-executing = Kontaktni podatki organa, ki je na prejšnje zaprosilo odgovoril (ali ga izvršil)
art31-content-previous-mla-channel = Način komunikacije, uporabljen za predložitev prejšnjega zaprosila (e-poštni naslov, številka faksa itd.)
art31-content-previous-preservation = Podatki o prejšnjem zaprosilu za zavarovanje, če je primerno
art31-content-previous-preservation-date = Datum
art31-content-previous-preservation-reference = Številka primera / opravilna številka
art31-content-previous-preservation-requesting = Kontaktni podatki organa, ki je zaprosil za zavarovanje
art31-content-previous-preservation-executing = Kontaktni podatki organa, ki je na zaprosilo za zavarovanje odgovoril (ali ga izvršil)
art31-content-previous-preservation-channel = Komunikacijski kanal
art31-content-previous-preservation-channel-network-247 = Kontaktna točka mreže 24/7
art31-content-previous-preservation-channel-provider = Neposredno ponudniku storitev
art31-content-previous-preservation-channel-police = Kanal policijskega sodelovanja
art31-content-previous-preservation-channel-mla = Osrednji organ za medsebojno pomoč
art31-content-previous-preservation-channel-other = Drugo
art31-content-previous-preservation-channel-other-detail = Uporabljeni kanal
art31-content-previous-preservation-expiry = Podatki zavarovani do
    .hint = Datum, ko se zavarovanje konča, kot ga je potrdila zaprošena država ali ponudnik storitev, če je znan.
art31-content-legal-grounds = Pravna podlaga zaprosila
art31-content-legal-grounds-domestic = Pravna podlaga zaprosila v notranjem pravu, če je primerno
    .hint = Določbe vašega prava, na podlagi katerih se vlaga to zaprosilo, npr. členi zakona o kazenskem postopku o zaprosilih za medsebojno pravno pomoč.
art31-content-legal-grounds-instruments = Druge veljavne pogodbe ali dogovori
art31-content-legal-grounds-instruments-ets-30 = Evropska konvencija o medsebojni pravni pomoči v kazenskih zadevah (ETS št. 30) in njeni protokoli
art31-content-legal-grounds-instruments-bilateral = Dvostranska pogodba
art31-content-legal-grounds-instruments-bilateral-detail = Naslov in datum pogodbe
art31-content-legal-grounds-instruments-reciprocity = Vzajemnost
art31-content-offences = Kaznivo dejanje (kazniva dejanja)
art31-content-offences-offences = Kaznivo dejanje
art31-content-offences-offences-name = Kaznivo dejanje
art31-content-offences-offences-provision = Pravna določba
art31-content-offences-offences-penalty = Najvišja zagrožena kazen
art31-content-offences-damage = Povzročena škoda
    .hint = Znesek škode v njeni valuti, če je škoda nastala.
art31-content-offences-damage-below-threshold = Škoda je manjša od protivrednosti 5.000 USD
    .hint = Vaše lastno preverjanje, ki se v zaprosilu nikoli ne natisne. Združene države praviloma zavrnejo zaprosila glede škode, manjše od 5.000 USD; primerjajte škodo v vaši valuti s tem zneskom.
art31-content-facts = Kratek povzetek dejstev
    .hint = Kdo je kaj storil, kdaj in kje ter kako je bilo kaznivo dejanje storjeno s pomočjo zadevne storitve. Vsak čas navedite s časovnim pasom.
art31-content-identifiers = Identifikatorji in obdobje zahtevanih podatkov
art31-content-identifiers-identifiers = Identifikatorji zahtevanih podatkov
    .hint = Vsak račun, naslov ali številka, katerih podatki se zahtevajo. Za naslov IP navedite izvorna vrata ter točen datum in čas s časovnim pasom: pri deljenih naslovih ponudnik brez njih ne more identificirati naročnika.
art31-content-identifiers-period = Točno obdobje, za katero se zahtevajo podatki
    .hint = Začetek in konec s časovnim pasom. Zaprosite le za obdobje, ki ga preiskava potrebuje: zaprosila za dolga obdobja (več kot 90 dni) so pogosto zavrnjena kot preširoka.
art31-content-data = Zahtevani podatki
art31-content-data-content = Zahtevani podatki o vsebini
    .hint = Navedite le vsebino, ki jo dejstva upravičujejo; zaprošena država bo zanjo morda potrebovala sodno odredbo.
art31-content-data-content-messages = Shranjena sporočila, vključno s klepeti in neposrednimi sporočili
art31-content-data-content-emails = Shranjena e-poštna sporočila s prilogami
art31-content-data-content-files = Shranjene datoteke in dokumenti, vključno s shrambo v oblaku
art31-content-data-content-media = Fotografije in videoposnetki
art31-content-data-content-posts = Objave, komentarji in druga objavljena vsebina
art31-content-data-content-location = Shranjeni podatki o lokaciji
art31-content-data-content-contacts = Seznami stikov in imeniki
art31-content-data-content-other = Drugo
art31-content-data-content-other-detail = Drugi zahtevani podatki o vsebini
art31-content-data-traffic = Zahtevani podatki o prometu
    .hint = { $basis ->
            [budapest] Označite le, kar je potrebno poleg vsebine. Prvih osem polj sledi opredelitvi podatkov o prometu v točki d 1. člena konvencije: podatki, ki jih ustvari računalniški sistem kot del komunikacijske verige.
           *[other] Označite le, kar je potrebno poleg vsebine. Podatki o prometu so podatki, ki jih ustvari računalniški sistem kot del komunikacijske verige.
        }
art31-content-data-traffic-origin = Izvor komunikacij
art31-content-data-traffic-destination = Cilj komunikacij
art31-content-data-traffic-route = Pot
art31-content-data-traffic-time = Čas
art31-content-data-traffic-date = Datum
art31-content-data-traffic-size = Velikost
art31-content-data-traffic-duration = Trajanje
art31-content-data-traffic-service = Vrsta osnovne storitve
art31-content-data-traffic-connection-log = Zgodovina povezav IP: prijave in odjave z naslovi IP, izvornimi vrati, datumi in časi
art31-content-data-traffic-headers = Podatki iz glav e-poštnih sporočil, brez vsebine
art31-content-data-traffic-other = Drugo
art31-content-data-traffic-other-detail = Drugi zahtevani podatki o prometu
art31-content-data-subscriber = Zahtevani podatki o naročnikih
    .hint = { $basis ->
            [budapest] Označite le, kar je potrebno poleg vsebine. Prvih šest polj sledi opredelitvi podatkov o naročnikih v 3. odstavku 18. člena konvencije.
           *[other] Označite le, kar je potrebno poleg vsebine.
        }
art31-content-data-subscriber-service = Vrsta uporabljene komunikacijske storitve, tehnični ukrepi, sprejeti v ta namen, in obdobje storitve
art31-content-data-subscriber-identity = Identiteta naročnika
art31-content-data-subscriber-address = Poštni ali geografski naslov
art31-content-data-subscriber-access-number = Telefonske in druge dostopne številke
art31-content-data-subscriber-billing = Podatki o zaračunavanju in plačilih
art31-content-data-subscriber-installation = Kraj namestitve komunikacijske opreme
art31-content-data-subscriber-email = E-poštni naslovi, povezani z računom
art31-content-data-subscriber-registration-ip = Naslov IP ter datum in čas registracije
art31-content-data-subscriber-other = Drugo
art31-content-data-subscriber-other-detail = Drugi zahtevani podatki o naročnikih
art31-content-measures = Zahtevani ukrepi
    .hint = { $basis ->
            [budapest] 1. odstavek 31. člena: zaprošena pogodbenica lahko preišče ali podobno dostopa, zaseže ali podobno zavaruje ter razkrije podatke, shranjene na njenem ozemlju, vključno s podatki, zavarovanimi na podlagi 29. člena.
           *[other] Kaj se od zaprošene države zahteva glede podatkov, shranjenih na njenem ozemlju, vključno z že zavarovanimi podatki: da jih preišče ali do njih podobno dostopa, jih zaseže ali podobno zavaruje ter jih razkrije.
        }
art31-content-measures-search = Preiskava ali podoben dostop
art31-content-measures-seizure = Zaseg ali podobno zavarovanje
art31-content-measures-disclosure = Razkritje
art31-content-preservation = Zavarovanje podatkov
art31-content-preservation-sought = Ali je bilo za zavarovanje podatkov že zaprošeno?
    .hint = { $basis ->
            [budapest] Ali so bili podatki zavarovani na podlagi 29. člena konvencije, prek mreže 24/7 ali neposredno pri ponudniku storitev. Opravilna številka omogoča zaprošenemu organu in ponudniku, da najdeta zavarovane podatke. Če je to zaprosilo nadaljevanje zaprosila za zavarovanje, opisanega v oddelku 10, navedite isti datum in opravilno številko.
           *[other] Ali so bili podatki zavarovani, in sicer prek mreže 24/7, drugega organa zaprošene države ali neposredno pri ponudniku storitev. Opravilna številka omogoča zaprošenemu organu in ponudniku, da najdeta zavarovane podatke. Če je to zaprosilo nadaljevanje zaprosila za zavarovanje, opisanega v oddelku 10, navedite isti datum in opravilno številko.
        }
art31-content-preservation-sought-yes = Da
art31-content-preservation-sought-no = Ne
art31-content-preservation-date = Datum zaprosila za zavarovanje
art31-content-preservation-reference = Opravilna številka zaprosila za zavarovanje
    .hint = Številka, ki jo je dodelil zaprošeni organ ali ponudnik storitev; če ni bila dodeljena, vaša lastna opravilna številka.
art31-content-relevance = Povezava podatkov s preiskavo
    .hint = Pojasnite, kako sta vsak identifikator in vsaka vrsta zahtevanih podatkov povezana s kaznivim dejanjem in osumljencem ter zakaj se domneva, da podatke hrani ponudnik storitev.
art31-content-grounds = Dejanska podlaga za preiskavo ali predložitev podatkov o vsebini
    .hint = Konkretna dejstva, ki izpolnjujejo prag zaprošene države za prisilne ukrepe, npr. »probable cause« v Združenih državah: dejstva, ki kažejo, da je bil račun uporabljen v zvezi s kaznivim dejanjem in da so dokazi o njem verjetno v zahtevani vsebini, ter kdaj so se ta dejstva zgodila. Zgolj sklepi ali sumi ne zadostujejo.
art31-content-dual-criminality = Dvojna kaznivost
    .hint = { $basis ->
            [budapest] Pojasnite, zakaj je ravnanje, opisano v oddelku 13, kaznivo dejanje tudi po pravu zaprošene države, in navedite ustrezno določbo, če je znana. Po 5. odstavku 25. člena konvencije je pogoj izpolnjen, če je ravnanje, na katerem temelji kaznivo dejanje, tam kaznivo dejanje, ne glede na njegovo kategorijo ali poimenovanje.
           *[other] Pojasnite, zakaj je ravnanje, opisano v oddelku 13, kaznivo dejanje tudi po pravu zaprošene države, in navedite ustrezno določbo, če je znana.
        }
art31-content-use = Omejitve uporabe podatkov
art31-content-use-undertakings = Zaveze organa prosilca
    .hint = { $basis ->
            [budapest] 28. člen se uporablja, kadar med pogodbenicama ne velja pogodba ali dogovor o medsebojni pomoči na podlagi enotne ali vzajemne zakonodaje; sicer se uporabljajo pravila te pogodbe ali dogovora o zaupnosti in uporabi.
           *[other] Pogoji zaupnosti in omejitve uporabe so pogoji izbranega instrumenta ali, če pogodbe ni, pogoji, ki jih določi zaprošena država.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Organ prosilec bo spoštoval pogoje zaupnosti in omejitve uporabe, ki jih določi zaprošena pogodbenica na podlagi 2. odstavka 28. člena konvencije
       *[other] Organ prosilec bo spoštoval pogoje zaupnosti in omejitve uporabe, ki jih določi zaprošena država
    }
art31-content-use-undertakings-speciality = Podatki bodo uporabljeni le za preiskavo in postopek, navedena v tem zaprosilu, razen če zaprošena pogodbenica privoli v drugačno uporabo (načelo specialnosti)
art31-content-use-explanation = Pojasnilo nameravane uporabe podatkov
    .hint = Npr. ali bo treba podatke razkriti obrambi ali jih uporabiti v povezanih postopkih, da lahko zaprošena pogodbenica ustrezno določi svoje pogoje.
art31-content-service-provider = Ponudnik storitev, ki hrani podatke
art31-content-service-provider-name = Ime ponudnika storitev
    .hint = Uradno ime ponudnika, kot je navedeno v njegovih pogojih storitve ali smernicah za organe pregona.
art31-content-service-provider-address = Naslov ali lokacija
art31-content-urgency = Nujnost
art31-content-urgency-urgent = Zaprošena je nujna izvršitev
art31-content-urgency-reasons = Razlogi za nujnost
    .hint = { $basis ->
            [budapest] Npr. osumljenec je v priporu, rok v postopku ali razlogi za domnevo, da so podatki posebej izpostavljeni izgubi ali spremembi (3. odstavek 31. člena).
           *[other] Npr. osumljenec je v priporu, rok v postopku ali razlogi za domnevo, da so podatki posebej izpostavljeni izgubi ali spremembi.
        }
art31-content-urgency-deadline = Podatki so potrebni do
art31-content-confidentiality = Zaupnost
art31-content-confidentiality-confidential = Prosimo, da dejstvo in predmet tega zaprosila ostaneta zaupna, razen v obsegu, ki je potreben za njegovo izvršitev
art31-content-confidentiality-no-notification = Prosimo, da ponudnika storitev zaprosite, naj ne obvesti naročnika ali tretje osebe
    .hint = Vprašajte zaprošeni organ, ali lahko praksa ali sistem ponudnika opozori uporabnika.
art31-content-confidentiality-reasons = Razlogi za zaupnost
    .hint = Npr. nevarnost, da osumljenec uniči dokaze, pobegne ali posvari sostorilce.
art31-content-form = Oblika podatkov, overitev in veriga skrbništva
    .hint = Da bi bila vsebina sprejeta kot dokaz, mora biti praviloma overjena: označite, kaj zahtevajo vaša sodišča, npr. forenzično kopijo z zgoščenimi vrednostmi in evidenco vseh, ki so s podatki ravnali, ali potrdilo ponudnika storitev o verodostojnosti njegovih poslovnih evidenc.
art31-content-form-electronic = Elektronska kopija v berljivi obliki
art31-content-form-certified = Overjena kopija
art31-content-form-certificate = Potrdilo ponudnika storitev o verodostojnosti poslovnih evidenc
art31-content-form-forensic = Forenzična kopija z zgoščenimi vrednostmi
art31-content-form-custody = Evidenca verige skrbništva
art31-content-form-other = Drugo
art31-content-form-other-detail = Druga zahteva
