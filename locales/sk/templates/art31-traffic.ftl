# Template art31-traffic: mutual legal assistance request for stored traffic data, with subscriber information if needed (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10, as in art31-subscriber; later sections follow Art. 1(d), 18(3) and 31 of the Convention.

art31-traffic-legal-basis = { $basis ->
        [budapest] Článok 31 Dohovoru o počítačovej kriminalite (ETS č. 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Dátum
art31-traffic-reference = Číslo konania / spisová značka
art31-traffic-status = Stav žiadosti
    .hint = Označte všetky polia, ktoré sa uplatňujú. Nadväzujúca žiadosť otvorí oddiely 9 a 10 pre údaje o skoršej žiadosti.
art31-traffic-status-new = Nová žiadosť
art31-traffic-status-follow-up-mla = Nadväzuje na predchádzajúcu žiadosť o vzájomnú právnu pomoc (podrobnosti v oddiele 9)
art31-traffic-status-follow-up-preservation = Nadväzuje na predchádzajúcu žiadosť o uchovanie (podrobnosti v oddiele 10)
art31-traffic-requested-authority = Dožiadaný orgán
art31-traffic-requested-authority-country = Dožiadaný štát
art31-traffic-requested-authority-authority = Orgán
    .hint = { $basis ->
            [budapest] Ústredný orgán dožiadaného štátu pre vzájomnú pomoc (článok 27 ods. 2) alebo orgán, ktorý tento štát určil na prijímanie takýchto žiadostí.
           *[other] Ústredný orgán dožiadaného štátu pre vzájomnú pomoc alebo orgán, ktorý tento štát určil na prijímanie takýchto žiadostí.
        }
art31-traffic-requesting-authority = Dožadujúci orgán
art31-traffic-requesting-authority-organisation = Organizácia
art31-traffic-requesting-authority-person = Osoba zodpovedná za žiadosť
art31-traffic-requesting-authority-address = Adresa
art31-traffic-requesting-authority-phone = Telefónne číslo
art31-traffic-requesting-authority-mobile = Číslo mobilného telefónu
art31-traffic-requesting-authority-email = E-mailová adresa
art31-traffic-requesting-authority-fax = Číslo faxu
art31-traffic-requesting-authority-office-hours = Úradné hodiny
art31-traffic-requesting-authority-time-zone = Časové pásmo
    .hint = Časové pásmo Vášho úradu ako posun voči UTC. Každý iný čas v tejto žiadosti je uvedený s vlastným časovým pásmom.
art31-traffic-requesting-authority-response = Spôsob odpovede
art31-traffic-requesting-authority-response-expedited = Uprednostňuje sa odpoveď e-mailom alebo iným rýchlym spôsobom
art31-traffic-requesting-authority-response-other = Uprednostňuje sa odpoveď iným spôsobom
art31-traffic-requesting-authority-response-other-detail = Uprednostňuje sa odpoveď prostredníctvom
art31-traffic-additional-contact = Ak bude potrebné dodatočné potvrdenie od dožadujúceho orgánu, obráťte sa, prosím, na
art31-traffic-additional-contact-contacts = Kontaktná osoba
art31-traffic-additional-contact-contacts-name = Meno a priezvisko
art31-traffic-additional-contact-contacts-job-title = Pracovné zaradenie
art31-traffic-additional-contact-contacts-function = Funkcia
art31-traffic-additional-contact-contacts-phone = Telefónne číslo
art31-traffic-additional-contact-contacts-mobile = Číslo mobilného telefónu
art31-traffic-additional-contact-contacts-email = E-mailová adresa
art31-traffic-investigating-authority = Vyšetrujúci / operatívny orgán príslušný vo veci (ak je iný ako dožadujúci orgán)
art31-traffic-investigating-authority-organisation = Organizácia
art31-traffic-investigating-authority-person = Osoba zodpovedná za vec
art31-traffic-investigating-authority-address = Adresa
art31-traffic-investigating-authority-phone = Telefónne číslo
art31-traffic-investigating-authority-mobile = Číslo mobilného telefónu
art31-traffic-investigating-authority-email = E-mailová adresa
art31-traffic-investigating-authority-fax = Číslo faxu
art31-traffic-prosecution-court = Príslušná prokuratúra alebo súd, ak je to relevantné
art31-traffic-prosecution-court-prosecution = Príslušná prokuratúra a spisová značka
art31-traffic-prosecution-court-court = Príslušný súd a spisová značka
art31-traffic-prosecution-court-decisions = Rozhodnutia prokuratúry alebo súdu súvisiace s touto žiadosťou
    .hint = Pri každom rozhodnutí: orgán, jeho dátum a číslo a čo nariaďuje alebo povoľuje. Pripojte kópiu, ak to dožiadaný štát vyžaduje.
art31-traffic-previous-mla = Informácie o predchádzajúcej žiadosti o vzájomnú právnu pomoc, ak je to relevantné
art31-traffic-previous-mla-date = Dátum
art31-traffic-previous-mla-reference = Číslo prípadu / číslo konania
art31-traffic-previous-mla-requesting = Kontaktné údaje orgánu, ktorý podal predchádzajúcu žiadosť
art31-traffic-previous-mla-executing = Kontaktné údaje orgánu, ktorý na predchádzajúcu žiadosť odpovedal (alebo ju vybavil)
art31-traffic-previous-mla-channel = Spôsob komunikácie použitý na podanie predchádzajúcej žiadosti (e-mailová adresa, číslo faxu atď.)
art31-traffic-previous-preservation = Informácie o predchádzajúcej žiadosti o uchovanie, ak je to relevantné
art31-traffic-previous-preservation-date = Dátum
art31-traffic-previous-preservation-reference = Číslo prípadu / číslo konania
art31-traffic-previous-preservation-requesting = Kontaktné údaje orgánu, ktorý o uchovanie požiadal
art31-traffic-previous-preservation-executing = Kontaktné údaje orgánu, ktorý na žiadosť o uchovanie odpovedal (alebo ju vybavil)
art31-traffic-previous-preservation-channel = Komunikačný kanál
art31-traffic-previous-preservation-channel-network-247 = Kontaktné miesto siete 24/7
art31-traffic-previous-preservation-channel-provider = Priamo poskytovateľovi služieb
art31-traffic-previous-preservation-channel-police = Kanál policajnej spolupráce
art31-traffic-previous-preservation-channel-mla = Ústredný orgán pre vzájomnú pomoc
art31-traffic-previous-preservation-channel-other = Iný
art31-traffic-previous-preservation-channel-other-detail = Použitý kanál
art31-traffic-previous-preservation-expiry = Údaje uchované do
    .hint = Dátum, keď sa uchovanie končí, ako ho potvrdil dožiadaný štát alebo poskytovateľ služieb, ak je známy.
art31-traffic-legal-grounds = Právny základ žiadosti
art31-traffic-legal-grounds-domestic = Vnútroštátny právny základ žiadosti, ak je to relevantné
    .hint = Ustanovenia Vášho práva, podľa ktorých sa táto žiadosť podáva, napr. ustanovenia Trestného poriadku o žiadostiach o vzájomnú právnu pomoc.
art31-traffic-legal-grounds-instruments = Iné uplatniteľné zmluvy alebo dojednania
art31-traffic-legal-grounds-instruments-ets-30 = Európsky dohovor o vzájomnej pomoci v trestných veciach (ETS č. 30) a jeho protokoly
art31-traffic-legal-grounds-instruments-bilateral = Dvojstranná zmluva
art31-traffic-legal-grounds-instruments-bilateral-detail = Názov a dátum zmluvy
art31-traffic-legal-grounds-instruments-reciprocity = Vzájomnosť
art31-traffic-offences = Trestný čin (trestné činy)
art31-traffic-offences-offences = Trestný čin
art31-traffic-offences-offences-name = Trestný čin
art31-traffic-offences-offences-provision = Právne ustanovenie
art31-traffic-offences-offences-penalty = Horná hranica trestnej sadzby
art31-traffic-offences-damage = Spôsobená škoda
    .hint = Výška škody v jej mene, ak škoda vznikla.
art31-traffic-offences-damage-below-threshold = Škoda je nižšia ako ekvivalent 5 000 USD
    .hint = Vaša vlastná kontrola, v žiadosti sa nikdy netlačí. Spojené štáty spravidla odmietajú žiadosti týkajúce sa škody nižšej ako 5 000 USD; porovnajte škodu vo Vašej mene s touto sumou.
art31-traffic-facts = Stručné zhrnutie skutočností
    .hint = Kto čo urobil, kedy a kde a ako bol trestný čin spáchaný pomocou dotknutej služby. Každý čas uveďte s časovým pásmom.
art31-traffic-identifiers = Identifikátory a obdobie požadovaných údajov
art31-traffic-identifiers-identifiers = Identifikátory požadovaných údajov
    .hint = Každý účet, adresa alebo číslo, ktorých údaje sa požadujú. Pri IP adrese uveďte zdrojový port a presný dátum a čas s časovým pásmom: pri zdieľaných adresách poskytovateľ bez nich účastníka neidentifikuje.
art31-traffic-identifiers-period = Presné obdobie, za ktoré sa údaje požadujú
    .hint = Začiatok a koniec s časovým pásmom. Žiadajte len o obdobie, ktoré vyšetrovanie potrebuje: žiadosti o dlhé obdobia (viac ako 90 dní) sú často odmietnuté ako príliš široké.
art31-traffic-data = Požadované údaje
art31-traffic-data-traffic = Požadované prevádzkové údaje
    .hint = { $basis ->
            [budapest] Prvých osem polí zodpovedá vymedzeniu prevádzkových údajov v článku 1 písm. d) dohovoru: údaje vytvorené počítačovým systémom ako súčasť komunikačného reťazca.
           *[other] Údaje vytvorené počítačovým systémom ako súčasť komunikačného reťazca: označte len to, čo vyšetrovanie potrebuje.
        }
art31-traffic-data-traffic-origin = Pôvod komunikácie
art31-traffic-data-traffic-destination = Cieľ komunikácie
art31-traffic-data-traffic-route = Trasa
art31-traffic-data-traffic-time = Čas
art31-traffic-data-traffic-date = Dátum
art31-traffic-data-traffic-size = Veľkosť
art31-traffic-data-traffic-duration = Trvanie
art31-traffic-data-traffic-service = Druh základnej služby
art31-traffic-data-traffic-connection-log = História pripojení IP: prihlásenia a odhlásenia s IP adresami, zdrojovými portmi, dátumami a časmi
art31-traffic-data-traffic-headers = Informácie z hlavičiek e-mailov, bez obsahu
art31-traffic-data-traffic-other = Iné
art31-traffic-data-traffic-other-detail = Iné požadované prevádzkové údaje
art31-traffic-data-subscriber = Požadované informácie o účastníkoch
    .hint = { $basis ->
            [budapest] Označte len to, čo je potrebné navyše k prevádzkovým údajom. Prvých šesť polí zodpovedá vymedzeniu informácií o účastníkoch v článku 18 ods. 3 dohovoru.
           *[other] Označte len to, čo je potrebné navyše k prevádzkovým údajom.
        }
art31-traffic-data-subscriber-service = Druh používanej komunikačnej služby, technické opatrenia na to prijaté a obdobie poskytovania služby
art31-traffic-data-subscriber-identity = Totožnosť účastníka
art31-traffic-data-subscriber-address = Poštová alebo geografická adresa
art31-traffic-data-subscriber-access-number = Telefónne a iné prístupové čísla
art31-traffic-data-subscriber-billing = Informácie o vyúčtovaní a platbách
art31-traffic-data-subscriber-installation = Miesto inštalácie komunikačného zariadenia
art31-traffic-data-subscriber-email = E-mailové adresy spojené s účtom
art31-traffic-data-subscriber-registration-ip = IP adresa a dátum a čas registrácie
art31-traffic-data-subscriber-other = Iné
art31-traffic-data-subscriber-other-detail = Iné požadované informácie o účastníkoch
art31-traffic-preservation = Uchovanie údajov
art31-traffic-preservation-sought = Žiadalo sa už o uchovanie údajov?
    .hint = { $basis ->
            [budapest] Či boli údaje uchované podľa článku 29 dohovoru, prostredníctvom siete 24/7 alebo priamo u poskytovateľa služieb. Číslo konania umožní dožiadanému orgánu a poskytovateľovi uchované údaje nájsť. Ak táto žiadosť nadväzuje na žiadosť o uchovanie opísanú v oddiele 10, uveďte rovnaký dátum a číslo konania.
           *[other] Či boli údaje uchované prostredníctvom siete 24/7, iného orgánu dožiadaného štátu alebo priamo u poskytovateľa služieb. Číslo konania umožní dožiadanému orgánu a poskytovateľovi uchované údaje nájsť. Ak táto žiadosť nadväzuje na žiadosť o uchovanie opísanú v oddiele 10, uveďte rovnaký dátum a číslo konania.
        }
art31-traffic-preservation-sought-yes = Áno
art31-traffic-preservation-sought-no = Nie
art31-traffic-preservation-date = Dátum žiadosti o uchovanie
art31-traffic-preservation-reference = Číslo konania žiadosti o uchovanie
    .hint = Číslo pridelené dožiadaným orgánom alebo poskytovateľom služieb; ak nebolo pridelené žiadne, Vaše vlastné číslo konania.
art31-traffic-relevance = Súvislosť údajov s vyšetrovaním
    .hint = Vysvetlite, ako každý identifikátor a každý druh požadovaných údajov súvisí s trestným činom a podozrivým a prečo sa predpokladá, že údaje má poskytovateľ služieb.
art31-traffic-service-provider = Poskytovateľ služieb, ktorý má údaje
art31-traffic-service-provider-name = Názov poskytovateľa služieb
    .hint = Úradný názov poskytovateľa, ako je uvedený v jeho podmienkach služby alebo v usmerneniach pre orgány činné v trestnom konaní.
art31-traffic-service-provider-address = Adresa alebo sídlo
art31-traffic-urgency = Naliehavosť
art31-traffic-urgency-urgent = Žiadame o naliehavé vybavenie
art31-traffic-urgency-reasons = Dôvody naliehavosti
    .hint = { $basis ->
            [budapest] Napr. podozrivý je vo väzbe, plynie lehota konania alebo existujú dôvody domnievať sa, že údaje sú osobitne ohrozené stratou alebo zmenou (článok 31 ods. 3).
           *[other] Napr. podozrivý je vo väzbe, plynie lehota konania alebo existujú dôvody domnievať sa, že údaje sú osobitne ohrozené stratou alebo zmenou.
        }
art31-traffic-urgency-deadline = Údaje potrebné do
art31-traffic-confidentiality = Dôvernosť
art31-traffic-confidentiality-confidential = Žiadame o zachovanie dôvernosti skutočnosti a predmetu tejto žiadosti, okrem rozsahu nevyhnutného na jej vybavenie
art31-traffic-confidentiality-no-notification = Žiadame, aby bol poskytovateľ služieb požiadaný, aby účastníka ani žiadnu tretiu osobu neupovedomil
    .hint = Opýtajte sa dožiadaného orgánu, či prax alebo systém poskytovateľa môžu používateľa upozorniť.
art31-traffic-confidentiality-reasons = Dôvody dôvernosti
    .hint = Napr. riziko, že podozrivý zničí dôkazy, ujde alebo varuje spolupáchateľov.
art31-traffic-form = Forma údajov a overenie
art31-traffic-form-electronic = Elektronická kópia v čitateľnom formáte
art31-traffic-form-certified = Overená kópia
art31-traffic-form-certificate = Osvedčenie poskytovateľa služieb o pravosti obchodných záznamov
art31-traffic-form-other = Iné
art31-traffic-form-other-detail = Iná požiadavka
