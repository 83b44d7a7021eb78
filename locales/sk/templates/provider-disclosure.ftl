# Vzor provider-disclosure: žiadosť zaslaná priamo poskytovateľovi služieb o dobrovoľné sprístupnenie iných údajov ako
# údajov o obsahu (informácie o účastníkoch, IP adresy a záznamy o prihláseniach). Necituje sa žiadna zmluva:
# poskytovateľ rozhoduje o sprístupnení podľa vlastných pravidiel a práva; žiadosť uvádza vnútroštátne právo, na
# základe ktorého dožadujúci orgán koná.

provider-disclosure-legal-basis = Žiadosť o dobrovoľné sprístupnenie zaslaná priamo poskytovateľovi služieb dožadujúcim orgánom na základe vnútroštátneho práva tohto orgánu (oddiel 6)
provider-disclosure-date = Dátum
provider-disclosure-reference = Číslo konania / spisová značka
provider-disclosure-status = Stav žiadosti
provider-disclosure-status-new = Nová žiadosť
provider-disclosure-status-follow-up-preservation = Nadväzuje na žiadosť o uchovanie zaslanú poskytovateľovi služieb
provider-disclosure-previous-preservation = Žiadosť o uchovanie, na ktorú táto žiadosť nadväzuje
provider-disclosure-previous-preservation-date = Dátum žiadosti o uchovanie
provider-disclosure-previous-preservation-reference = Číslo žiadosti o uchovanie
provider-disclosure-previous-preservation-provider-reference = Číslo, ktoré poskytovateľ služieb pridelil uchovaniu
    .hint = Ak poskytovateľ služieb potvrdil uchovanie pod vlastným číslom, uveďte ho: poskytovateľ potom uchované údaje nájde okamžite.

## 4 Oslovený poskytovateľ služieb

provider-disclosure-addressee = Oslovený poskytovateľ služieb
provider-disclosure-addressee-name = Oslovená právnická osoba
    .hint = Spoločnosť, ktorá zodpovedá za službu a za dotknutých používateľov. Žiadosti zaslané nesprávnej právnickej osobe sú často odmietnuté: vyberte poskytovateľa vyššie alebo zadajte právnickú osobu uvedenú v jeho usmerneniach pre orgány činné v trestnom konaní.
provider-disclosure-addressee-service = Dotknutá služba
    .hint = Služba, ktorej údaje sa požadujú, tak, ako ju poznajú jej používatelia (napríklad sociálna sieť, e-mailová služba alebo služba na posielanie správ).
provider-disclosure-addressee-country = Štát, v ktorom je právnická osoba usadená
provider-disclosure-addressee-address = Adresa na doručovanie písomností
provider-disclosure-addressee-portal = Portál alebo webový formulár pre žiadosti orgánov činných v trestnom konaní
provider-disclosure-addressee-email = E-mailová adresa pre žiadosti orgánov činných v trestnom konaní

## 5 Dožadujúci orgán

provider-disclosure-requesting-authority = Dožadujúci orgán
provider-disclosure-requesting-authority-organisation = Orgán
provider-disclosure-requesting-authority-person = Úradná osoba zodpovedná za žiadosť
provider-disclosure-requesting-authority-position = Funkcia alebo hodnosť
provider-disclosure-requesting-authority-address = Adresa
provider-disclosure-requesting-authority-telephone = Telefónne číslo
    .hint = V medzinárodnom formáte, začínajúce znakom + a predvoľbou krajiny, aby poskytovateľ služieb mohol zavolať späť a overiť pravosť žiadosti.
provider-disclosure-requesting-authority-cell-phone = Číslo mobilného telefónu
provider-disclosure-requesting-authority-email = Úradná e-mailová adresa
    .hint = Adresa v úradnej doméne Vášho orgánu: poskytovatelia služieb môžu odmietnuť žiadosti odoslané zo súkromných alebo bezplatných e-mailových adries.
provider-disclosure-requesting-authority-time-zone = Časové pásmo
    .hint = Časové pásmo Vášho úradu ako posun voči UTC. Každý čas v tejto žiadosti sa vzťahuje na toto pásmo, ak nie je uvedené inak.

## 6 Vnútroštátny právny základ

provider-disclosure-domestic-legal-basis = Právny základ žiadosti v práve dožadujúceho orgánu
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Ustanovenia vnútroštátneho práva, na základe ktorých dožadujúci orgán koná
    .hint = Ustanovenia Vášho vnútroštátneho práva (napríklad Trestného poriadku), ktoré Váš orgán oprávňujú vec vyšetrovať a žiadať o tieto údaje. Necitujte žiadnu zmluvu a nevysvetľujte poskytovateľovi služieb jeho vlastné právo: o sprístupnení rozhoduje podľa vlastných pravidiel a práva.
provider-disclosure-domestic-legal-basis-decision = Rozhodnutie alebo príkaz, ktorým sa žiadosť povoľuje, ak existuje
    .hint = Orgán, dátum a číslo rozhodnutia, príkazu alebo povolenia, na základe ktorého sa žiadosť podáva, ak to Vaše právo vyžaduje. Mnohí poskytovatelia služieb žiadajú dokument, ktorý by vyžadovalo ich vlastné právo, alebo jeho miestny ekvivalent: pozrite si požiadavky poskytovateľa vyššie.

## 7 Trestný čin a skutočnosti

provider-disclosure-offence = Trestný čin a stručné zhrnutie skutočností
provider-disclosure-offence-offences = Vyšetrované trestné činy
    .hint = Jeden riadok pre každý trestný čin: jeho názov alebo stručný opis, ustanovenie Vášho trestného práva, ktoré ho vymedzuje, a horná hranica trestnej sadzby.
provider-disclosure-offence-offences-offence = Trestný čin
provider-disclosure-offence-offences-provision = Právne ustanovenie
provider-disclosure-offence-offences-penalty = Horná hranica trestnej sadzby
provider-disclosure-offence-facts = Stručné zhrnutie skutočností
    .hint = Niekoľkými vetami: čo sa stalo, kedy a kde, s každým dátumom a časom s časovým pásmom. Poskytovateľ služieb nepotrebuje viac, než koľko treba na nájdenie údajov a pochopenie, prečo sú potrebné: podozrivého alebo poškodeného uveďte len vtedy, ak je to nevyhnutné.

## 8 Požadované údaje

provider-disclosure-data = Požadované údaje (bez obsahu komunikácie)
provider-disclosure-data-identifiers = Identifikátory dotknutých účtov
    .hint = Každý účet, používateľské meno, ID používateľa, e-mailová adresa, telefónne číslo, adresa URL alebo IP adresa presne tak, ako ich zobrazuje služba. Nesprávne alebo neúplné identifikátory sú jedným z hlavných dôvodov odmietnutia. Pri IP adrese uveďte zdrojový port a presný dátum a čas použitia s časovým pásmom. Obdobie, ktoré sa týka len jedného identifikátora, uveďte v jeho riadku.
provider-disclosure-data-period = Obdobie, na ktoré sa vzťahujú požadované údaje
    .hint = Začiatok aj koniec s časovým pásmom, také úzke, ako to vyšetrovanie dovolí. Žiadosti o dlhé obdobia (viac ako 90 dní) sú často odmietnuté ako príliš široké.
provider-disclosure-data-categories = Kategórie požadovaných údajov
    .hint = Len iné údaje ako údaje o obsahu: poskytovatelia služieb spravidla sprístupňujú obsah komunikácie zahraničným orgánom len prostredníctvom vzájomnej právnej pomoci. Označte len to, čo vyšetrovanie potrebuje.
provider-disclosure-data-categories-subscriber = Informácie o účastníkoch: uvedené meno, adresa, e-mailová adresa a telefónne číslo a dátum vytvorenia účtu
provider-disclosure-data-categories-registration-ip = IP adresa použitá na vytvorenie účtu, s dátumom, časom, časovým pásmom a zdrojovým portom
provider-disclosure-data-categories-login-ip = IP adresy prihlásení (záznamy o prihláseniach), s dátumom, časom, časovým pásmom a zdrojovým portom
provider-disclosure-data-categories-services = Používané služby a obdobie používania
provider-disclosure-data-categories-other = Iné údaje než údaje o obsahu
provider-disclosure-data-categories-other-detail = Iné požadované údaje
provider-disclosure-data-relationship = Význam údajov pre vyšetrovanie
    .hint = Uveďte, ako tieto účty súvisia s trestným činom a čo údaje preukážu, napríklad: z účtu boli dňa 20. 11. 2026 o 14:03 UTC+04:00 odoslané výhražné správy; informácie o účastníkoch a záznamy o prihláseniach k tomuto účtu identifikujú osobu, ktorá ho používala.

## 9 Naliehavosť

provider-disclosure-urgency = Naliehavosť
provider-disclosure-urgency-reasons = Dôvody, pre ktoré je žiadosť naliehavá, ak je naliehavá
    .hint = Napríklad termín hlavného pojednávania alebo preskúmania väzby. Ak hrozí nebezpečenstvo pre život alebo bezpečnosť osoby, použite namiesto toho žiadosť o sprístupnenie v núdzovej situácii.
provider-disclosure-urgency-deadline = Údaje potrebné do
    .hint = Ak nie je žiadna lehota, nechajte prázdne.

## 10 Dôvernosť

provider-disclosure-confidentiality = Dôvernosť
provider-disclosure-confidentiality-conditions = Požadovaná dôvernosť
    .hint = Niektorí poskytovatelia služieb informujú svojich používateľov o žiadostiach, ak nie sú požiadaní, aby tak nerobili, a rozhodujú o tom sami. Označte, čo vyšetrovanie potrebuje, a nižšie uveďte dôvody.
provider-disclosure-confidentiality-conditions-no-notification = Žiadame, aby používateľ ani držiteľ účtu, ani žiadna tretia osoba neboli o tejto žiadosti upovedomení
provider-disclosure-confidentiality-conditions-warn = Ak Vaše pravidlá vyžadujú upovedomenie používateľa, žiadame o informovanie dožadujúceho orgánu skôr, než tak urobíte
provider-disclosure-confidentiality-details = Dôvody dôvernosti

## 11 Odpoveď

provider-disclosure-reply = Odpoveď
provider-disclosure-reply-format = Uprednostňovaný formát údajov
provider-disclosure-reply-format-electronic = Elektronický a strojovo čitateľný (napríklad tabuľka alebo súbor CSV)
provider-disclosure-reply-format-document = Elektronický dokument (PDF)
provider-disclosure-reply-format-usual = Formát, ktorý bežne používate
provider-disclosure-reply-channel = Žiadame o odpoveď
provider-disclosure-reply-channel-email = E-mailom na úradnú adresu dožadujúceho orgánu uvedenú v oddiele 5
provider-disclosure-reply-channel-portal = Cez Váš portál pre orgány činné v trestnom konaní
provider-disclosure-reply-channel-other = Iným spôsobom
provider-disclosure-reply-channel-other-detail = Spôsob odpovede
