# Template art31-subscriber: mutual legal assistance request for subscriber information (Budapest Convention Art. 31).
# Sections 1-11 follow the numbering and wording of T-CY(2018)10; later sections follow Art. 18(3) and 31 of the Convention.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Článok 31 Dohovoru o počítačovej kriminalite (ETS č. 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Dátum
art31-subscriber-reference = Číslo konania / spisová značka
art31-subscriber-status = Stav žiadosti
    .hint = Označte všetky polia, ktoré sa uplatňujú. Nadväzujúca žiadosť otvorí oddiely 9 a 10 pre údaje o skoršej žiadosti.
art31-subscriber-status-new = Nová žiadosť
art31-subscriber-status-follow-up-mla = Nadväzuje na predchádzajúcu žiadosť o vzájomnú právnu pomoc (podrobnosti v oddiele 9)
art31-subscriber-status-follow-up-preservation = Nadväzuje na predchádzajúcu žiadosť o uchovanie (podrobnosti v oddiele 10)
art31-subscriber-requested-authority = Dožiadaný orgán
art31-subscriber-requested-authority-country = Dožiadaný štát
art31-subscriber-requested-authority-authority = Orgán
    .hint = { $basis ->
            [budapest] Ústredný orgán dožiadaného štátu pre vzájomnú pomoc (článok 27 ods. 2) alebo orgán, ktorý tento štát určil na prijímanie takýchto žiadostí.
           *[other] Ústredný orgán dožiadaného štátu pre vzájomnú pomoc alebo orgán, ktorý tento štát určil na prijímanie takýchto žiadostí.
        }
art31-subscriber-requesting-authority = Dožadujúci orgán
art31-subscriber-requesting-authority-organisation = Organizácia
art31-subscriber-requesting-authority-person = Osoba zodpovedná za žiadosť
art31-subscriber-requesting-authority-address = Adresa
art31-subscriber-requesting-authority-phone = Telefónne číslo
art31-subscriber-requesting-authority-mobile = Číslo mobilného telefónu
art31-subscriber-requesting-authority-email = E-mailová adresa
art31-subscriber-requesting-authority-fax = Číslo faxu
art31-subscriber-requesting-authority-office-hours = Úradné hodiny
art31-subscriber-requesting-authority-time-zone = Časové pásmo
    .hint = Časové pásmo Vášho úradu ako posun voči UTC. Každý iný čas v tejto žiadosti je uvedený s vlastným časovým pásmom.
art31-subscriber-requesting-authority-response = Spôsob odpovede
art31-subscriber-requesting-authority-response-expedited = Uprednostňuje sa odpoveď e-mailom alebo iným rýchlym spôsobom
art31-subscriber-requesting-authority-response-other = Uprednostňuje sa odpoveď iným spôsobom
art31-subscriber-requesting-authority-response-other-detail = Uprednostňuje sa odpoveď prostredníctvom
art31-subscriber-additional-contact = Ak bude potrebné dodatočné potvrdenie od dožadujúceho orgánu, obráťte sa, prosím, na
art31-subscriber-additional-contact-contacts = Kontaktná osoba
art31-subscriber-additional-contact-contacts-name = Meno a priezvisko
art31-subscriber-additional-contact-contacts-job-title = Pracovné zaradenie
art31-subscriber-additional-contact-contacts-function = Funkcia
art31-subscriber-additional-contact-contacts-phone = Telefónne číslo
art31-subscriber-additional-contact-contacts-mobile = Číslo mobilného telefónu
art31-subscriber-additional-contact-contacts-email = E-mailová adresa
art31-subscriber-investigating-authority = Vyšetrujúci / operatívny orgán príslušný vo veci (ak je iný ako dožadujúci orgán)
art31-subscriber-investigating-authority-organisation = Organizácia
art31-subscriber-investigating-authority-person = Osoba zodpovedná za vec
art31-subscriber-investigating-authority-address = Adresa
art31-subscriber-investigating-authority-phone = Telefónne číslo
art31-subscriber-investigating-authority-mobile = Číslo mobilného telefónu
art31-subscriber-investigating-authority-email = E-mailová adresa
art31-subscriber-investigating-authority-fax = Číslo faxu
art31-subscriber-prosecution-court = Príslušná prokuratúra alebo súd, ak je to relevantné
art31-subscriber-prosecution-court-prosecution = Príslušná prokuratúra a spisová značka
art31-subscriber-prosecution-court-court = Príslušný súd a spisová značka
art31-subscriber-prosecution-court-decisions = Rozhodnutia prokuratúry alebo súdu súvisiace s touto žiadosťou
    .hint = Pri každom rozhodnutí: orgán, jeho dátum a číslo a čo nariaďuje alebo povoľuje. Pripojte kópiu, ak to dožiadaný štát vyžaduje.
art31-subscriber-previous-mla = Informácie o predchádzajúcej žiadosti o vzájomnú právnu pomoc, ak je to relevantné
art31-subscriber-previous-mla-date = Dátum
art31-subscriber-previous-mla-reference = Číslo prípadu / číslo konania
art31-subscriber-previous-mla-requesting = Kontaktné údaje orgánu, ktorý podal predchádzajúcu žiadosť
art31-subscriber-previous-mla-executing = Kontaktné údaje orgánu, ktorý na predchádzajúcu žiadosť odpovedal (alebo ju vybavil)
art31-subscriber-previous-mla-channel = Spôsob komunikácie použitý na podanie predchádzajúcej žiadosti (e-mailová adresa, číslo faxu atď.)
art31-subscriber-previous-preservation = Informácie o predchádzajúcej žiadosti o uchovanie, ak je to relevantné
art31-subscriber-previous-preservation-date = Dátum
art31-subscriber-previous-preservation-reference = Číslo prípadu / číslo konania
art31-subscriber-previous-preservation-requesting = Kontaktné údaje orgánu, ktorý o uchovanie požiadal
art31-subscriber-previous-preservation-executing = Kontaktné údaje orgánu, ktorý na žiadosť o uchovanie odpovedal (alebo ju vybavil)
art31-subscriber-previous-preservation-channel = Komunikačný kanál
art31-subscriber-previous-preservation-channel-network-247 = Kontaktné miesto siete 24/7
art31-subscriber-previous-preservation-channel-provider = Priamo poskytovateľovi služieb
art31-subscriber-previous-preservation-channel-police = Kanál policajnej spolupráce
art31-subscriber-previous-preservation-channel-mla = Ústredný orgán pre vzájomnú pomoc
art31-subscriber-previous-preservation-channel-other = Iný
art31-subscriber-previous-preservation-channel-other-detail = Použitý kanál
art31-subscriber-previous-preservation-expiry = Údaje uchované do
    .hint = Dátum, keď sa uchovanie končí, ako ho potvrdil dožiadaný štát alebo poskytovateľ služieb, ak je známy.
art31-subscriber-legal-grounds = Právny základ žiadosti
art31-subscriber-legal-grounds-domestic = Vnútroštátny právny základ žiadosti, ak je to relevantné
    .hint = Ustanovenia Vášho práva, podľa ktorých sa táto žiadosť podáva, napr. ustanovenia Trestného poriadku o žiadostiach o vzájomnú právnu pomoc.
art31-subscriber-legal-grounds-instruments = Iné uplatniteľné zmluvy alebo dojednania
art31-subscriber-legal-grounds-instruments-ets-30 = Európsky dohovor o vzájomnej pomoci v trestných veciach (ETS č. 30) a jeho protokoly
art31-subscriber-legal-grounds-instruments-bilateral = Dvojstranná zmluva
art31-subscriber-legal-grounds-instruments-bilateral-detail = Názov a dátum zmluvy
art31-subscriber-legal-grounds-instruments-reciprocity = Vzájomnosť
art31-subscriber-offences = Trestný čin (trestné činy)
art31-subscriber-offences-offences = Trestný čin
art31-subscriber-offences-offences-name = Trestný čin
art31-subscriber-offences-offences-provision = Právne ustanovenie
art31-subscriber-offences-offences-penalty = Horná hranica trestnej sadzby
art31-subscriber-offences-damage = Spôsobená škoda
    .hint = Výška škody v jej mene, ak škoda vznikla.
art31-subscriber-offences-damage-below-threshold = Škoda je nižšia ako ekvivalent 5 000 USD
    .hint = Vaša vlastná kontrola, v žiadosti sa nikdy netlačí. Spojené štáty spravidla odmietajú žiadosti týkajúce sa škody nižšej ako 5 000 USD; porovnajte škodu vo Vašej mene s touto sumou.
art31-subscriber-facts = Stručné zhrnutie skutočností
    .hint = Kto čo urobil, kedy a kde a ako bol trestný čin spáchaný pomocou dotknutej služby. Každý čas uveďte s časovým pásmom.
art31-subscriber-identifiers = Identifikátory a obdobie požadovaných údajov
art31-subscriber-identifiers-identifiers = Identifikátory požadovaných údajov
    .hint = Každý účet, adresa alebo číslo, ktorých účastník sa hľadá. Pri IP adrese uveďte zdrojový port a presný dátum a čas s časovým pásmom: pri zdieľaných adresách poskytovateľ bez nich účastníka neidentifikuje.
art31-subscriber-identifiers-period = Presné obdobie, za ktoré sa údaje požadujú
    .hint = Začiatok a koniec s časovým pásmom. Žiadajte len o obdobie, ktoré vyšetrovanie potrebuje: žiadosti o dlhé obdobia (viac ako 90 dní) sú často odmietnuté ako príliš široké.
art31-subscriber-categories = Požadované informácie o účastníkoch
    .hint = { $basis ->
            [budapest] Označte len to, čo vyšetrovanie potrebuje. Prvých šesť polí zodpovedá vymedzeniu informácií o účastníkoch v článku 18 ods. 3 dohovoru.
           *[other] Označte len to, čo vyšetrovanie potrebuje.
        }
art31-subscriber-categories-service = Druh používanej komunikačnej služby, technické opatrenia na to prijaté a obdobie poskytovania služby
art31-subscriber-categories-identity = Totožnosť účastníka
art31-subscriber-categories-address = Poštová alebo geografická adresa
art31-subscriber-categories-access-number = Telefónne a iné prístupové čísla
art31-subscriber-categories-billing = Informácie o vyúčtovaní a platbách
art31-subscriber-categories-installation = Miesto inštalácie komunikačného zariadenia
art31-subscriber-categories-email = E-mailové adresy spojené s účtom
art31-subscriber-categories-registration-ip = IP adresa a dátum a čas registrácie
art31-subscriber-categories-login-ip-at = IP adresa prihlásenia v dátume a čase uvedených pri identifikátore (na identifikáciu účastníka)
art31-subscriber-categories-other = Iné
art31-subscriber-categories-other-detail = Iné požadované informácie
art31-subscriber-relevance = Súvislosť údajov s vyšetrovaním
    .hint = Vysvetlite, ako každý identifikátor súvisí s trestným činom a podozrivým a prečo sa predpokladá, že údaje má poskytovateľ služieb.
art31-subscriber-service-provider = Poskytovateľ služieb, ktorý má údaje
art31-subscriber-service-provider-name = Názov poskytovateľa služieb
    .hint = Úradný názov poskytovateľa, ako je uvedený v jeho podmienkach služby alebo v usmerneniach pre orgány činné v trestnom konaní.
art31-subscriber-service-provider-address = Adresa alebo sídlo
art31-subscriber-urgency = Naliehavosť
art31-subscriber-urgency-urgent = Žiadame o naliehavé vybavenie
art31-subscriber-urgency-reasons = Dôvody naliehavosti
    .hint = { $basis ->
            [budapest] Napr. podozrivý je vo väzbe, plynie lehota konania alebo existujú dôvody domnievať sa, že údaje sú osobitne ohrozené stratou alebo zmenou (článok 31 ods. 3).
           *[other] Napr. podozrivý je vo väzbe, plynie lehota konania alebo existujú dôvody domnievať sa, že údaje sú osobitne ohrozené stratou alebo zmenou.
        }
art31-subscriber-urgency-deadline = Údaje potrebné do
art31-subscriber-confidentiality = Dôvernosť
art31-subscriber-confidentiality-confidential = Žiadame o zachovanie dôvernosti skutočnosti a predmetu tejto žiadosti, okrem rozsahu nevyhnutného na jej vybavenie
art31-subscriber-confidentiality-no-notification = Žiadame, aby bol poskytovateľ služieb požiadaný, aby účastníka ani žiadnu tretiu osobu neupovedomil
    .hint = Opýtajte sa dožiadaného orgánu, či prax alebo systém poskytovateľa môžu používateľa upozorniť.
art31-subscriber-confidentiality-reasons = Dôvody dôvernosti
    .hint = Napr. riziko, že podozrivý zničí dôkazy, ujde alebo varuje spolupáchateľov.
art31-subscriber-form = Forma údajov a overenie
art31-subscriber-form-electronic = Elektronická kópia v čitateľnom formáte
art31-subscriber-form-certified = Overená kópia
art31-subscriber-form-certificate = Osvedčenie poskytovateľa služieb o pravosti obchodných záznamov
art31-subscriber-form-other = Iné
art31-subscriber-form-other-detail = Iná požiadavka
