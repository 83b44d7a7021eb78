# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] 31. člen Konvencije o kibernetski kriminaliteti (ETS št. 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Datum
art31-subscriber-reference = Opravilna številka / številka zadeve
art31-subscriber-status = Status zaprosila
    .hint = Označite vsa polja, ki veljajo. Nadaljevanje odpre oddelka 9 in 10 za podatke o prejšnjem zaprosilu.
art31-subscriber-status-new = Novo zaprosilo
art31-subscriber-status-follow-up-mla = Nadaljevanje prejšnjega zaprosila za medsebojno pravno pomoč (podrobnosti v oddelku 9)
art31-subscriber-status-follow-up-preservation = Nadaljevanje prejšnjega zaprosila za zavarovanje (podrobnosti v oddelku 10)
art31-subscriber-requested-authority = Zaprošeni organ
art31-subscriber-requested-authority-country = Zaprošena država
art31-subscriber-requested-authority-authority = Organ
    .hint = { $basis ->
            [budapest] Osrednji organ zaprošene države za medsebojno pomoč (2. odstavek 27. člena) ali organ, ki ga je ta država določila za sprejemanje takih zaprosil.
           *[other] Osrednji organ zaprošene države za medsebojno pomoč ali organ, ki ga je ta država določila za sprejemanje takih zaprosil.
        }
art31-subscriber-requesting-authority = Organ prosilec
art31-subscriber-requesting-authority-organisation = Organizacija
art31-subscriber-requesting-authority-person = Oseba, odgovorna za zaprosilo
art31-subscriber-requesting-authority-address = Naslov
art31-subscriber-requesting-authority-phone = Telefonska številka
art31-subscriber-requesting-authority-mobile = Številka mobilnega telefona
art31-subscriber-requesting-authority-email = E-poštni naslov
art31-subscriber-requesting-authority-fax = Številka faksa
art31-subscriber-requesting-authority-office-hours = Uradne ure
art31-subscriber-requesting-authority-time-zone = Časovni pas
    .hint = Časovni pas vašega urada kot odmik od UTC. Vsak drug čas v tem zaprosilu je naveden s svojim časovnim pasom.
art31-subscriber-requesting-authority-response = Način odgovora
art31-subscriber-requesting-authority-response-expedited = Zaželen je odgovor po e-pošti ali na drug hiter način
art31-subscriber-requesting-authority-response-other = Zaželen je odgovor na drug način
art31-subscriber-requesting-authority-response-other-detail = Zaželen je odgovor prek
art31-subscriber-additional-contact = Če bi bila potrebna dodatna potrditev organa prosilca, se obrnite na
art31-subscriber-additional-contact-contacts = Kontaktna oseba
art31-subscriber-additional-contact-contacts-name = Ime in priimek
art31-subscriber-additional-contact-contacts-job-title = Delovno mesto
art31-subscriber-additional-contact-contacts-function = Funkcija
art31-subscriber-additional-contact-contacts-phone = Telefonska številka
art31-subscriber-additional-contact-contacts-mobile = Številka mobilnega telefona
art31-subscriber-additional-contact-contacts-email = E-poštni naslov
art31-subscriber-investigating-authority = Preiskovalni / operativni organ, pristojen za zadevo (če ni isti kot organ prosilec)
art31-subscriber-investigating-authority-organisation = Organizacija
art31-subscriber-investigating-authority-person = Oseba, odgovorna za zadevo
art31-subscriber-investigating-authority-address = Naslov
art31-subscriber-investigating-authority-phone = Telefonska številka
art31-subscriber-investigating-authority-mobile = Številka mobilnega telefona
art31-subscriber-investigating-authority-email = E-poštni naslov
art31-subscriber-investigating-authority-fax = Številka faksa
art31-subscriber-prosecution-court = Pristojno državno tožilstvo ali sodišče, če je primerno
art31-subscriber-prosecution-court-prosecution = Pristojno državno tožilstvo in opravilna številka
art31-subscriber-prosecution-court-court = Pristojno sodišče in opravilna številka
art31-subscriber-prosecution-court-decisions = Odločbe tožilstva ali sodišča, povezane s tem zaprosilom
    .hint = Za vsako odločbo: organ, njen datum in številka ter kaj odreja ali dovoljuje. Priložite kopijo, če jo zaprošena država zahteva.
art31-subscriber-previous-mla = Podatki o prejšnjem zaprosilu za medsebojno pravno pomoč, če je primerno
art31-subscriber-previous-mla-date = Datum
art31-subscriber-previous-mla-reference = Številka primera / opravilna številka
art31-subscriber-previous-mla-requesting = Kontaktni podatki organa, ki je vložil prejšnje zaprosilo
art31-subscriber-previous-mla-executing = Kontaktni podatki organa, ki je na prejšnje zaprosilo odgovoril (ali ga izvršil)
art31-subscriber-previous-mla-channel = Način komunikacije, uporabljen za predložitev prejšnjega zaprosila (e-poštni naslov, številka faksa itd.)
art31-subscriber-previous-preservation = Podatki o prejšnjem zaprosilu za zavarovanje, če je primerno
art31-subscriber-previous-preservation-date = Datum
art31-subscriber-previous-preservation-reference = Številka primera / opravilna številka
art31-subscriber-previous-preservation-requesting = Kontaktni podatki organa, ki je zaprosil za zavarovanje
art31-subscriber-previous-preservation-executing = Kontaktni podatki organa, ki je na zaprosilo za zavarovanje odgovoril (ali ga izvršil)
art31-subscriber-previous-preservation-channel = Komunikacijski kanal
art31-subscriber-previous-preservation-channel-network-247 = Kontaktna točka mreže 24/7
art31-subscriber-previous-preservation-channel-provider = Neposredno ponudniku storitev
art31-subscriber-previous-preservation-channel-police = Kanal policijskega sodelovanja
art31-subscriber-previous-preservation-channel-mla = Osrednji organ za medsebojno pomoč
art31-subscriber-previous-preservation-channel-other = Drugo
art31-subscriber-previous-preservation-channel-other-detail = Uporabljeni kanal
art31-subscriber-previous-preservation-expiry = Podatki zavarovani do
    .hint = Datum, ko se zavarovanje konča, kot ga je potrdila zaprošena država ali ponudnik storitev, če je znan.
art31-subscriber-legal-grounds = Pravna podlaga zaprosila
art31-subscriber-legal-grounds-domestic = Pravna podlaga zaprosila v notranjem pravu, če je primerno
    .hint = Določbe vašega prava, na podlagi katerih se vlaga to zaprosilo, npr. členi zakona o kazenskem postopku o zaprosilih za medsebojno pravno pomoč.
art31-subscriber-legal-grounds-instruments = Druge veljavne pogodbe ali dogovori
art31-subscriber-legal-grounds-instruments-ets-30 = Evropska konvencija o medsebojni pravni pomoči v kazenskih zadevah (ETS št. 30) in njeni protokoli
art31-subscriber-legal-grounds-instruments-bilateral = Dvostranska pogodba
art31-subscriber-legal-grounds-instruments-bilateral-detail = Naslov in datum pogodbe
art31-subscriber-legal-grounds-instruments-reciprocity = Vzajemnost
art31-subscriber-offences = Kaznivo dejanje (kazniva dejanja)
art31-subscriber-offences-offences = Kaznivo dejanje
art31-subscriber-offences-offences-name = Kaznivo dejanje
art31-subscriber-offences-offences-provision = Pravna določba
art31-subscriber-offences-offences-penalty = Najvišja zagrožena kazen
art31-subscriber-offences-damage = Povzročena škoda
    .hint = Znesek škode v njeni valuti, če je škoda nastala.
art31-subscriber-offences-damage-below-threshold = Škoda je manjša od protivrednosti 5.000 USD
    .hint = Vaše lastno preverjanje, ki se v zaprosilu nikoli ne natisne. Združene države praviloma zavrnejo zaprosila glede škode, manjše od 5.000 USD; primerjajte škodo v vaši valuti s tem zneskom.
art31-subscriber-facts = Kratek povzetek dejstev
    .hint = Kdo je kaj storil, kdaj in kje ter kako je bilo kaznivo dejanje storjeno s pomočjo zadevne storitve. Vsak čas navedite s časovnim pasom.
art31-subscriber-identifiers = Identifikatorji in obdobje zahtevanih podatkov
art31-subscriber-identifiers-identifiers = Identifikatorji zahtevanih podatkov
    .hint = Vsak račun, naslov ali številka, katerih naročnik se išče. Za naslov IP navedite izvorna vrata ter točen datum in čas s časovnim pasom: pri deljenih naslovih ponudnik brez njih ne more identificirati naročnika.
art31-subscriber-identifiers-period = Točno obdobje, za katero se zahtevajo podatki
    .hint = Začetek in konec s časovnim pasom. Zaprosite le za obdobje, ki ga preiskava potrebuje: zaprosila za dolga obdobja (več kot 90 dni) so pogosto zavrnjena kot preširoka.
art31-subscriber-categories = Zahtevani podatki o naročnikih
    .hint = { $basis ->
            [budapest] Označite le, kar preiskava potrebuje. Prvih šest polj sledi opredelitvi podatkov o naročnikih v 3. odstavku 18. člena konvencije.
           *[other] Označite le, kar preiskava potrebuje.
        }
art31-subscriber-categories-service = Vrsta uporabljene komunikacijske storitve, tehnični ukrepi, sprejeti v ta namen, in obdobje storitve
art31-subscriber-categories-identity = Identiteta naročnika
art31-subscriber-categories-address = Poštni ali geografski naslov
art31-subscriber-categories-access-number = Telefonske in druge dostopne številke
art31-subscriber-categories-billing = Podatki o zaračunavanju in plačilih
art31-subscriber-categories-installation = Kraj namestitve komunikacijske opreme
art31-subscriber-categories-email = E-poštni naslovi, povezani z računom
art31-subscriber-categories-registration-ip = Naslov IP ter datum in čas registracije
art31-subscriber-categories-login-ip-at = Naslov IP prijave na datum in ob času, navedenih pri identifikatorju (za identifikacijo naročnika)
art31-subscriber-categories-other = Drugo
art31-subscriber-categories-other-detail = Drugi zahtevani podatki
art31-subscriber-relevance = Povezava podatkov s preiskavo
    .hint = Pojasnite, kako je vsak identifikator povezan s kaznivim dejanjem in osumljencem ter zakaj se domneva, da podatke hrani ponudnik storitev.
art31-subscriber-service-provider = Ponudnik storitev, ki hrani podatke
art31-subscriber-service-provider-name = Ime ponudnika storitev
    .hint = Uradno ime ponudnika, kot je navedeno v njegovih pogojih storitve ali smernicah za organe pregona.
art31-subscriber-service-provider-address = Naslov ali lokacija
art31-subscriber-urgency = Nujnost
art31-subscriber-urgency-urgent = Zaprošena je nujna izvršitev
art31-subscriber-urgency-reasons = Razlogi za nujnost
    .hint = { $basis ->
            [budapest] Npr. osumljenec je v priporu, rok v postopku ali razlogi za domnevo, da so podatki posebej izpostavljeni izgubi ali spremembi (3. odstavek 31. člena).
           *[other] Npr. osumljenec je v priporu, rok v postopku ali razlogi za domnevo, da so podatki posebej izpostavljeni izgubi ali spremembi.
        }
art31-subscriber-urgency-deadline = Podatki so potrebni do
art31-subscriber-confidentiality = Zaupnost
art31-subscriber-confidentiality-confidential = Prosimo, da dejstvo in predmet tega zaprosila ostaneta zaupna, razen v obsegu, ki je potreben za njegovo izvršitev
art31-subscriber-confidentiality-no-notification = Prosimo, da ponudnika storitev zaprosite, naj ne obvesti naročnika ali tretje osebe
    .hint = Vprašajte zaprošeni organ, ali lahko praksa ali sistem ponudnika opozori uporabnika.
art31-subscriber-confidentiality-reasons = Razlogi za zaupnost
    .hint = Npr. nevarnost, da osumljenec uniči dokaze, pobegne ali posvari sostorilce.
art31-subscriber-form = Oblika podatkov in overitev
art31-subscriber-form-electronic = Elektronska kopija v berljivi obliki
art31-subscriber-form-certified = Overjena kopija
art31-subscriber-form-certificate = Potrdilo ponudnika storitev o verodostojnosti poslovnih evidenc
art31-subscriber-form-other = Drugo
art31-subscriber-form-other-detail = Druga zahteva
