# Predloga provider-disclosure: zaprosilo, poslano neposredno ponudniku storitev, za prostovoljno razkritje podatkov,
# ki niso podatki o vsebini (podatki o naročnikih, naslovi IP in evidence prijav). Nobena pogodba se ne navaja:
# ponudnik po svoji politiki in svojem pravu odloča, ali bo podatke razkril; zaprosilo navaja notranje pravo, na
# podlagi katerega ravna organ prosilec.

provider-disclosure-legal-basis = Zaprosilo, ki ga organ prosilec pošlje neposredno ponudniku storitev na podlagi svojega notranjega prava (oddelek 6), za prostovoljno razkritje
provider-disclosure-date = Datum
provider-disclosure-reference = Opravilna številka / številka zadeve
provider-disclosure-status = Stanje zaprosila
provider-disclosure-status-new = Novo zaprosilo
provider-disclosure-status-follow-up-preservation = Nadaljevanje zaprosila za zavarovanje, poslanega ponudniku storitev
provider-disclosure-previous-preservation = Zaprosilo za zavarovanje, ki se nadaljuje
provider-disclosure-previous-preservation-date = Datum zaprosila za zavarovanje
provider-disclosure-previous-preservation-reference = Opravilna številka zaprosila za zavarovanje
provider-disclosure-previous-preservation-provider-reference = Številka, ki jo je ponudnik storitev dodelil zavarovanju
    .hint = Če je ponudnik storitev zavarovanje potrdil pod svojo številko, jo navedite: ponudnik tako takoj najde zavarovane podatke.

## 4 Ponudnik storitev, na katerega je zaprosilo naslovljeno

provider-disclosure-addressee = Ponudnik storitev, na katerega je zaprosilo naslovljeno
provider-disclosure-addressee-name = Pravna oseba, na katero je zaprosilo naslovljeno
    .hint = Družba, ki odgovarja za storitev in za zadevne uporabnike. Zaprosila, poslana napačni pravni osebi, so pogosto zavrnjena: izberite ponudnika zgoraj ali vnesite pravno osebo, navedeno v njegovih smernicah za organe pregona.
provider-disclosure-addressee-service = Zadevna storitev
    .hint = Storitev, katere podatki se zahtevajo, pod imenom, pod katerim jo poznajo njeni uporabniki (na primer družbeno omrežje, storitev e-pošte ali sporočanja).
provider-disclosure-addressee-country = Država, v kateri ima pravna oseba sedež
provider-disclosure-addressee-address = Naslov za vročanje pisanj v postopku
provider-disclosure-addressee-portal = Portal ali spletni obrazec za zaprosila organov pregona
provider-disclosure-addressee-email = E-poštni naslov za zaprosila organov pregona

## 5 Organ prosilec

provider-disclosure-requesting-authority = Organ prosilec
provider-disclosure-requesting-authority-organisation = Organ
provider-disclosure-requesting-authority-person = Uradna oseba, odgovorna za zaprosilo
provider-disclosure-requesting-authority-position = Položaj ali čin
provider-disclosure-requesting-authority-address = Naslov
provider-disclosure-requesting-authority-telephone = Telefonska številka
    .hint = V mednarodni obliki, ki se začne z znakom + in kodo države, da lahko ponudnik storitev pokliče nazaj in preveri pristnost zaprosila.
provider-disclosure-requesting-authority-cell-phone = Številka mobilnega telefona
provider-disclosure-requesting-authority-email = Uradni e-poštni naslov
    .hint = Naslov v uradni domeni vašega organa: ponudniki storitev lahko zavrnejo zaprosila, poslana z zasebnih ali brezplačnih e-poštnih naslovov.
provider-disclosure-requesting-authority-time-zone = Časovni pas
    .hint = Časovni pas vašega urada kot odmik od UTC. Vsak čas v tem zaprosilu se nanaša na ta pas, razen če je navedeno drugače.

## 6 Pravna podlaga v notranjem pravu

provider-disclosure-domestic-legal-basis = Pravna podlaga zaprosila v pravu organa prosilca
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Določbe notranjega prava, na podlagi katerih ravna organ prosilec
    .hint = Členi vašega notranjega prava (na primer zakona o kazenskem postopku), ki vaš organ pooblaščajo, da preiskuje zadevo in zahteva te podatke. Ne navajajte nobene pogodbe in ponudniku storitev ne pojasnjujte njegovega lastnega prava: o tem, ali bo podatke razkril, odloča po svoji politiki in svojem pravu.
provider-disclosure-domestic-legal-basis-decision = Odločba ali odredba, s katero je zaprosilo odobreno, če obstaja
    .hint = Organ, datum in številka odločbe, sklepa ali odredbe, na podlagi katere je zaprosilo vloženo, če to zahteva vaše pravo. Številni ponudniki storitev zahtevajo listino, ki bi jo zahtevalo njihovo lastno pravo, ali njen lokalni ustreznik: glejte ponudnikove zahteve zgoraj.

## 7 Kaznivo dejanje in dejstva

provider-disclosure-offence = Kaznivo dejanje in kratek povzetek dejstev
provider-disclosure-offence-offences = Kazniva dejanja, ki se preiskujejo
    .hint = Ena vrstica za vsako kaznivo dejanje: njegovo ime ali kratek opis, določba vašega kazenskega zakona, ki ga opredeljuje, in najvišja kazen.
provider-disclosure-offence-offences-offence = Kaznivo dejanje
provider-disclosure-offence-offences-provision = Pravna določba
provider-disclosure-offence-offences-penalty = Najvišja kazen
provider-disclosure-offence-facts = Kratek povzetek dejstev
    .hint = V nekaj stavkih: kaj se je zgodilo, kdaj in kje, vsak datum in čas s časovnim pasom. Ponudnik storitev ne potrebuje več, kot je treba za iskanje podatkov in za razumevanje, zakaj so potrebni: ime osumljenca ali oškodovanca navedite le, kadar je to nujno.

## 8 Zahtevani podatki

provider-disclosure-data = Zahtevani podatki (brez vsebine komunikacije)
provider-disclosure-data-identifiers = Identifikatorji zadevnih računov
    .hint = Vsak račun, uporabniško ime, ID uporabnika, e-poštni naslov, telefonska številka, URL ali naslov IP natanko tako, kot jih prikazuje storitev. Napačni ali nepopolni identifikatorji so eden glavnih razlogov za zavrnitev. Za naslov IP navedite izvorna vrata ter natančen datum in čas uporabe s časovnim pasom. Obdobje, ki se nanaša le na en identifikator, se navede v njegovi vrstici.
provider-disclosure-data-period = Obdobje zahtevanih podatkov
    .hint = Oba konca s časovnim pasom, tako ozko, kot dopušča preiskava. Zaprosila za dolga obdobja (več kot 90 dni) so pogosto zavrnjena kot preširoka.
provider-disclosure-data-categories = Kategorije zahtevanih podatkov
    .hint = Le podatki, ki niso podatki o vsebini: ponudniki storitev tujim organom vsebino komunikacije praviloma razkrijejo le z medsebojno pravno pomočjo. Označite le, kar preiskava potrebuje.
provider-disclosure-data-categories-subscriber = Podatki o naročnikih: navedeno ime, naslov, e-poštni naslov in telefonska številka ter datum ustvarjenja računa
provider-disclosure-data-categories-registration-ip = Naslov IP, uporabljen za ustvarjenje računa, z datumom, časom, časovnim pasom in izvornimi vrati
provider-disclosure-data-categories-login-ip = Naslovi IP prijav (evidence prijav), z datumom, časom, časovnim pasom in izvornimi vrati
provider-disclosure-data-categories-services = Uporabljene storitve in obdobje uporabe
provider-disclosure-data-categories-other = Drugi podatki, ki niso podatki o vsebini
provider-disclosure-data-categories-other-detail = Drugi zahtevani podatki
provider-disclosure-data-relationship = Pomen podatkov za preiskavo
    .hint = Pokažite, kako so ti računi povezani s kaznivim dejanjem in kaj bodo podatki dokazali, na primer: z računa so bila 20. 11. 2026 ob 14.03 UTC+04:00 poslana grozilna sporočila; podatki o naročniku in evidence prijav bodo omogočili identifikacijo osebe, ki ga je uporabljala.

## 9 Nujnost

provider-disclosure-urgency = Nujnost
provider-disclosure-urgency-reasons = Razlogi, zakaj je zaprosilo nujno, če je
    .hint = Na primer datum glavne obravnave ali preizkusa pripora. Če obstaja nevarnost za življenje ali varnost osebe, namesto tega uporabite nujno zaprosilo za razkritje.
provider-disclosure-urgency-deadline = Podatki so potrebni do
    .hint = Pustite prazno, če roka ni.

## 10 Zaupnost

provider-disclosure-confidentiality = Zaupnost
provider-disclosure-confidentiality-conditions = Zahtevana zaupnost
    .hint = Nekateri ponudniki storitev o zaprosilih obveščajo svoje uporabnike, če niso naprošeni, naj tega ne storijo, in sami odločajo, ali jih bodo obvestili. Označite, kar preiskava potrebuje, in spodaj navedite razloge.
provider-disclosure-confidentiality-conditions-no-notification = Prosimo, da o tem zaprosilu ne obvestite uporabnika ali imetnika računa ali katere koli tretje osebe
provider-disclosure-confidentiality-conditions-warn = Če vaša politika zahteva obvestilo uporabniku, prosimo, da pred tem obvestite organ prosilec
provider-disclosure-confidentiality-details = Razlogi za zaupnost

## 11 Odgovor

provider-disclosure-reply = Odgovor
provider-disclosure-reply-format = Želena oblika podatkov
provider-disclosure-reply-format-electronic = Elektronska in strojno berljiva (na primer preglednica ali datoteka CSV)
provider-disclosure-reply-format-document = Elektronski dokument (PDF)
provider-disclosure-reply-format-usual = Oblika, ki jo običajno uporabljate
provider-disclosure-reply-channel = Prosimo, odgovorite
provider-disclosure-reply-channel-email = Po e-pošti na uradni naslov organa prosilca, naveden v oddelku 5
provider-disclosure-reply-channel-portal = Prek vašega portala za organe pregona
provider-disclosure-reply-channel-other = Na drug način
provider-disclosure-reply-channel-other-detail = Način odgovora
