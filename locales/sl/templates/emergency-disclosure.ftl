# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] 9. člen Drugega dodatnega protokola h Konvenciji o kibernetski kriminaliteti (CETS št. 224), prek mreže 24/7; protokol se uporablja le med državami, ki so njegove pogodbenice
        [protocol-art10] 10. člen Drugega dodatnega protokola h Konvenciji o kibernetski kriminaliteti (CETS št. 224); protokol se uporablja le med državami, ki so njegove pogodbenice
        [provider] Zaprosilo ponudniku storitev za prostovoljno razkritje v nujnem primeru
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Datum
emergency-disclosure-reference = Opravilna številka / številka zadeve

emergency-disclosure-channel = Kanal in pravna podlaga
emergency-disclosure-channel-basis = Kanal, uporabljen za to zaprosilo
    .hint = { $match ->
        [general] Izbrani instrument ne vsebuje člena o zaprosilih v nujnih primerih: zaprosilo temelji na njegovih določbah o nujnih zaprosilih in medsebojni pomoči, navedenih na začetku zaprosila.
        [user] Navedite naslov pogodbe in člene, na katerih temelji zaprosilo: natisnjeni bodo na začetku zaprosila.
       *[other] 9. člen Drugega dodatnega protokola: prek mreže 24/7, za podatke, ki jih hrani ponudnik storitev v zaprošeni državi. 10. člen: nujna medsebojna pomoč prek osrednjega ali pristojnega organa. Protokol se uporablja le med državami, za katere je v veljavi: preden izberete katero koli od teh možnosti, preverite, ali velja za obe državi. Druga pogodba, ki zavezuje obe državi: zaprosilo temelji na njenih določbah o nujnih zaprosilih in medsebojni pomoči. Vzajemnost: ne uporablja se nobena pogodba. Kanal ponudnika za nujne primere: zaprosilo gre neposredno ponudniku storitev, ki sam odloči, ali bo podatke razkril; nobena pogodba se ne navaja.
    }
emergency-disclosure-channel-basis-protocol-art9 = Hitro razkritje v nujnem primeru prek mreže 24/7 (9. člen Drugega dodatnega protokola)
emergency-disclosure-channel-basis-protocol-art10 = Nujna medsebojna pomoč (10. člen Drugega dodatnega protokola)
emergency-disclosure-channel-basis-provider = Kanal ponudnika storitev za razkritje v nujnih primerih

emergency-disclosure-addressee = Zaprošena država in naslovnik
emergency-disclosure-addressee-country = Zaprošena država
    .hint = Pri zaprosilu, poslanem neposredno ponudniku storitev: država, v kateri ima ponudnik sedež.
emergency-disclosure-addressee-name = Naslovnik: organ ali ponudnik storitev
    .hint = Kontaktna točka mreže 24/7, osrednji ali pristojni organ ali ponudnik storitev, ki se mu to zaprosilo pošilja.
emergency-disclosure-addressee-address = Naslov
emergency-disclosure-addressee-portal = Portal ali spletni obrazec za zaprosila organov pregona
emergency-disclosure-addressee-email = E-poštni naslov
emergency-disclosure-addressee-provider = Ponudnik storitev, ki hrani podatke, če ni naslovnik: ime in naslov
    .hint = Obvezno pri zaprosilu na podlagi 9. člena protokola (točka c 3. odstavka 9. člena): ime in naslov ponudnika storitev v zaprošeni državi, ki hrani podatke.

emergency-disclosure-requesting-authority = Organ prosilec
emergency-disclosure-requesting-authority-authority = Pristojni organ
emergency-disclosure-requesting-authority-officer = Uradna oseba, ki vlaga zaprosilo
emergency-disclosure-requesting-authority-position = Položaj
emergency-disclosure-requesting-authority-address = Naslov
emergency-disclosure-requesting-authority-phone = Telefon
    .hint = V mednarodni obliki: številka, ki se oglasi ob vsaki uri, dokler traja nujni primer.
emergency-disclosure-requesting-authority-mobile = Mobilni telefon
emergency-disclosure-requesting-authority-email = E-poštni naslov
    .hint = Uradni naslov vašega organa: ponudniki storitev morda ne odgovarjajo na zaprosila z zasebnih naslovov.
emergency-disclosure-requesting-authority-time-zone = Časovni pas
    .hint = Časovni pas vašega urada kot odmik od UTC. Vsak čas v tem zaprosilu se nanaša na ta pas, razen če je navedeno drugače.
emergency-disclosure-requesting-authority-reachable = Uradna oseba, ki vlaga zaprosilo, je dosegljiva na zgoraj navedenih telefonskih številkah ob vsaki uri, dokler traja nujni primer
    .hint = Nujno zaprosilo potrebuje nekoga, ki se oglasi ob vsaki uri. Če tega ne morete zagotoviti, zgoraj navedite številko vaše kontaktne točke mreže 24/7.

emergency-disclosure-authoriser = Nadrejeni ali uradna oseba, ki odobri zaprosilo
emergency-disclosure-authoriser-name = Ime in priimek
    .hint = Uradna oseba, ki je odobrila to nujno zaprosilo in ga lahko potrdi zaprošeni državi ali ponudniku storitev.
emergency-disclosure-authoriser-position = Položaj
emergency-disclosure-authoriser-phone = Telefon
emergency-disclosure-authoriser-email = E-poštni naslov

emergency-disclosure-offences = Kaznivo dejanje (kazniva dejanja)
emergency-disclosure-offences-offence = Kazniva dejanja, ki se preiskujejo
    .hint = Ena vrstica za vsako kaznivo dejanje, s pravno določbo in najvišjo zagroženo kaznijo.
emergency-disclosure-offences-offence-description = Kaznivo dejanje
emergency-disclosure-offences-offence-provision = Pravna določba
emergency-disclosure-offences-offence-penalty = Najvišja zagrožena kazen
emergency-disclosure-mla = Pravna podlaga v notranjem pravu in zahtevana medsebojna pomoč
emergency-disclosure-mla-domestic-legal-basis = Pravna podlaga v notranjem pravu
    .hint = Določbe vašega notranjega prava, na podlagi katerih se zadeva preiskuje in vlaga to zaprosilo. Obvezno za nujno medsebojno pomoč (10. člen protokola); priporočeno na vsaki poti, saj so zaprosila brez tega pogosto zavrnjena.
emergency-disclosure-mla-prosecution = Pristojno državno tožilstvo ali sodišče in opravilna številka
    .hint = Za nujno medsebojno pomoč: pravosodni organ, pristojen za zadevo, če obstaja.
emergency-disclosure-mla-assistance = Zahtevana pomoč
    .hint = Za nujno medsebojno pomoč: kaj se od zaprošene države zahteva, na primer, da ponudniku storitev odredi razkritje podatkov, opisanih v oddelku 9, in jih preda organu prosilcu.
emergency-disclosure-mla-procedure = Postopki, ki jih je treba upoštevati pri izvršitvi
    .hint = Za nujno medsebojno pomoč, kadar to zahteva vaše pravo: na primer potrdilo o verodostojnosti evidenc ali oblika, v kateri morajo biti podatki pridobljeni, da so dopustni kot dokaz.

emergency-disclosure-emergency = Nujni primer
emergency-disclosure-emergency-risk = Vrsta nevarnosti
emergency-disclosure-emergency-risk-kidnapping = Ugrabitev ali jemanje talcev
emergency-disclosure-emergency-risk-threat-to-kill = Grožnja z usmrtitvijo
emergency-disclosure-emergency-risk-suicide = Nevarnost samomora
emergency-disclosure-emergency-risk-child = Nevarnost za življenje ali varnost otroka
emergency-disclosure-emergency-risk-terrorism = Teroristična grožnja
emergency-disclosure-emergency-risk-bomb = Bombna grožnja
emergency-disclosure-emergency-risk-other = Druga nevarnost za življenje ali varnost
emergency-disclosure-emergency-risk-other-detail = Vrsta nevarnosti
emergency-disclosure-emergency-facts = Dejstva, ki kažejo na znatno in neposredno nevarnost za življenje ali varnost fizične osebe
    .hint = { $basis ->
            [protocol2] Navedite, kdo je ogrožen (ime ali opis), v čem je nevarnost, zakaj se lahko uresniči vsak trenutek ter od kod izvira informacija in kdaj je bila prejeta (s časovnim pasom). Nevarnost, ki je le mogoča ali ni neposredna, ni nujni primer v smislu protokola.
           *[other] Navedite, kdo je ogrožen (ime ali opis), v čem je nevarnost, zakaj se lahko uresniči vsak trenutek ter od kod izvira informacija in kdaj je bila prejeta (s časovnim pasom). Nevarnost, ki je le mogoča ali ni neposredna, ni nujni primer.
        }
emergency-disclosure-emergency-relation = Kako so zahtevani podatki povezani z nujnim primerom
    .hint = Navedite, kako bodo podatki pomagali odvrniti nevarnost, na primer z določitvijo lokacije ogrožene osebe ali identifikacijo osebe, ki grozi, in zakaj se domneva, da jih hrani ta ponudnik storitev.
emergency-disclosure-emergency-urgency = Zakaj podatkov ni mogoče pravočasno pridobiti z zavarovanjem in medsebojno pravno pomočjo
    .hint = Navedite, kako hitro lahko nastane škoda in zakaj zaprosilo za zavarovanje, ki bi mu sledilo zaprosilo za medsebojno pravno pomoč, ali odredba o predložitvi ne bi pravočasno pridobila podatkov.
emergency-disclosure-emergency-needed-by = Podatki so potrebni do
    .hint = Najpoznejši čas, ko lahko podatki še pomagajo, s časovnim pasom. Pustite prazno, če so podatki potrebni takoj.

emergency-disclosure-data = Zahtevani podatki
emergency-disclosure-data-identifiers = Identifikatorji zahtevanih podatkov
    .hint = Vsak račun, naslov ali številka natanko tako, kot jih prikazuje storitev. Za naslov IP navedite izvorna vrata ter točen datum in čas s časovnim pasom: kjer so naslovi deljeni, ponudnik brez njih ne more identificirati uporabnika.
emergency-disclosure-data-period = Obdobje zahtevanih podatkov
    .hint = Tako ozko, kot dopušča nujni primer, vsak konec s časovnim pasom: nujni primer le redko upravičuje več kot nekaj dni (obdobje, daljše od 7 dni, je označeno).
emergency-disclosure-data-categories = Kategorije zahtevanih podatkov
    .hint = Zaprosite le za podatke, ki jih nujni primer zahteva. Ponudniki storitev v nekaterih državah, na primer v Združenih državah, lahko tujim organom neposredno razkrijejo le podatke, ki niso podatki o vsebini.
emergency-disclosure-data-categories-subscriber = Podatki o naročnikih
emergency-disclosure-data-categories-traffic = Podatki o prometu
emergency-disclosure-data-categories-content = Podatki o vsebini
emergency-disclosure-data-categories-location = Podatki o lokaciji
emergency-disclosure-data-categories-other = Drugi podatki
emergency-disclosure-data-categories-other-detail = Drugi zahtevani podatki

emergency-disclosure-instructions = Posebna postopkovna navodila
emergency-disclosure-instructions-confidentiality = Zaupnost: o tem zaprosilu ne obveščajte uporabnika ali tretjih oseb
    .hint = Nekateri ponudniki storitev o zaprosilih obvestijo svoje uporabnike, razen če so zaprošeni, naj tega ne storijo. Če uporabnik izve za zaprosilo, se lahko ogroženi osebi zgodi škoda.
emergency-disclosure-instructions-format = Želena oblika podatkov
emergency-disclosure-instructions-format-electronic = Elektronska in strojno berljiva (na primer preglednica ali datoteka CSV)
emergency-disclosure-instructions-format-document = Elektronski dokument (PDF)
emergency-disclosure-instructions-format-usual = Oblika, ki jo ponudnik storitev običajno uporablja
emergency-disclosure-instructions-format-other = Druga oblika
emergency-disclosure-instructions-format-other-detail = Oblika
emergency-disclosure-instructions-other = Druga navodila ali informacije, ki lahko pomagajo pri pridobitvi podatkov

emergency-disclosure-follow-up = Nadaljnji pravni postopek
emergency-disclosure-follow-up-process = Pravni postopek, ki bo sledil temu zaprosilu
    .hint = Ali bodo podatki, razkriti v nujnem primeru, ponovno zahtevani v formalnem pravnem postopku, da jih bo mogoče uporabiti kot dokaz.
emergency-disclosure-follow-up-process-mla = Zaprosilo za medsebojno pravno pomoč
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Odredba o predložitvi ponudniku storitev na podlagi 7. člena Drugega dodatnega protokola
       *[other] Odredba o predložitvi ponudniku storitev
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Zaprosilo za hitro zavarovanje shranjenih računalniških podatkov (29. člen konvencije)
        [protocol2] Zaprosilo za hitro zavarovanje shranjenih računalniških podatkov (29. člen konvencije)
       *[other] Zaprosilo za hitro zavarovanje shranjenih računalniških podatkov
    }
emergency-disclosure-follow-up-process-none = Nadaljnji pravni postopek ni predviden
emergency-disclosure-follow-up-process-other = Drug pravni postopek
emergency-disclosure-follow-up-process-other-detail = Pravni postopek
emergency-disclosure-follow-up-expected-date = Predvideni datum pošiljanja
    .hint = Pustite prazno, če nadaljnji pravni postopek ni predviden.
emergency-disclosure-follow-up-details = Podrobnosti nadaljnjega postopka ali razlog, zakaj ni predviden
