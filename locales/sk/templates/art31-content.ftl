# Template art31-content: mutual legal assistance request for stored content data, with traffic data and subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3), 25(5), 28 and 31 of the Convention.

art31-content-legal-basis = { $basis ->
        [budapest] Článok 31 Dohovoru o počítačovej kriminalite (ETS č. 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Dátum
art31-content-reference = Číslo konania / spisová značka
art31-content-status = Stav žiadosti
    .hint = Označte všetky polia, ktoré sa uplatňujú. Nadväzujúca žiadosť otvorí oddiely 9 a 10 pre údaje o skoršej žiadosti.
art31-content-status-new = Nová žiadosť
art31-content-status-follow-up-mla = Nadväzuje na predchádzajúcu žiadosť o vzájomnú právnu pomoc (podrobnosti v oddiele 9)
art31-content-status-follow-up-preservation = Nadväzuje na predchádzajúcu žiadosť o uchovanie (podrobnosti v oddiele 10)
art31-content-requested-authority = Dožiadaný orgán
art31-content-requested-authority-country = Dožiadaný štát
art31-content-requested-authority-authority = Orgán
    .hint = { $basis ->
            [budapest] Ústredný orgán dožiadaného štátu pre vzájomnú pomoc (článok 27 ods. 2) alebo orgán, ktorý tento štát určil na prijímanie takýchto žiadostí.
           *[other] Ústredný orgán dožiadaného štátu pre vzájomnú pomoc alebo orgán, ktorý tento štát určil na prijímanie takýchto žiadostí.
        }
art31-content-requesting-authority = Dožadujúci orgán
art31-content-requesting-authority-organisation = Organizácia
art31-content-requesting-authority-person = Osoba zodpovedná za žiadosť
art31-content-requesting-authority-address = Adresa
art31-content-requesting-authority-phone = Telefónne číslo
art31-content-requesting-authority-mobile = Číslo mobilného telefónu
art31-content-requesting-authority-email = E-mailová adresa
art31-content-requesting-authority-fax = Číslo faxu
art31-content-requesting-authority-office-hours = Úradné hodiny
art31-content-requesting-authority-time-zone = Časové pásmo
    .hint = Časové pásmo Vášho úradu ako posun voči UTC. Každý iný čas v tejto žiadosti je uvedený s vlastným časovým pásmom.
art31-content-requesting-authority-response = Spôsob odpovede
art31-content-requesting-authority-response-expedited = Uprednostňuje sa odpoveď e-mailom alebo iným rýchlym spôsobom
art31-content-requesting-authority-response-other = Uprednostňuje sa odpoveď iným spôsobom
art31-content-requesting-authority-response-other-detail = Uprednostňuje sa odpoveď prostredníctvom
art31-content-additional-contact = Ak bude potrebné dodatočné potvrdenie od dožadujúceho orgánu, obráťte sa, prosím, na
art31-content-additional-contact-contacts = Kontaktná osoba
art31-content-additional-contact-contacts-name = Meno a priezvisko
art31-content-additional-contact-contacts-job-title = Pracovné zaradenie
art31-content-additional-contact-contacts-function = Funkcia
art31-content-additional-contact-contacts-phone = Telefónne číslo
art31-content-additional-contact-contacts-mobile = Číslo mobilného telefónu
art31-content-additional-contact-contacts-email = E-mailová adresa
art31-content-investigating-authority = Vyšetrujúci / operatívny orgán príslušný vo veci (ak je iný ako dožadujúci orgán)
art31-content-investigating-authority-organisation = Organizácia
art31-content-investigating-authority-person = Osoba zodpovedná za vec
art31-content-investigating-authority-address = Adresa
art31-content-investigating-authority-phone = Telefónne číslo
art31-content-investigating-authority-mobile = Číslo mobilného telefónu
art31-content-investigating-authority-email = E-mailová adresa
art31-content-investigating-authority-fax = Číslo faxu
art31-content-prosecution-court = Príslušná prokuratúra alebo súd, ak je to relevantné
art31-content-prosecution-court-prosecution = Príslušná prokuratúra a spisová značka
art31-content-prosecution-court-court = Príslušný súd a spisová značka
art31-content-prosecution-court-decisions = Rozhodnutia prokuratúry alebo súdu súvisiace s touto žiadosťou
    .hint = Pri každom rozhodnutí: orgán, jeho dátum a číslo a čo nariaďuje alebo povoľuje. Pripojte kópiu, ak to dožiadaný štát vyžaduje.
art31-content-previous-mla = Informácie o predchádzajúcej žiadosti o vzájomnú právnu pomoc, ak je to relevantné
art31-content-previous-mla-date = Dátum
art31-content-previous-mla-reference = Číslo prípadu / číslo konania
art31-content-previous-mla-requesting = Kontaktné údaje orgánu, ktorý podal predchádzajúcu žiadosť
art31-content-previous-mla-executing = Kontaktné údaje orgánu, ktorý na predchádzajúcu žiadosť odpovedal (alebo ju vybavil)
art31-content-previous-mla-channel = Spôsob komunikácie použitý na podanie predchádzajúcej žiadosti (e-mailová adresa, číslo faxu atď.)
art31-content-previous-preservation = Informácie o predchádzajúcej žiadosti o uchovanie, ak je to relevantné
art31-content-previous-preservation-date = Dátum
art31-content-previous-preservation-reference = Číslo prípadu / číslo konania
art31-content-previous-preservation-requesting = Kontaktné údaje orgánu, ktorý o uchovanie požiadal
art31-content-previous-preservation-executing = Kontaktné údaje orgánu, ktorý na žiadosť o uchovanie odpovedal (alebo ju vybavil)
art31-content-previous-preservation-channel = Komunikačný kanál
art31-content-previous-preservation-channel-network-247 = Kontaktné miesto siete 24/7
art31-content-previous-preservation-channel-provider = Priamo poskytovateľovi služieb
art31-content-previous-preservation-channel-police = Kanál policajnej spolupráce
art31-content-previous-preservation-channel-mla = Ústredný orgán pre vzájomnú pomoc
art31-content-previous-preservation-channel-other = Iný
art31-content-previous-preservation-channel-other-detail = Použitý kanál
art31-content-previous-preservation-expiry = Údaje uchované do
    .hint = Dátum, keď sa uchovanie končí, ako ho potvrdil dožiadaný štát alebo poskytovateľ služieb, ak je známy.
art31-content-legal-grounds = Právny základ žiadosti
art31-content-legal-grounds-domestic = Vnútroštátny právny základ žiadosti, ak je to relevantné
    .hint = Ustanovenia Vášho práva, podľa ktorých sa táto žiadosť podáva, napr. ustanovenia Trestného poriadku o žiadostiach o vzájomnú právnu pomoc.
art31-content-legal-grounds-instruments = Iné uplatniteľné zmluvy alebo dojednania
art31-content-legal-grounds-instruments-ets-30 = Európsky dohovor o vzájomnej pomoci v trestných veciach (ETS č. 30) a jeho protokoly
art31-content-legal-grounds-instruments-bilateral = Dvojstranná zmluva
art31-content-legal-grounds-instruments-bilateral-detail = Názov a dátum zmluvy
art31-content-legal-grounds-instruments-reciprocity = Vzájomnosť
art31-content-offences = Trestný čin (trestné činy)
art31-content-offences-offences = Trestný čin
art31-content-offences-offences-name = Trestný čin
art31-content-offences-offences-provision = Právne ustanovenie
art31-content-offences-offences-penalty = Horná hranica trestnej sadzby
art31-content-offences-damage = Spôsobená škoda
    .hint = Výška škody v jej mene, ak škoda vznikla.
art31-content-offences-damage-below-threshold = Škoda je nižšia ako ekvivalent 5 000 USD
    .hint = Vaša vlastná kontrola, v žiadosti sa nikdy netlačí. Spojené štáty spravidla odmietajú žiadosti týkajúce sa škody nižšej ako 5 000 USD; porovnajte škodu vo Vašej mene s touto sumou.
art31-content-facts = Stručné zhrnutie skutočností
    .hint = Kto čo urobil, kedy a kde a ako bol trestný čin spáchaný pomocou dotknutej služby. Každý čas uveďte s časovým pásmom.
art31-content-identifiers = Identifikátory a obdobie požadovaných údajov
art31-content-identifiers-identifiers = Identifikátory požadovaných údajov
    .hint = Každý účet, adresa alebo číslo, ktorých údaje sa požadujú. Pri IP adrese uveďte zdrojový port a presný dátum a čas s časovým pásmom: pri zdieľaných adresách poskytovateľ bez nich účastníka neidentifikuje.
art31-content-identifiers-period = Presné obdobie, za ktoré sa údaje požadujú
    .hint = Začiatok a koniec s časovým pásmom. Žiadajte len o obdobie, ktoré vyšetrovanie potrebuje: žiadosti o dlhé obdobia (viac ako 90 dní) sú často odmietnuté ako príliš široké.
art31-content-data = Požadované údaje
art31-content-data-content = Požadované údaje o obsahu
    .hint = Uveďte len obsah, ktorý skutočnosti odôvodňujú; dožiadaný štát na to môže potrebovať súdny príkaz.
art31-content-data-content-messages = Uložené správy vrátane četov a priamych správ
art31-content-data-content-emails = Uložené e-maily s prílohami
art31-content-data-content-files = Uložené súbory a dokumenty vrátane cloudového úložiska
art31-content-data-content-media = Fotografie a videá
art31-content-data-content-posts = Príspevky, komentáre a iný zverejnený obsah
art31-content-data-content-location = Uložené informácie o polohe
art31-content-data-content-contacts = Zoznamy kontaktov a adresáre
art31-content-data-content-other = Iné
art31-content-data-content-other-detail = Iné požadované údaje o obsahu
art31-content-data-traffic = Požadované prevádzkové údaje
    .hint = { $basis ->
            [budapest] Označte len to, čo je potrebné navyše k obsahu. Prvých osem polí zodpovedá vymedzeniu prevádzkových údajov v článku 1 písm. d) dohovoru: údaje vytvorené počítačovým systémom ako súčasť komunikačného reťazca.
           *[other] Označte len to, čo je potrebné navyše k obsahu. Prevádzkové údaje sú údaje vytvorené počítačovým systémom ako súčasť komunikačného reťazca.
        }
art31-content-data-traffic-origin = Pôvod komunikácie
art31-content-data-traffic-destination = Cieľ komunikácie
art31-content-data-traffic-route = Trasa
art31-content-data-traffic-time = Čas
art31-content-data-traffic-date = Dátum
art31-content-data-traffic-size = Veľkosť
art31-content-data-traffic-duration = Trvanie
art31-content-data-traffic-service = Druh základnej služby
art31-content-data-traffic-connection-log = História pripojení IP: prihlásenia a odhlásenia s IP adresami, zdrojovými portmi, dátumami a časmi
art31-content-data-traffic-headers = Informácie z hlavičiek e-mailov, bez obsahu
art31-content-data-traffic-other = Iné
art31-content-data-traffic-other-detail = Iné požadované prevádzkové údaje
art31-content-data-subscriber = Požadované informácie o účastníkoch
    .hint = { $basis ->
            [budapest] Označte len to, čo je potrebné navyše k obsahu. Prvých šesť polí zodpovedá vymedzeniu informácií o účastníkoch v článku 18 ods. 3 dohovoru.
           *[other] Označte len to, čo je potrebné navyše k obsahu.
        }
art31-content-data-subscriber-service = Druh používanej komunikačnej služby, technické opatrenia na to prijaté a obdobie poskytovania služby
art31-content-data-subscriber-identity = Totožnosť účastníka
art31-content-data-subscriber-address = Poštová alebo geografická adresa
art31-content-data-subscriber-access-number = Telefónne a iné prístupové čísla
art31-content-data-subscriber-billing = Informácie o vyúčtovaní a platbách
art31-content-data-subscriber-installation = Miesto inštalácie komunikačného zariadenia
art31-content-data-subscriber-email = E-mailové adresy spojené s účtom
art31-content-data-subscriber-registration-ip = IP adresa a dátum a čas registrácie
art31-content-data-subscriber-other = Iné
art31-content-data-subscriber-other-detail = Iné požadované informácie o účastníkoch
art31-content-measures = Požadované opatrenia
    .hint = { $basis ->
            [budapest] Článok 31 ods. 1: dožiadaná strana môže vykonať prehliadku alebo podobný prístup, zaistenie alebo podobné zabezpečenie a sprístupnenie údajov uložených na jej území vrátane údajov uchovaných podľa článku 29.
           *[other] O čo sa dožiadaný štát žiada v súvislosti s údajmi uloženými na jeho území vrátane už uchovaných údajov: vykonať ich prehliadku alebo podobný prístup k nim, ich zaistenie alebo podobné zabezpečenie a ich sprístupnenie.
        }
art31-content-measures-search = Prehliadka alebo podobný prístup
art31-content-measures-seizure = Zaistenie alebo podobné zabezpečenie
art31-content-measures-disclosure = Sprístupnenie
art31-content-preservation = Uchovanie údajov
art31-content-preservation-sought = Žiadalo sa už o uchovanie údajov?
    .hint = { $basis ->
            [budapest] Či boli údaje uchované podľa článku 29 dohovoru, prostredníctvom siete 24/7 alebo priamo u poskytovateľa služieb. Číslo konania umožní dožiadanému orgánu a poskytovateľovi uchované údaje nájsť. Ak táto žiadosť nadväzuje na žiadosť o uchovanie opísanú v oddiele 10, uveďte rovnaký dátum a číslo konania.
           *[other] Či boli údaje uchované prostredníctvom siete 24/7, iného orgánu dožiadaného štátu alebo priamo u poskytovateľa služieb. Číslo konania umožní dožiadanému orgánu a poskytovateľovi uchované údaje nájsť. Ak táto žiadosť nadväzuje na žiadosť o uchovanie opísanú v oddiele 10, uveďte rovnaký dátum a číslo konania.
        }
art31-content-preservation-sought-yes = Áno
art31-content-preservation-sought-no = Nie
art31-content-preservation-date = Dátum žiadosti o uchovanie
art31-content-preservation-reference = Číslo konania žiadosti o uchovanie
    .hint = Číslo pridelené dožiadaným orgánom alebo poskytovateľom služieb; ak nebolo pridelené žiadne, Vaše vlastné číslo konania.
art31-content-relevance = Súvislosť údajov s vyšetrovaním
    .hint = Vysvetlite, ako každý identifikátor a každý druh požadovaných údajov súvisí s trestným činom a podozrivým a prečo sa predpokladá, že údaje má poskytovateľ služieb.
art31-content-grounds = Skutkový základ pre prehliadku alebo vydanie údajov o obsahu
    .hint = Konkrétne skutočnosti, ktoré spĺňajú prah dožiadaného štátu pre donucovacie opatrenia, napr. „probable cause“ v Spojených štátoch: skutočnosti preukazujúce, že účet bol použitý v súvislosti s trestným činom a že dôkazy o ňom sa pravdepodobne nachádzajú v požadovanom obsahu, a kedy k týmto skutočnostiam došlo. Samotné závery alebo podozrenia nestačia.
art31-content-dual-criminality = Obojstranná trestnosť
    .hint = { $basis ->
            [budapest] Vysvetlite, prečo je konanie opísané v oddiele 13 trestným činom aj podľa práva dožiadaného štátu, a uveďte zodpovedajúce ustanovenie, ak je známe. Podľa článku 25 ods. 5 dohovoru je podmienka splnená, ak je konanie, na ktorom trestný čin spočíva, v tomto štáte trestným činom bez ohľadu na jeho kategóriu alebo označenie.
           *[other] Vysvetlite, prečo je konanie opísané v oddiele 13 trestným činom aj podľa práva dožiadaného štátu, a uveďte zodpovedajúce ustanovenie, ak je známe.
        }
art31-content-use = Obmedzenia použitia údajov
art31-content-use-undertakings = Záväzky dožadujúceho orgánu
    .hint = { $basis ->
            [budapest] Článok 28 sa uplatní, ak medzi stranami neplatí zmluva alebo dojednanie o vzájomnej pomoci na základe jednotných alebo recipročných právnych predpisov; inak sa uplatnia pravidlá tejto zmluvy alebo dojednania o dôvernosti a použití.
           *[other] Podmienky dôvernosti a obmedzenia použitia sú podmienky zvoleného nástroja, alebo, ak zmluva neexistuje, podmienky, ktoré stanoví dožiadaný štát.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Dožadujúci orgán dodrží podmienky dôvernosti a obmedzenia použitia stanovené dožiadanou stranou podľa článku 28 ods. 2 dohovoru
       *[other] Dožadujúci orgán dodrží podmienky dôvernosti a obmedzenia použitia stanovené dožiadaným štátom
    }
art31-content-use-undertakings-speciality = Údaje budú použité len na vyšetrovanie a konanie uvedené v tejto žiadosti, pokiaľ dožiadaná strana nevysloví súhlas s iným použitím (zásada špeciality)
art31-content-use-explanation = Vysvetlenie zamýšľaného použitia údajov
    .hint = Napr. či bude potrebné údaje sprístupniť obhajobe alebo ich použiť v súvisiacich konaniach, aby dožiadaná strana mohla zodpovedajúco stanoviť svoje podmienky.
art31-content-service-provider = Poskytovateľ služieb, ktorý má údaje
art31-content-service-provider-name = Názov poskytovateľa služieb
    .hint = Úradný názov poskytovateľa, ako je uvedený v jeho podmienkach služby alebo v usmerneniach pre orgány činné v trestnom konaní.
art31-content-service-provider-address = Adresa alebo sídlo
art31-content-urgency = Naliehavosť
art31-content-urgency-urgent = Žiadame o naliehavé vybavenie
art31-content-urgency-reasons = Dôvody naliehavosti
    .hint = { $basis ->
            [budapest] Napr. podozrivý je vo väzbe, plynie lehota konania alebo existujú dôvody domnievať sa, že údaje sú osobitne ohrozené stratou alebo zmenou (článok 31 ods. 3).
           *[other] Napr. podozrivý je vo väzbe, plynie lehota konania alebo existujú dôvody domnievať sa, že údaje sú osobitne ohrozené stratou alebo zmenou.
        }
art31-content-urgency-deadline = Údaje potrebné do
art31-content-confidentiality = Dôvernosť
art31-content-confidentiality-confidential = Žiadame o zachovanie dôvernosti skutočnosti a predmetu tejto žiadosti, okrem rozsahu nevyhnutného na jej vybavenie
art31-content-confidentiality-no-notification = Žiadame, aby bol poskytovateľ služieb požiadaný, aby účastníka ani žiadnu tretiu osobu neupovedomil
    .hint = Opýtajte sa dožiadaného orgánu, či prax alebo systém poskytovateľa môžu používateľa upozorniť.
art31-content-confidentiality-reasons = Dôvody dôvernosti
    .hint = Napr. riziko, že podozrivý zničí dôkazy, ujde alebo varuje spolupáchateľov.
art31-content-form = Forma údajov, overenie a reťazec úschovy
    .hint = Aby mohol byť obsah pripustený ako dôkaz, musí byť zvyčajne overený: označte, čo vyžadujú Vaše súdy, napr. forenznú kópiu s hodnotami hash a záznam o všetkých osobách, ktoré s údajmi nakladali, alebo osvedčenie poskytovateľa služieb o pravosti jeho obchodných záznamov.
art31-content-form-electronic = Elektronická kópia v čitateľnom formáte
art31-content-form-certified = Overená kópia
art31-content-form-certificate = Osvedčenie poskytovateľa služieb o pravosti obchodných záznamov
art31-content-form-forensic = Forenzná kópia s hodnotami hash
art31-content-form-custody = Záznam o reťazci úschovy
art31-content-form-other = Iné
art31-content-form-other-detail = Iná požiadavka
