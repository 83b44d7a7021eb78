# Template art29-preservation: request for expedited preservation of stored computer data
# (Convention on Cybercrime, Articles 29 and 30). Sections 1 to 7 follow T-CY(2018)11, sections
# 8 and 9 T-CY(2018)10, sections 10 to 14 the elements of Article 29, paragraph 2.b to f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Články 29 a 30 Dohovoru o počítačovej kriminalite (ETS č. 185)
       *[other] { basis-legal-basis }
    }

## 1 to 3: date, reference, status

art29-preservation-date = Dátum
art29-preservation-reference = Číslo konania / spisová značka
art29-preservation-status = Stav žiadosti
art29-preservation-status-new = Nová žiadosť
art29-preservation-status-extension = Predĺženie predchádzajúcej žiadosti
art29-preservation-status-previous-reference = Číslo prípadu alebo číslo konania predchádzajúcej žiadosti
art29-preservation-previous-request-date = Dátum predchádzajúcej žiadosti
art29-preservation-executed-date = Dátum, keď dožiadaná strana vykonala uchovanie
    .hint = Vaša vlastná poznámka, v žiadosti sa nikdy netlačí: dátum potvrdený dožiadanou stranou alebo poskytovateľom služieb, keď bude známy. Od neho plynie doba uchovania zobrazovaná v aplikácii a v pripomienke.

## 4 Requested authority

art29-preservation-requested-authority = Dožiadaný orgán
art29-preservation-requested-authority-type = Žiadosť je určená
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] Kontaktnému miestu siete 24/7 (článok 35)
       *[other] Kontaktnému miestu siete 24/7
    }
art29-preservation-requested-authority-type-competent-authority = Inému príslušnému orgánu
art29-preservation-requested-authority-authority = Názov orgánu
    .hint = { $basis ->
            [budapest] Kontaktné miesto siete 24/7 alebo príslušný orgán dožiadaného štátu, ako je uvedený v zozname Rady Európy alebo vo vyhláseniach tohto štátu.
           *[other] Kontaktné miesto siete 24/7 alebo príslušný orgán dožiadaného štátu, ako je uvedený vo vyhláseniach tohto štátu podľa zvoleného nástroja.
        }
art29-preservation-requested-authority-country = Dožiadaný štát
    .hint = Strana požiadaná o uchovanie údajov: zvyčajne štát, v ktorom sa nachádza počítačový systém alebo poskytovateľ služieb.

## 5 Requesting authority

art29-preservation-requesting-authority = Dožadujúci orgán
art29-preservation-requesting-authority-organisation = Organizácia
art29-preservation-requesting-authority-person = Osoba zodpovedná za žiadosť
art29-preservation-requesting-authority-address = Adresa
art29-preservation-requesting-authority-telephone = Telefónne číslo
    .hint = V medzinárodnom formáte, začínajúce znakom + a predvoľbou krajiny. Uveďte číslo, ktoré je pre naliehavé otázky dostupné aj mimo úradných hodín.
art29-preservation-requesting-authority-cell-phone = Číslo mobilného telefónu
art29-preservation-requesting-authority-email = E-mailová adresa
art29-preservation-requesting-authority-fax = Číslo faxu
art29-preservation-requesting-authority-office-hours = Úradné hodiny
    .hint = Vaše pracovné dni a hodiny v časovom pásme uvedenom nižšie, napríklad: pondelok až piatok, 09:00 – 18:00.
art29-preservation-requesting-authority-time-zone = Časové pásmo
    .hint = Časové pásmo Vášho úradu ako posun voči UTC. Každý čas v tejto žiadosti sa vzťahuje na toto pásmo, ak nie je uvedené inak.
art29-preservation-requesting-authority-response = Preferovaný spôsob odpovede
art29-preservation-requesting-authority-response-expedited = Uprednostňuje sa odpoveď e-mailom alebo iným rýchlym spôsobom
art29-preservation-requesting-authority-response-means = Uprednostňuje sa odpoveď prostredníctvom:
art29-preservation-requesting-authority-response-means-detail = Spôsob odpovede

## 6 Backup contact

art29-preservation-backup-contact = Ak bude potrebné dodatočné potvrdenie od dožadujúceho orgánu, obráťte sa, prosím, na
art29-preservation-backup-contact-name = Meno a priezvisko
art29-preservation-backup-contact-job-title = Pracovné zaradenie
art29-preservation-backup-contact-function = Funkcia
art29-preservation-backup-contact-telephone = Telefónne číslo
art29-preservation-backup-contact-cell-phone = Číslo mobilného telefónu
art29-preservation-backup-contact-email = E-mailová adresa

## 7 Investigative or operational authority

art29-preservation-investigative-authority = Vyšetrujúci alebo operatívny orgán príslušný vo veci
art29-preservation-investigative-authority-different = Vyšetrujúci alebo operatívny orgán je iný ako dožadujúci orgán
art29-preservation-investigative-authority-organisation = Organizácia
art29-preservation-investigative-authority-person = Osoba zodpovedná za vec
art29-preservation-investigative-authority-address = Adresa
art29-preservation-investigative-authority-telephone = Telefónne číslo
art29-preservation-investigative-authority-cell-phone = Číslo mobilného telefónu
art29-preservation-investigative-authority-email = E-mailová adresa
art29-preservation-investigative-authority-fax = Číslo faxu

## 8 Prosecution office or court

art29-preservation-prosecution = Príslušná prokuratúra alebo súd, ak je to relevantné
art29-preservation-prosecution-office = Príslušná prokuratúra
art29-preservation-prosecution-office-case = Spisová značka prokuratúry
art29-preservation-prosecution-court = Príslušný súd
art29-preservation-prosecution-court-case = Spisová značka súdu

## 9 Domestic legal basis

art29-preservation-domestic-legal-basis = Vnútroštátny právny základ žiadosti, ak je to relevantné
    .hint = Ustanovenia Vášho vnútroštátneho práva, podľa ktorých sa vec vyšetruje a žiada sa o toto uchovanie, napríklad ustanovenia Trestného poriadku.

## 10 Offence and facts: Article 29, paragraph 2.b

art29-preservation-offence = { $basis ->
        [budapest] Trestný čin a stručné zhrnutie skutočností (článok 29 ods. 2 písm. b))
       *[other] Trestný čin a stručné zhrnutie skutočností
    }
art29-preservation-offence-offences = Trestné činy, ktoré sú predmetom vyšetrovania alebo trestného konania
    .hint = Jeden riadok pre každý trestný čin: jeho názov alebo stručný opis, ustanovenie Vášho trestného práva, ktoré ho vymedzuje, a horná hranica trestnej sadzby.
art29-preservation-offence-offences-offence = Trestný čin
art29-preservation-offence-offences-provision = Právne ustanovenie
art29-preservation-offence-offences-penalty = Horná hranica trestnej sadzby
art29-preservation-offence-facts = Stručné zhrnutie skutočností
    .hint = Niekoľkými vetami: čo sa stalo, kedy a kde; toľko, koľko dožiadaný orgán potrebuje na pochopenie žiadosti, a nič navyše. Každý dátum a čas uveďte s časovým pásmom. Kontaktné miesta siete 24/7 túto žiadosť často postupujú poskytovateľovi služieb: meno podozrivého alebo poškodeného uveďte len vtedy, ak ho dožiadaný orgán potrebuje na vyhľadanie údajov.
art29-preservation-offence-convention-offence = Trestný čin zodpovedá trestnému činu ustanovenému v súlade s článkami 2 až 11 Dohovoru o počítačovej kriminalite
    .hint = Obojstranná trestnosť nie je podmienkou uchovania (článok 29 ods. 3), pokiaľ si dožiadaná strana nevyhradila právo vyžadovať ju pri iných trestných činoch ako podľa článkov 2 až 11 (článok 29 ods. 4). Označte a uveďte články, ak je trestný čin jedným z nich. Tlačí sa len po označení.
art29-preservation-offence-convention-articles = Zodpovedajúce články dohovoru
art29-preservation-offence-convention-articles-art2 = Článok 2: Nezákonný prístup
art29-preservation-offence-convention-articles-art3 = Článok 3: Nezákonné odpočúvanie
art29-preservation-offence-convention-articles-art4 = Článok 4: Zasahovanie do údajov
art29-preservation-offence-convention-articles-art5 = Článok 5: Zasahovanie do systému
art29-preservation-offence-convention-articles-art6 = Článok 6: Zneužitie zariadení
art29-preservation-offence-convention-articles-art7 = Článok 7: Falšovanie súvisiace s počítačom
art29-preservation-offence-convention-articles-art8 = Článok 8: Podvod súvisiaci s počítačom
art29-preservation-offence-convention-articles-art9 = Článok 9: Trestné činy súvisiace s detskou pornografiou
art29-preservation-offence-convention-articles-art10 = Článok 10: Trestné činy súvisiace s porušovaním autorského práva a s ním súvisiacich práv
art29-preservation-offence-convention-articles-art11 = Článok 11: Pokus a pomoc alebo podnecovanie

## 11 Data to be preserved: Article 29, paragraph 2.c

art29-preservation-data = { $basis ->
        [budapest] Uložené počítačové údaje, ktoré sa majú uchovať (článok 29 ods. 2 písm. c))
       *[other] Uložené počítačové údaje, ktoré sa majú uchovať
    }
art29-preservation-data-identifiers = Identifikátory údajov, ktoré sa majú uchovať
    .hint = Každý účet, používateľské meno, e-mailová adresa, telefónne číslo, adresa URL, doména, zariadenie alebo IP adresa, ktorých údaje sa majú uchovať. Pri IP adrese uveďte zdrojový port a presný dátum a čas použitia s časovým pásmom: pri zdieľanej adrese poskytovateľ bez nich používateľa nenájde. Obdobie, ktoré sa týka len jedného identifikátora, uveďte v jeho riadku.
art29-preservation-data-period = Obdobie, na ktoré sa vzťahujú údaje, ktoré sa majú uchovať
    .hint = Obdobie, ktoré musia údaje pokrývať, ak je pre všetky identifikátory rovnaké. Uveďte začiatok aj koniec s časovým pásmom. Žiadajte len o obdobie, ktoré vyšetrovanie potrebuje: žiadosti o dlhé obdobia (viac ako 90 dní) sú často odmietnuté ako príliš široké.
art29-preservation-data-categories = Kategórie údajov, ktoré sa majú uchovať
    .hint = { $basis ->
            [budapest] Označte len to, čo vyšetrovanie potrebuje. Informácie o účastníkoch: totožnosť účastníka, jeho adresa a používaná služba (článok 18 ods. 3). Prevádzkové údaje: pôvod, cieľ, trasa, čas, dátum, veľkosť a trvanie komunikácie alebo druh základnej služby (článok 1 písm. d)). Údaje o obsahu: samotný obsah komunikácie.
           *[other] Označte len to, čo vyšetrovanie potrebuje. Informácie o účastníkoch: totožnosť účastníka, jeho adresa a používaná služba. Prevádzkové údaje: pôvod, cieľ, trasa, čas, dátum, veľkosť a trvanie komunikácie alebo druh základnej služby. Údaje o obsahu: samotný obsah komunikácie.
        }
art29-preservation-data-categories-subscriber = Informácie o účastníkoch
art29-preservation-data-categories-traffic = Prevádzkové údaje
art29-preservation-data-categories-content = Údaje o obsahu
art29-preservation-data-categories-other = Iné údaje
art29-preservation-data-categories-other-detail = Iné údaje, ktoré sa majú uchovať
art29-preservation-data-relationship = Súvislosť údajov s trestným činom
    .hint = Uveďte, ako tieto údaje súvisia s trestným činom, napríklad: z účtu boli dňa 20. 11. 2026 o 14:03 UTC+04:00 odoslané výhražné správy alebo IP adresa bola použitá na prihlásenie na server poškodeného.

## 12 Custodian and location: Article 29, paragraph 2.d

art29-preservation-custodian = { $basis ->
        [budapest] Správca údajov a umiestnenie počítačového systému (článok 29 ods. 2 písm. d))
       *[other] Správca údajov a umiestnenie počítačového systému
    }
art29-preservation-custodian-provider = Poskytovateľ služieb alebo iný správca údajov
    .hint = Názov spoločnosti alebo meno osoby, ktorá údaje má, pokiaľ je známy. Ak známy nie je, uveďte to.
art29-preservation-custodian-contact = Adresa alebo webové sídlo správcu
art29-preservation-custodian-location = Umiestnenie počítačového systému
    .hint = Kde sa nachádza počítačový systém, v ktorom sú údaje uložené, pokiaľ je to známe: štát, mesto, poskytovateľ hostingu alebo dátové centrum.

## 13 Necessity: Article 29, paragraph 2.e

art29-preservation-necessity = { $basis ->
        [budapest] Nevyhnutnosť uchovania (článok 29 ods. 2 písm. e))
       *[other] Nevyhnutnosť uchovania
    }
art29-preservation-necessity-reasons = Dôvody urýchleného uchovania
art29-preservation-necessity-reasons-deletion = Údaje môžu byť vymazané, zmenené alebo stratené
art29-preservation-necessity-reasons-retention = Poskytovateľ služieb uchováva takéto údaje len krátky čas
art29-preservation-necessity-reasons-notice = Podozrivý sa môže o vyšetrovaní dozvedieť a údaje vymazať
art29-preservation-necessity-reasons-other = Iné
art29-preservation-necessity-reasons-other-detail = Iný dôvod
art29-preservation-necessity-explanation = Vysvetlenie
    .hint = Nepovinné: čo naliehavosť konkretizuje, napríklad známa doba, počas ktorej poskytovateľ údaje uchováva, alebo dátum, po ktorom budú údaje vymazané.

## 14 Request for mutual assistance to follow: Article 29, paragraph 2.f

art29-preservation-mla = { $basis ->
        [budapest] Nadväzujúca žiadosť o vzájomnú pomoc (článok 29 ods. 2 písm. f))
       *[other] Nadväzujúca žiadosť o vzájomnú pomoc
    }
art29-preservation-mla-intent = Dožadujúca strana má v úmysle predložiť žiadosť o vzájomnú pomoc týkajúcu sa prehliadky alebo podobného prístupu, zaistenia alebo podobného zabezpečenia, alebo sprístupnenia uložených počítačových údajov.
art29-preservation-mla-expected-date = Predpokladaný dátum žiadosti o vzájomnú pomoc
    .hint = { $basis ->
            [budapest] Podľa článku 29 ods. 7 dohovoru sa uchovanie vykonáva na obdobie najmenej šesťdesiatich dní, aby bolo možné predložiť žiadosť o vzájomnú pomoc; po prijatí takejto žiadosti zostávajú údaje uchované až do rozhodnutia o nej. Ako dlho dožiadaný štát údaje skutočne uchováva, závisí od jeho práva a praxe: pozrite panel doby uchovania a zašlite žiadosť s dostatočnou rezervou pred uplynutím doby alebo včas požiadajte o predĺženie.
           *[other] Ako dlho dožiadaný štát údaje uchováva, závisí od jeho práva a praxe: pozrite panel doby uchovania a zašlite žiadosť o vzájomnú pomoc s dostatočnou rezervou pred uplynutím doby alebo včas požiadajte o predĺženie.
        }

## 15 Article 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Urýchlené sprístupnenie uchovaných prevádzkových údajov (článok 30): ak sa pri uchovávaní prevádzkových údajov týkajúcich sa určitej komunikácie zistí, že sa na jej prenose podieľal poskytovateľ služieb v inom štáte, žiadame o urýchlené sprístupnenie dostatočného množstva prevádzkových údajov na identifikáciu tohto poskytovateľa služieb a cesty, ktorou bola komunikácia prenesená.
       *[other] Urýchlené sprístupnenie uchovaných prevádzkových údajov: ak sa pri uchovávaní prevádzkových údajov týkajúcich sa určitej komunikácie zistí, že sa na jej prenose podieľal poskytovateľ služieb v inom štáte, žiadame o urýchlené sprístupnenie dostatočného množstva prevádzkových údajov na identifikáciu tohto poskytovateľa služieb a cesty, ktorou bola komunikácia prenesená.
    }

## 16 Confidentiality

art29-preservation-confidentiality = Dôvernosť
art29-preservation-confidentiality-conditions = Požadovaná dôvernosť
    .hint = Niektorí poskytovatelia služieb informujú svojich používateľov o žiadostiach. Opýtajte sa dožiadaného orgánu, či sa to môže stať, a označte, čo vyšetrovanie potrebuje.
art29-preservation-confidentiality-conditions-no-notification = Žiadame, aby účastník ani držiteľ účtu nebol o tejto žiadosti upovedomený
art29-preservation-confidentiality-conditions-warn = Žiadame o informovanie dožadujúceho orgánu pred akýmkoľvek úkonom, ktorý by mohol používateľa upozorniť
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Ak uchovanie nezabezpečí budúcu dostupnosť údajov alebo ohrozí dôvernosť vyšetrovania či ho inak poškodí, žiadame o bezodkladné informovanie dožadujúceho orgánu, aby mohol rozhodnúť, či sa má žiadosť napriek tomu vybaviť (článok 29 ods. 6)
       *[other] Ak uchovanie nezabezpečí budúcu dostupnosť údajov alebo ohrozí dôvernosť vyšetrovania či ho inak poškodí, žiadame o bezodkladné informovanie dožadujúceho orgánu, aby mohol rozhodnúť, či sa má žiadosť napriek tomu vybaviť
    }
art29-preservation-confidentiality-details = Ďalšie poznámky k dôvernosti

## 17 Acknowledgement

art29-preservation-acknowledgement = Žiadame o potvrdenie, že údaje boli uchované, a o oznámenie čísla prideleného tejto žiadosti a dátumu, kedy sa uchovanie skončí
