# Predloga provider-preservation: zaprosilo, poslano neposredno ponudniku storitev, za zavarovanje podatkov.
# Nobena pogodba se ne navaja: ponudnik odloča po svoji politiki in svojem pravu; zaprosilo navaja notranje pravo,
# na podlagi katerega ravna organ prosilec.

provider-preservation-legal-basis = Zaprosilo, ki ga organ prosilec pošlje neposredno ponudniku storitev na podlagi svojega notranjega prava (oddelek 6)

## 1 do 3: datum, opravilna številka, stanje

provider-preservation-date = Datum
provider-preservation-reference = Opravilna številka / številka zadeve
provider-preservation-status = Stanje zaprosila
provider-preservation-status-new = Novo zaprosilo
provider-preservation-status-extension = Podaljšanje prejšnjega zaprosila za zavarovanje
provider-preservation-status-previous-reference = Številka prejšnjega zaprosila (številka ponudnika storitev, če jo je dodelil)
provider-preservation-previous-request-date = Datum prejšnjega zaprosila

## 4 Ponudnik storitev, na katerega je zaprosilo naslovljeno

provider-preservation-addressee = Ponudnik storitev, na katerega je zaprosilo naslovljeno
provider-preservation-addressee-name = Pravna oseba, na katero je zaprosilo naslovljeno
    .hint = Družba, ki odgovarja za storitev in za zadevne uporabnike. Zaprosila, poslana napačni pravni osebi, so pogosto zavrnjena: izberite ponudnika zgoraj ali vnesite pravno osebo, navedeno v njegovih smernicah za organe pregona.
provider-preservation-addressee-service = Zadevna storitev
    .hint = Storitev, katere podatki naj se zavarujejo, pod imenom, pod katerim jo poznajo njeni uporabniki (na primer družbeno omrežje, storitev e-pošte ali sporočanja).
provider-preservation-addressee-country = Država, v kateri ima pravna oseba sedež
provider-preservation-addressee-address = Naslov za vročanje pisanj v postopku
provider-preservation-addressee-portal = Portal ali spletni obrazec za zaprosila organov pregona
provider-preservation-addressee-email = E-poštni naslov za zaprosila organov pregona

## 5 Organ prosilec

provider-preservation-requesting-authority = Organ prosilec
provider-preservation-requesting-authority-organisation = Organ
provider-preservation-requesting-authority-person = Uradna oseba, odgovorna za zaprosilo
provider-preservation-requesting-authority-position = Položaj ali čin
provider-preservation-requesting-authority-address = Naslov
provider-preservation-requesting-authority-telephone = Telefonska številka
    .hint = V mednarodni obliki, ki se začne z znakom + in kodo države, da lahko ponudnik storitev pokliče nazaj in preveri pristnost zaprosila.
provider-preservation-requesting-authority-cell-phone = Številka mobilnega telefona
provider-preservation-requesting-authority-email = Uradni e-poštni naslov
    .hint = Naslov v uradni domeni vašega organa: ponudniki storitev lahko zavrnejo zaprosila, poslana z zasebnih ali brezplačnih e-poštnih naslovov.
provider-preservation-requesting-authority-time-zone = Časovni pas
    .hint = Časovni pas vašega urada kot odmik od UTC. Vsak čas v tem zaprosilu se nanaša na ta pas, razen če je navedeno drugače.

## 6 Pravna podlaga v notranjem pravu

provider-preservation-domestic-legal-basis = Pravna podlaga zaprosila v pravu organa prosilca
provider-preservation-domestic-legal-basis-domestic-legal-basis = Določbe notranjega prava, na podlagi katerih ravna organ prosilec
    .hint = Členi vašega notranjega prava (na primer zakona o kazenskem postopku), ki vaš organ pooblaščajo, da preiskuje zadevo in vloži to zaprosilo. Ne navajajte nobene pogodbe in ponudniku storitev ne pojasnjujte njegovega lastnega prava: o tem, ali bo zaprosilu ugodil, odloča po svoji politiki in svojem pravu.
provider-preservation-domestic-legal-basis-decision = Odločba ali odredba, s katero je zaprosilo odobreno, če obstaja
    .hint = Organ, datum in številka odločbe, sklepa ali odredbe, na podlagi katere je zaprosilo vloženo, če to zahteva vaše pravo.

## 7 Kaznivo dejanje in dejstva

provider-preservation-offence = Kaznivo dejanje in kratek povzetek dejstev
provider-preservation-offence-offences = Kazniva dejanja, ki se preiskujejo
    .hint = Ena vrstica za vsako kaznivo dejanje: njegovo ime ali kratek opis, določba vašega kazenskega zakona, ki ga opredeljuje, in najvišja kazen.
provider-preservation-offence-offences-offence = Kaznivo dejanje
provider-preservation-offence-offences-provision = Pravna določba
provider-preservation-offence-offences-penalty = Najvišja kazen
provider-preservation-offence-facts = Kratek povzetek dejstev
    .hint = V nekaj stavkih: kaj se je zgodilo, kdaj in kje, vsak datum in čas s časovnim pasom. Ponudnik storitev ne potrebuje več, kot je treba za iskanje podatkov: ime osumljenca ali oškodovanca navedite le, kadar je to nujno.

## 8 Podatki, ki naj se zavarujejo

provider-preservation-data = Podatki, ki naj se zavarujejo
provider-preservation-data-identifiers = Identifikatorji računov ali podatkov, ki naj se zavarujejo
    .hint = Vsak račun, uporabniško ime, ID uporabnika, e-poštni naslov, telefonska številka, URL ali naslov IP natanko tako, kot jih prikazuje storitev. Napačni ali nepopolni identifikatorji so eden glavnih razlogov za zavrnitev. Za naslov IP navedite izvorna vrata ter natančen datum in čas uporabe s časovnim pasom. Obdobje, ki se nanaša le na en identifikator, se navede v njegovi vrstici.
provider-preservation-data-period = Obdobje podatkov, ki naj se zavarujejo
    .hint = Obdobje, ki ga morajo podatki zajemati, če je enako za vse identifikatorje, vsak njegov konec s časovnim pasom. Zaprosila za dolga obdobja (več kot 90 dni) so pogosto zavrnjena kot preširoka.
provider-preservation-data-categories = Kategorije podatkov, ki naj se zavarujejo
    .hint = Označite le, kar preiskava potrebuje. Zavarovanje podatke ohrani nespremenjene, ne razkrije pa jih: zahtevani bodo po pravnem postopku, navedenem v oddelku 9.
provider-preservation-data-categories-subscriber = Podatki o naročnikih
provider-preservation-data-categories-traffic = Podatki o prometu, vključno z naslovi IP in evidencami prijav
provider-preservation-data-categories-content = Podatki o vsebini
provider-preservation-data-categories-other = Drugi podatki
provider-preservation-data-categories-other-detail = Drugi podatki, ki naj se zavarujejo
provider-preservation-data-relationship = Povezava podatkov s preiskavo
    .hint = Pokažite, kako so ti računi ali podatki povezani s kaznivim dejanjem, na primer: z računa so bila 20. 11. 2026 ob 14.03 UTC+04:00 poslana grozilna sporočila.

## 9 Nadaljnji pravni postopek

provider-preservation-follow-up = Razkritje zavarovanih podatkov
provider-preservation-follow-up-process = Organ prosilec bo razkritje zavarovanih podatkov zahteval z
    .hint = Označite, kaj boste poslali. Zavarovanje podatke le ohrani; da jih pridobite, pošljite zaprosilo za razkritje pravočasno pred koncem zavarovanja ali pravočasno zaprosite za podaljšanje.
provider-preservation-follow-up-process-mla = Zaprosilom za medsebojno pravno pomoč državi, v kateri ima ponudnik storitev sedež
provider-preservation-follow-up-process-provider = Zaprosilom ponudniku storitev za prostovoljno razkritje
provider-preservation-follow-up-process-other = Drugim pravnim postopkom
provider-preservation-follow-up-process-other-detail = Pravni postopek
provider-preservation-follow-up-expected-date = Pričakovani datum zaprosila za razkritje
    .hint = Kako dolgo ponudnik storitev hrani podatke, je odvisno od njegove politike: glejte njegov profil zgoraj in zaprosilo za razkritje pošljite v tem obdobju.

## 10 Zaupnost

provider-preservation-confidentiality = Zaupnost
provider-preservation-confidentiality-conditions = Zahtevana zaupnost
    .hint = Nekateri ponudniki storitev o zaprosilih obveščajo svoje uporabnike, če niso naprošeni, naj tega ne storijo, in sami odločajo, ali jih bodo obvestili. Označite, kar preiskava potrebuje, in spodaj navedite razloge.
provider-preservation-confidentiality-conditions-no-notification = Prosimo, da o tem zaprosilu ne obvestite uporabnika ali imetnika računa ali katere koli tretje osebe
provider-preservation-confidentiality-conditions-warn = Če vaša politika zahteva obvestilo uporabniku, prosimo, da pred tem obvestite organ prosilec
provider-preservation-confidentiality-details = Razlogi za zaupnost

## 11 Odgovor

provider-preservation-reply = Odgovor
provider-preservation-reply-acknowledgement = Prosimo, da potrdite, da so bili podatki zavarovani, ter sporočite številko, dodeljeno temu zaprosilu, in datum, ko se bo zavarovanje končalo
provider-preservation-reply-channel = Prosimo, odgovorite
provider-preservation-reply-channel-email = Po e-pošti na uradni naslov organa prosilca, naveden v oddelku 5
provider-preservation-reply-channel-portal = Prek vašega portala za organe pregona
provider-preservation-reply-channel-other = Na drug način
provider-preservation-reply-channel-other-detail = Način odgovora
