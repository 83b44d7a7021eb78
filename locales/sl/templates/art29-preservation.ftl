# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] 29. in 30. člen Konvencije o kibernetski kriminaliteti (ETS št. 185)
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = Datum
art29-preservation-reference = Opravilna številka / številka zadeve
art29-preservation-status = Status zaprosila
art29-preservation-status-new = Novo zaprosilo
art29-preservation-status-extension = Podaljšanje prejšnjega zaprosila
art29-preservation-status-previous-reference = Številka primera ali opravilna številka prejšnjega zaprosila
art29-preservation-previous-request-date = Datum prejšnjega zaprosila
art29-preservation-executed-date = Datum, ko je zaprošena pogodbenica izvršila zavarovanje
    .hint = Vaš lastni zaznamek, ki se v zaprosilu nikoli ne natisne: datum, ki ga potrdi zaprošena pogodbenica ali ponudnik storitev, ko je znan. Od njega teče obdobje zavarovanja, prikazano v aplikaciji in v opomniku.

## 4 Requested authority

art29-preservation-requested-authority = Zaprošeni organ
art29-preservation-requested-authority-type = Zaprosilo je naslovljeno na
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] Kontaktno točko mreže 24/7 (35. člen)
       *[other] Kontaktno točko mreže 24/7
    }
art29-preservation-requested-authority-type-competent-authority = Drug pristojni organ
art29-preservation-requested-authority-authority = Naziv organa
    .hint = { $basis ->
            [budapest] Kontaktna točka mreže 24/7 ali pristojni organ zaprošene države, kot je naveden v imeniku Sveta Evrope ali v izjavah te države.
           *[other] Kontaktna točka mreže 24/7 ali pristojni organ zaprošene države, kot je naveden v izjavah te države po izbranem instrumentu.
        }
art29-preservation-requested-authority-country = Zaprošena država
    .hint = Pogodbenica, ki je zaprošena za zavarovanje podatkov: običajno država, v kateri je računalniški sistem ali ponudnik storitev.

## 5 Requesting authority

art29-preservation-requesting-authority = Organ prosilec
art29-preservation-requesting-authority-organisation = Organizacija
art29-preservation-requesting-authority-person = Oseba, odgovorna za zaprosilo
art29-preservation-requesting-authority-address = Naslov
art29-preservation-requesting-authority-telephone = Telefonska številka
    .hint = V mednarodni obliki, ki se začne z znakom + in kodo države. Navedite številko, ki se za nujna vprašanja oglasi tudi zunaj uradnih ur.
art29-preservation-requesting-authority-cell-phone = Številka mobilnega telefona
art29-preservation-requesting-authority-email = E-poštni naslov
art29-preservation-requesting-authority-fax = Številka faksa
art29-preservation-requesting-authority-office-hours = Uradne ure
    .hint = Vaši delovni dnevi in ure v spodaj navedenem časovnem pasu, na primer: od ponedeljka do petka, 9.00–18.00.
art29-preservation-requesting-authority-time-zone = Časovni pas
    .hint = Časovni pas vašega urada kot odmik od UTC. Vsak čas v tem zaprosilu se nanaša na ta pas, razen če je navedeno drugače.
art29-preservation-requesting-authority-response = Želeni način odgovora
art29-preservation-requesting-authority-response-expedited = Zaželen je odgovor po e-pošti ali na drug hiter način
art29-preservation-requesting-authority-response-means = Zaželen je odgovor prek:
art29-preservation-requesting-authority-response-means-detail = Način odgovora

## 6 Backup contact

art29-preservation-backup-contact = Če bi bila potrebna dodatna potrditev organa prosilca, se obrnite na
art29-preservation-backup-contact-name = Ime in priimek
art29-preservation-backup-contact-job-title = Delovno mesto
art29-preservation-backup-contact-function = Funkcija
art29-preservation-backup-contact-telephone = Telefonska številka
art29-preservation-backup-contact-cell-phone = Številka mobilnega telefona
art29-preservation-backup-contact-email = E-poštni naslov

## 7 Investigative or operational authority

art29-preservation-investigative-authority = Preiskovalni ali operativni organ, pristojen za zadevo
art29-preservation-investigative-authority-different = Preiskovalni ali operativni organ ni isti kot organ prosilec
art29-preservation-investigative-authority-organisation = Organizacija
art29-preservation-investigative-authority-person = Oseba, odgovorna za zadevo
art29-preservation-investigative-authority-address = Naslov
art29-preservation-investigative-authority-telephone = Telefonska številka
art29-preservation-investigative-authority-cell-phone = Številka mobilnega telefona
art29-preservation-investigative-authority-email = E-poštni naslov
art29-preservation-investigative-authority-fax = Številka faksa

## 8 Prosecution office or court

art29-preservation-prosecution = Pristojno državno tožilstvo ali sodišče, če je primerno
art29-preservation-prosecution-office = Pristojno državno tožilstvo
art29-preservation-prosecution-office-case = Opravilna številka zadeve pri tožilstvu
art29-preservation-prosecution-court = Pristojno sodišče
art29-preservation-prosecution-court-case = Opravilna številka zadeve pri sodišču

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = Pravna podlaga zaprosila v notranjem pravu, če je primerno
    .hint = Določbe vašega notranjega prava, na podlagi katerih se zadeva preiskuje in se zaprosi za to zavarovanje, na primer členi zakona o kazenskem postopku.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] Kaznivo dejanje in kratek povzetek dejstev (točka b 2. odstavka 29. člena)
       *[other] Kaznivo dejanje in kratek povzetek dejstev
    }
art29-preservation-offence-offences = Kazniva dejanja, ki so predmet kazenske preiskave ali postopka
    .hint = Ena vrstica za vsako kaznivo dejanje: njegovo ime ali kratek opis, določba vašega kazenskega prava, ki ga opredeljuje, in najvišja zagrožena kazen.
art29-preservation-offence-offences-offence = Kaznivo dejanje
art29-preservation-offence-offences-provision = Pravna določba
art29-preservation-offence-offences-penalty = Najvišja zagrožena kazen
art29-preservation-offence-facts = Kratek povzetek dejstev
    .hint = V nekaj stavkih: kaj se je zgodilo, kdaj in kje; toliko, kolikor zaprošeni organ potrebuje, da zaprosilo razume, in nič več. Vsak datum in čas navedite s časovnim pasom. Kontaktne točke mreže 24/7 to zaprosilo pogosto posredujejo ponudniku storitev: ime osumljenca ali oškodovanca navedite le, če ga zaprošeni organ potrebuje za iskanje podatkov.
art29-preservation-offence-convention-offence = Kaznivo dejanje ustreza kaznivemu dejanju, določenemu v skladu z 2. do 11. členom Konvencije o kibernetski kriminaliteti
    .hint = Dvojna kaznivost ni pogoj za zavarovanje (3. odstavek 29. člena), razen če si je zaprošena pogodbenica pridržala pravico, da jo zahteva za kazniva dejanja, ki niso kazniva dejanja iz 2. do 11. člena (4. odstavek 29. člena). Označite in navedite člene, če je kaznivo dejanje eno od njih. Natisne se le, če je označeno.
art29-preservation-offence-convention-articles = Ustrezni členi konvencije
art29-preservation-offence-convention-articles-art2 = 2. člen: Nezakonit dostop
art29-preservation-offence-convention-articles-art3 = 3. člen: Nezakonito prestrezanje
art29-preservation-offence-convention-articles-art4 = 4. člen: Vmešavanje v podatke
art29-preservation-offence-convention-articles-art5 = 5. člen: Vmešavanje v sistem
art29-preservation-offence-convention-articles-art6 = 6. člen: Zloraba naprav
art29-preservation-offence-convention-articles-art7 = 7. člen: Ponarejanje, povezano z računalnikom
art29-preservation-offence-convention-articles-art8 = 8. člen: Goljufija, povezana z računalnikom
art29-preservation-offence-convention-articles-art9 = 9. člen: Kazniva dejanja, povezana z otroško pornografijo
art29-preservation-offence-convention-articles-art10 = 10. člen: Kazniva dejanja, povezana s kršitvami avtorske in sorodnih pravic
art29-preservation-offence-convention-articles-art11 = 11. člen: Poskus in pomoč ali napeljevanje

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] Shranjeni računalniški podatki, ki naj se zavarujejo (točka c 2. odstavka 29. člena)
       *[other] Shranjeni računalniški podatki, ki naj se zavarujejo
    }
art29-preservation-data-identifiers = Identifikatorji podatkov, ki naj se zavarujejo
    .hint = Vsak račun, uporabniško ime, e-poštni naslov, telefonska številka, naslov URL, domena, naprava ali naslov IP, katerega podatki naj se zavarujejo. Za naslov IP navedite izvorna vrata ter točen datum in čas uporabe s časovnim pasom: pri deljenem naslovu ponudnik brez njih uporabnika ne najde. Obdobje, ki se nanaša le na en identifikator, navedite v njegovi vrstici.
art29-preservation-data-period = Obdobje podatkov, ki naj se zavarujejo
    .hint = Obdobje, ki ga morajo podatki zajemati, če je enako za vse identifikatorje. Navedite začetek in konec s časovnim pasom. Zaprosite le za obdobje, ki ga preiskava potrebuje: zaprosila za dolga obdobja (več kot 90 dni) so pogosto zavrnjena kot preširoka.
art29-preservation-data-categories = Kategorije podatkov, ki naj se zavarujejo
    .hint = { $basis ->
            [budapest] Označite le, kar preiskava potrebuje. Podatki o naročnikih: identiteta naročnika, njegov naslov in uporabljena storitev (3. odstavek 18. člena). Podatki o prometu: izvor, cilj, pot, čas, datum, velikost in trajanje komunikacije ali vrsta osnovne storitve (točka d 1. člena). Podatki o vsebini: sama vsebina komunikacije.
           *[other] Označite le, kar preiskava potrebuje. Podatki o naročnikih: identiteta naročnika, njegov naslov in uporabljena storitev. Podatki o prometu: izvor, cilj, pot, čas, datum, velikost in trajanje komunikacije ali vrsta osnovne storitve. Podatki o vsebini: sama vsebina komunikacije.
        }
art29-preservation-data-categories-subscriber = Podatki o naročnikih
art29-preservation-data-categories-traffic = Podatki o prometu
art29-preservation-data-categories-content = Podatki o vsebini
art29-preservation-data-categories-other = Drugi podatki
art29-preservation-data-categories-other-detail = Drugi podatki, ki naj se zavarujejo
art29-preservation-data-relationship = Povezava podatkov s kaznivim dejanjem
    .hint = Pokažite, kako so ti podatki povezani s kaznivim dejanjem, na primer: z računa so bila 20. 11. 2026 ob 14.03 UTC+04:00 poslana grozilna sporočila ali naslov IP je bil uporabljen za prijavo na strežnik oškodovanca.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] Skrbnik podatkov in lokacija računalniškega sistema (točka d 2. odstavka 29. člena)
       *[other] Skrbnik podatkov in lokacija računalniškega sistema
    }
art29-preservation-custodian-provider = Ponudnik storitev ali drug skrbnik podatkov
    .hint = Ime družbe ali osebe, ki hrani podatke, kolikor je znano. Če ni znano, to navedite.
art29-preservation-custodian-contact = Naslov ali spletno mesto skrbnika
art29-preservation-custodian-location = Lokacija računalniškega sistema
    .hint = Kje je računalniški sistem, v katerem so podatki, kolikor je znano: država, mesto, ponudnik gostovanja ali podatkovni center.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] Nujnost zavarovanja (točka e 2. odstavka 29. člena)
       *[other] Nujnost zavarovanja
    }
art29-preservation-necessity-reasons = Razlogi za hitro zavarovanje
art29-preservation-necessity-reasons-deletion = Podatki se lahko izbrišejo, spremenijo ali izgubijo
art29-preservation-necessity-reasons-retention = Ponudnik storitev take podatke hrani le kratek čas
art29-preservation-necessity-reasons-notice = Osumljenec lahko izve za preiskavo in izbriše podatke
art29-preservation-necessity-reasons-other = Drugo
art29-preservation-necessity-reasons-other-detail = Drug razlog
art29-preservation-necessity-explanation = Pojasnilo
    .hint = Neobvezno: kaj nujnost konkretizira, na primer znano obdobje hrambe podatkov pri ponudniku ali datum, po katerem bodo podatki izbrisani.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] Zaprosilo za medsebojno pomoč, ki bo sledilo (točka f 2. odstavka 29. člena)
       *[other] Zaprosilo za medsebojno pomoč, ki bo sledilo
    }
art29-preservation-mla-intent = Pogodbenica prosilka namerava predložiti zaprosilo za medsebojno pomoč za preiskavo ali podoben dostop, zaseg ali podobno zavarovanje ali razkritje shranjenih računalniških podatkov.
art29-preservation-mla-expected-date = Pričakovani datum zaprosila za medsebojno pomoč
    .hint = { $basis ->
            [budapest] Po 7. odstavku 29. člena konvencije se zavarovanje opravi za obdobje najmanj šestdesetih dni, da se omogoči predložitev zaprosila za medsebojno pomoč; po prejemu takega zaprosila ostanejo podatki zavarovani do odločitve o njem. Kako dolgo zaprošena država dejansko hrani podatke, je odvisno od njenega prava in prakse: glejte ploščo obdobja zavarovanja in zaprosilo pošljite pravočasno pred iztekom obdobja ali pravočasno zaprosite za podaljšanje.
           *[other] Kako dolgo zaprošena država hrani podatke, je odvisno od njenega prava in prakse: glejte ploščo obdobja zavarovanja in zaprosilo za medsebojno pomoč pošljite pravočasno pred iztekom obdobja ali pravočasno zaprosite za podaljšanje.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Hitro razkritje zavarovanih podatkov o prometu (30. člen): če se pri zavarovanju podatkov o prometu v zvezi z določeno komunikacijo ugotovi, da je pri njenem prenosu sodeloval ponudnik storitev v drugi državi, prosimo, da hitro razkrijete zadostno količino podatkov o prometu za identifikacijo tega ponudnika storitev in poti, po kateri je bila komunikacija prenesena.
       *[other] Hitro razkritje zavarovanih podatkov o prometu: če se pri zavarovanju podatkov o prometu v zvezi z določeno komunikacijo ugotovi, da je pri njenem prenosu sodeloval ponudnik storitev v drugi državi, prosimo, da hitro razkrijete zadostno količino podatkov o prometu za identifikacijo tega ponudnika storitev in poti, po kateri je bila komunikacija prenesena.
    }

## 16 Confidentiality

art29-preservation-confidentiality = Zaupnost
art29-preservation-confidentiality-conditions = Zahtevana zaupnost
    .hint = Nekateri ponudniki storitev o zaprosilih obveščajo svoje uporabnike. Vprašajte zaprošeni organ, ali se to lahko zgodi, in označite, kar preiskava potrebuje.
art29-preservation-confidentiality-conditions-no-notification = Prosimo, da naročnika ali imetnika računa o tem zaprosilu ne obvestite
art29-preservation-confidentiality-conditions-warn = Prosimo, da organ prosilec obvestite pred vsakim dejanjem, ki bi lahko opozorilo uporabnika
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Če zavarovanje ne bo zagotovilo prihodnje razpoložljivosti podatkov ali bo ogrozilo zaupnost preiskave ali ji drugače škodovalo, prosimo, da o tem nemudoma obvestite organ prosilec, da se lahko odloči, ali naj se zaprosilo kljub temu izvrši (6. odstavek 29. člena)
       *[other] Če zavarovanje ne bo zagotovilo prihodnje razpoložljivosti podatkov ali bo ogrozilo zaupnost preiskave ali ji drugače škodovalo, prosimo, da o tem nemudoma obvestite organ prosilec, da se lahko odloči, ali naj se zaprosilo kljub temu izvrši
    }
art29-preservation-confidentiality-details = Druge pripombe glede zaupnosti

## 17 Acknowledgement

art29-preservation-acknowledgement = Prosimo, da potrdite, da so bili podatki zavarovani, ter sporočite številko, dodeljeno temu zaprosilu, in datum, ko se bo zavarovanje končalo
