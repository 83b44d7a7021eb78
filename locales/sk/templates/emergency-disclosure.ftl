# Template emergency-disclosure: emergency request for disclosure of stored computer data (Second
# Additional Protocol Art. 9 through the 24/7 Network, Art. 10 emergency mutual assistance, or a
# service provider's emergency channel). Wording follows the Convention and the Protocol.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Článok 9 Druhého dodatkového protokolu k Dohovoru o počítačovej kriminalite (CETS č. 224), prostredníctvom siete 24/7; protokol sa uplatňuje len medzi štátmi, ktoré sú jeho zmluvnými stranami
        [protocol-art10] Článok 10 Druhého dodatkového protokolu k Dohovoru o počítačovej kriminalite (CETS č. 224); protokol sa uplatňuje len medzi štátmi, ktoré sú jeho zmluvnými stranami
        [provider] Žiadosť poskytovateľovi služieb o dobrovoľné sprístupnenie v núdzovej situácii
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Dátum
emergency-disclosure-reference = Číslo konania / spisová značka

emergency-disclosure-channel = Kanál a právny základ
emergency-disclosure-channel-basis = Kanál použitý pre túto žiadosť
    .hint = { $match ->
        [general] Zvolený nástroj neobsahuje článok o žiadostiach v núdzovej situácii: žiadosť spočíva na jeho ustanoveniach o naliehavých žiadostiach a vzájomnej pomoci, ktoré cituje úvod žiadosti.
        [user] Uveďte zmluvu a články, na ktorých žiadosť spočíva: vytlačia sa v úvode žiadosti.
       *[other] Článok 9 Druhého dodatkového protokolu: prostredníctvom siete 24/7, pre údaje, ktoré má poskytovateľ služieb v dožiadanom štáte. Článok 10: núdzová vzájomná pomoc prostredníctvom ústredného alebo príslušného orgánu. Protokol sa uplatňuje len medzi štátmi, pre ktoré nadobudol platnosť: skôr než zvolíte ktorúkoľvek z týchto možností, overte, či platí pre oba štáty. Iná zmluva, ktorá zaväzuje oba štáty: žiadosť spočíva na jej ustanoveniach o naliehavých žiadostiach a vzájomnej pomoci. Vzájomnosť: neuplatňuje sa žiadna zmluva. Núdzový kanál poskytovateľa: žiadosť ide priamo poskytovateľovi služieb, ktorý sám rozhodne, či údaje sprístupní; necituje sa žiadna zmluva.
    }
emergency-disclosure-channel-basis-protocol-art9 = Urýchlené sprístupnenie v núdzovej situácii prostredníctvom siete 24/7 (článok 9 Druhého dodatkového protokolu)
emergency-disclosure-channel-basis-protocol-art10 = Núdzová vzájomná pomoc (článok 10 Druhého dodatkového protokolu)
emergency-disclosure-channel-basis-provider = Núdzový kanál poskytovateľa služieb na sprístupnenie údajov

emergency-disclosure-addressee = Dožiadaný štát a adresát
emergency-disclosure-addressee-country = Dožiadaný štát
    .hint = Pri žiadosti zaslanej priamo poskytovateľovi služieb: štát, v ktorom je poskytovateľ usadený.
emergency-disclosure-addressee-name = Adresát: orgán alebo poskytovateľ služieb
    .hint = Kontaktné miesto siete 24/7, ústredný alebo príslušný orgán, alebo poskytovateľ služieb, ktorému sa táto žiadosť zasiela.
emergency-disclosure-addressee-address = Adresa
emergency-disclosure-addressee-portal = Portál alebo webový formulár pre žiadosti orgánov činných v trestnom konaní
emergency-disclosure-addressee-email = E-mailová adresa
emergency-disclosure-addressee-provider = Poskytovateľ služieb, ktorý má údaje, ak nie je adresátom: názov a adresa
    .hint = Povinné pri žiadosti podľa článku 9 protokolu (článok 9 ods. 3 písm. c)): názov a adresa poskytovateľa služieb v dožiadanom štáte, ktorý má údaje.

emergency-disclosure-requesting-authority = Dožadujúci orgán
emergency-disclosure-requesting-authority-authority = Príslušný orgán
emergency-disclosure-requesting-authority-officer = Žiadajúca úradná osoba
emergency-disclosure-requesting-authority-position = Funkcia
emergency-disclosure-requesting-authority-address = Adresa
emergency-disclosure-requesting-authority-phone = Telefón
    .hint = V medzinárodnom formáte: číslo dostupné v ktorúkoľvek hodinu počas celého trvania núdzovej situácie.
emergency-disclosure-requesting-authority-mobile = Mobilný telefón
emergency-disclosure-requesting-authority-email = E-mailová adresa
    .hint = Úradná adresa Vášho orgánu: poskytovatelia služieb nemusia odpovedať na žiadosti zo súkromných adries.
emergency-disclosure-requesting-authority-time-zone = Časové pásmo
    .hint = Časové pásmo Vášho úradu ako posun voči UTC. Každý čas v tejto žiadosti sa vzťahuje na toto pásmo, ak nie je uvedené inak.
emergency-disclosure-requesting-authority-reachable = Žiadajúca úradná osoba je počas trvania núdzovej situácie dosiahnuteľná na uvedených telefónnych číslach v ktorúkoľvek hodinu
    .hint = Núdzová žiadosť vyžaduje niekoho, kto zdvihne telefón v ktorúkoľvek hodinu. Ak to nemôžete zabezpečiť, uveďte vyššie číslo Vášho kontaktného miesta siete 24/7.

emergency-disclosure-authoriser = Nadriadený alebo schvaľujúca úradná osoba
emergency-disclosure-authoriser-name = Meno a priezvisko
    .hint = Úradná osoba, ktorá túto núdzovú žiadosť schválila a môže ju dožiadanému štátu alebo poskytovateľovi služieb potvrdiť.
emergency-disclosure-authoriser-position = Funkcia
emergency-disclosure-authoriser-phone = Telefón
emergency-disclosure-authoriser-email = E-mailová adresa

emergency-disclosure-offences = Trestný čin (trestné činy)
emergency-disclosure-offences-offence = Vyšetrované trestné činy
    .hint = Jeden riadok pre každý trestný čin, s právnym ustanovením a hornou hranicou trestnej sadzby.
emergency-disclosure-offences-offence-description = Trestný čin
emergency-disclosure-offences-offence-provision = Právne ustanovenie
emergency-disclosure-offences-offence-penalty = Horná hranica trestnej sadzby
emergency-disclosure-mla = Vnútroštátny právny základ a požadovaná vzájomná pomoc
emergency-disclosure-mla-domestic-legal-basis = Vnútroštátny právny základ
    .hint = Ustanovenia Vášho vnútroštátneho práva, podľa ktorých sa vec vyšetruje a táto žiadosť podáva. Povinné pri núdzovej vzájomnej pomoci (článok 10 protokolu); odporúčané pri každej ceste, pretože žiadosti bez neho sú často odmietnuté.
emergency-disclosure-mla-prosecution = Príslušná prokuratúra alebo súd a spisová značka
    .hint = Pri núdzovej vzájomnej pomoci: justičný orgán príslušný vo veci, ak existuje.
emergency-disclosure-mla-assistance = Požadovaná pomoc
    .hint = Pri núdzovej vzájomnej pomoci: čo sa od dožiadaného štátu žiada, napríklad nariadiť poskytovateľovi služieb sprístupniť údaje opísané v oddiele 9 a odovzdať ich dožadujúcemu orgánu.
emergency-disclosure-mla-procedure = Postupy, ktoré sa majú dodržať pri vybavení
    .hint = Pri núdzovej vzájomnej pomoci, ak to vyžaduje Vaše právo: napríklad osvedčenie o pravosti záznamov alebo forma, v ktorej musia byť údaje získané, aby boli prípustné ako dôkaz.

emergency-disclosure-emergency = Núdzová situácia
emergency-disclosure-emergency-risk = Druh ohrozenia
emergency-disclosure-emergency-risk-kidnapping = Únos alebo branie rukojemníkov
emergency-disclosure-emergency-risk-threat-to-kill = Vyhrážanie sa zabitím
emergency-disclosure-emergency-risk-suicide = Riziko samovraždy
emergency-disclosure-emergency-risk-child = Ohrozenie života alebo bezpečnosti dieťaťa
emergency-disclosure-emergency-risk-terrorism = Teroristická hrozba
emergency-disclosure-emergency-risk-bomb = Hrozba bombovým útokom
emergency-disclosure-emergency-risk-other = Iné ohrozenie života alebo bezpečnosti
emergency-disclosure-emergency-risk-other-detail = Druh ohrozenia
emergency-disclosure-emergency-facts = Skutočnosti preukazujúce závažné a bezprostredné ohrozenie života alebo bezpečnosti fyzickej osoby
    .hint = { $basis ->
            [protocol2] Uveďte, kto je ohrozený (meno alebo opis), v čom nebezpečenstvo spočíva, prečo sa môže kedykoľvek naplniť a odkiaľ informácia pochádza a kedy bola prijatá (s časovým pásmom). Ohrozenie len možné alebo nie bezprostredné nie je núdzovou situáciou v zmysle protokolu.
           *[other] Uveďte, kto je ohrozený (meno alebo opis), v čom nebezpečenstvo spočíva, prečo sa môže kedykoľvek naplniť a odkiaľ informácia pochádza a kedy bola prijatá (s časovým pásmom). Ohrozenie len možné alebo nie bezprostredné nie je núdzovou situáciou.
        }
emergency-disclosure-emergency-relation = Ako požadované údaje súvisia s núdzovou situáciou
    .hint = Uveďte, ako údaje pomôžu nebezpečenstvo odvrátiť, napríklad lokalizáciou ohrozenej osoby alebo identifikáciou osoby, ktorá sa vyhráža, a prečo sa predpokladá, že ich má tento poskytovateľ služieb.
emergency-disclosure-emergency-urgency = Prečo údaje nemožno včas získať prostredníctvom uchovania a vzájomnej právnej pomoci
    .hint = Uveďte, ako skoro môže ujma nastať a prečo by žiadosť o uchovanie, po ktorej by nasledovala žiadosť o vzájomnú právnu pomoc, alebo príkaz na vydanie nemohli údaje získať včas.
emergency-disclosure-emergency-needed-by = Údaje potrebné do
    .hint = Najneskorší čas, keď údaje ešte môžu pomôcť, s časovým pásmom. Nechajte prázdne, ak sú údaje potrebné okamžite.

emergency-disclosure-data = Požadované údaje
emergency-disclosure-data-identifiers = Identifikátory požadovaných údajov
    .hint = Každý účet, adresa alebo číslo presne tak, ako ich služba zobrazuje. Pri IP adrese uveďte zdrojový port a presný dátum a čas s časovým pásmom: kde sú adresy zdieľané, poskytovateľ bez nich používateľa neidentifikuje.
emergency-disclosure-data-period = Obdobie požadovaných údajov
    .hint = Také úzke, ako to núdzová situácia dovolí, každý koniec s časovým pásmom: núdzová situácia len zriedka odôvodní viac ako niekoľko dní (obdobie dlhšie ako 7 dní sa označí).
emergency-disclosure-data-categories = Kategórie požadovaných údajov
    .hint = Žiadajte len o údaje, ktoré núdzová situácia vyžaduje. Poskytovatelia služieb v niektorých štátoch, napríklad v Spojených štátoch, môžu zahraničným orgánom priamo sprístupniť len iné údaje ako údaje o obsahu.
emergency-disclosure-data-categories-subscriber = Informácie o účastníkoch
emergency-disclosure-data-categories-traffic = Prevádzkové údaje
emergency-disclosure-data-categories-content = Údaje o obsahu
emergency-disclosure-data-categories-location = Lokalizačné údaje
emergency-disclosure-data-categories-other = Iné údaje
emergency-disclosure-data-categories-other-detail = Iné požadované údaje

emergency-disclosure-instructions = Osobitné procesné pokyny
emergency-disclosure-instructions-confidentiality = Dôvernosť: neupovedomujte používateľa ani žiadnu tretiu osobu o tejto žiadosti
    .hint = Niektorí poskytovatelia služieb upovedomujú svojich používateľov o žiadostiach, ak nie sú požiadaní, aby tak nerobili. Ak sa používateľ o žiadosti dozvie, ohrozenej osobe môže vzniknúť ujma.
emergency-disclosure-instructions-format = Preferovaný formát údajov
emergency-disclosure-instructions-format-electronic = Elektronický a strojovo čitateľný (napríklad tabuľka alebo súbor CSV)
emergency-disclosure-instructions-format-document = Elektronický dokument (PDF)
emergency-disclosure-instructions-format-usual = Formát, ktorý poskytovateľ služieb bežne používa
emergency-disclosure-instructions-format-other = Iný formát
emergency-disclosure-instructions-format-other-detail = Formát
emergency-disclosure-instructions-other = Iné pokyny alebo informácie, ktoré môžu pomôcť údaje získať

emergency-disclosure-follow-up = Nadväzujúci právny postup
emergency-disclosure-follow-up-process = Právny postup, ktorý bude na túto žiadosť nadväzovať
    .hint = Či sa o údaje sprístupnené v núdzovej situácii bude znova žiadať formálnym právnym postupom, aby mohli byť použité ako dôkaz.
emergency-disclosure-follow-up-process-mla = Žiadosť o vzájomnú právnu pomoc
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Príkaz na vydanie určený poskytovateľovi služieb podľa článku 7 Druhého dodatkového protokolu
       *[other] Príkaz na vydanie určený poskytovateľovi služieb
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Žiadosť o urýchlené uchovanie uložených počítačových údajov (článok 29 dohovoru)
        [protocol2] Žiadosť o urýchlené uchovanie uložených počítačových údajov (článok 29 dohovoru)
       *[other] Žiadosť o urýchlené uchovanie uložených počítačových údajov
    }
emergency-disclosure-follow-up-process-none = Nadväzujúci právny postup sa nepredpokladá
emergency-disclosure-follow-up-process-other = Iný právny postup
emergency-disclosure-follow-up-process-other-detail = Právny postup
emergency-disclosure-follow-up-expected-date = Predpokladaný dátum odoslania
    .hint = Nechajte prázdne, ak sa nadväzujúci právny postup nepredpokladá.
emergency-disclosure-follow-up-details = Podrobnosti nadväzujúceho postupu alebo dôvod, prečo sa nepredpokladá
