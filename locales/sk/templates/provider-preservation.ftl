# Vzor provider-preservation: žiadosť o uchovanie údajov zaslaná priamo poskytovateľovi služieb. Necituje sa žiadna
# zmluva: poskytovateľ rozhoduje podľa vlastných pravidiel a práva; žiadosť uvádza vnútroštátne právo, na základe
# ktorého dožadujúci orgán koná.

provider-preservation-legal-basis = Žiadosť zaslaná priamo poskytovateľovi služieb dožadujúcim orgánom na základe vnútroštátneho práva tohto orgánu (oddiel 6)

## 1 až 3: dátum, číslo konania, stav

provider-preservation-date = Dátum
provider-preservation-reference = Číslo konania / spisová značka
provider-preservation-status = Stav žiadosti
provider-preservation-status-new = Nová žiadosť
provider-preservation-status-extension = Predĺženie predchádzajúcej žiadosti o uchovanie
provider-preservation-status-previous-reference = Číslo predchádzajúcej žiadosti (číslo poskytovateľa služieb, ak ho pridelil)
provider-preservation-previous-request-date = Dátum predchádzajúcej žiadosti

## 4 Oslovený poskytovateľ služieb

provider-preservation-addressee = Oslovený poskytovateľ služieb
provider-preservation-addressee-name = Oslovená právnická osoba
    .hint = Spoločnosť, ktorá zodpovedá za službu a za dotknutých používateľov. Žiadosti zaslané nesprávnej právnickej osobe sú často odmietnuté: vyberte poskytovateľa vyššie alebo zadajte právnickú osobu uvedenú v jeho usmerneniach pre orgány činné v trestnom konaní.
provider-preservation-addressee-service = Dotknutá služba
    .hint = Služba, ktorej údaje sa majú uchovať, tak, ako ju poznajú jej používatelia (napríklad sociálna sieť, e-mailová služba alebo služba na posielanie správ).
provider-preservation-addressee-country = Štát, v ktorom je právnická osoba usadená
provider-preservation-addressee-address = Adresa na doručovanie písomností
provider-preservation-addressee-portal = Portál alebo webový formulár pre žiadosti orgánov činných v trestnom konaní
provider-preservation-addressee-email = E-mailová adresa pre žiadosti orgánov činných v trestnom konaní

## 5 Dožadujúci orgán

provider-preservation-requesting-authority = Dožadujúci orgán
provider-preservation-requesting-authority-organisation = Orgán
provider-preservation-requesting-authority-person = Úradná osoba zodpovedná za žiadosť
provider-preservation-requesting-authority-position = Funkcia alebo hodnosť
provider-preservation-requesting-authority-address = Adresa
provider-preservation-requesting-authority-telephone = Telefónne číslo
    .hint = V medzinárodnom formáte, začínajúce znakom + a predvoľbou krajiny, aby poskytovateľ služieb mohol zavolať späť a overiť pravosť žiadosti.
provider-preservation-requesting-authority-cell-phone = Číslo mobilného telefónu
provider-preservation-requesting-authority-email = Úradná e-mailová adresa
    .hint = Adresa v úradnej doméne Vášho orgánu: poskytovatelia služieb môžu odmietnuť žiadosti odoslané zo súkromných alebo bezplatných e-mailových adries.
provider-preservation-requesting-authority-time-zone = Časové pásmo
    .hint = Časové pásmo Vášho úradu ako posun voči UTC. Každý čas v tejto žiadosti sa vzťahuje na toto pásmo, ak nie je uvedené inak.

## 6 Vnútroštátny právny základ

provider-preservation-domestic-legal-basis = Právny základ žiadosti v práve dožadujúceho orgánu
provider-preservation-domestic-legal-basis-domestic-legal-basis = Ustanovenia vnútroštátneho práva, na základe ktorých dožadujúci orgán koná
    .hint = Ustanovenia Vášho vnútroštátneho práva (napríklad Trestného poriadku), ktoré Váš orgán oprávňujú vec vyšetrovať a podať túto žiadosť. Necitujte žiadnu zmluvu a nevysvetľujte poskytovateľovi služieb jeho vlastné právo: o tom, či žiadosti vyhovie, rozhoduje podľa vlastných pravidiel a práva.
provider-preservation-domestic-legal-basis-decision = Rozhodnutie alebo príkaz, ktorým sa žiadosť povoľuje, ak existuje
    .hint = Orgán, dátum a číslo rozhodnutia, príkazu alebo povolenia, na základe ktorého sa žiadosť podáva, ak to Vaše právo vyžaduje.

## 7 Trestný čin a skutočnosti

provider-preservation-offence = Trestný čin a stručné zhrnutie skutočností
provider-preservation-offence-offences = Vyšetrované trestné činy
    .hint = Jeden riadok pre každý trestný čin: jeho názov alebo stručný opis, ustanovenie Vášho trestného práva, ktoré ho vymedzuje, a horná hranica trestnej sadzby.
provider-preservation-offence-offences-offence = Trestný čin
provider-preservation-offence-offences-provision = Právne ustanovenie
provider-preservation-offence-offences-penalty = Horná hranica trestnej sadzby
provider-preservation-offence-facts = Stručné zhrnutie skutočností
    .hint = Niekoľkými vetami: čo sa stalo, kedy a kde, s každým dátumom a časom s časovým pásmom. Poskytovateľ služieb nepotrebuje viac, než koľko treba na nájdenie údajov: podozrivého alebo poškodeného uveďte len vtedy, ak je to nevyhnutné.

## 8 Údaje, ktoré sa majú uchovať

provider-preservation-data = Údaje, ktoré sa majú uchovať
provider-preservation-data-identifiers = Identifikátory účtov alebo údajov, ktoré sa majú uchovať
    .hint = Každý účet, používateľské meno, ID používateľa, e-mailová adresa, telefónne číslo, adresa URL alebo IP adresa presne tak, ako ich zobrazuje služba. Nesprávne alebo neúplné identifikátory sú jedným z hlavných dôvodov odmietnutia. Pri IP adrese uveďte zdrojový port a presný dátum a čas použitia s časovým pásmom. Obdobie, ktoré sa týka len jedného identifikátora, uveďte v jeho riadku.
provider-preservation-data-period = Obdobie, na ktoré sa vzťahujú údaje, ktoré sa majú uchovať
    .hint = Obdobie, ktoré musia údaje pokrývať, ak je pre všetky identifikátory rovnaké, so začiatkom aj koncom s časovým pásmom. Žiadosti o dlhé obdobia (viac ako 90 dní) sú často odmietnuté ako príliš široké.
provider-preservation-data-categories = Kategórie údajov, ktoré sa majú uchovať
    .hint = Označte len to, čo vyšetrovanie potrebuje. Uchovanie zachová údaje v nezmenenom stave; nesprístupňuje ich: budú sa žiadať v právnom postupe uvedenom v oddiele 9.
provider-preservation-data-categories-subscriber = Informácie o účastníkoch
provider-preservation-data-categories-traffic = Prevádzkové údaje vrátane IP adries a záznamov o prihláseniach
provider-preservation-data-categories-content = Údaje o obsahu
provider-preservation-data-categories-other = Iné údaje
provider-preservation-data-categories-other-detail = Iné údaje, ktoré sa majú uchovať
provider-preservation-data-relationship = Súvislosť údajov s vyšetrovaním
    .hint = Uveďte, ako tieto účty alebo údaje súvisia s trestným činom, napríklad: z účtu boli dňa 20. 11. 2026 o 14:03 UTC+04:00 odoslané výhražné správy.

## 9 Nadväzujúci právny postup

provider-preservation-follow-up = Sprístupnenie uchovaných údajov
provider-preservation-follow-up-process = Dožadujúci orgán bude žiadať o sprístupnenie uchovaných údajov takto
    .hint = Označte, čo zašlete. Uchovanie údaje len zachová; ak ich chcete získať, zašlite žiadosť o sprístupnenie s dostatočnou rezervou pred skončením uchovania alebo včas požiadajte o predĺženie.
provider-preservation-follow-up-process-mla = Žiadosť o vzájomnú právnu pomoc štátu, v ktorom je poskytovateľ služieb usadený
provider-preservation-follow-up-process-provider = Žiadosť poskytovateľovi služieb o dobrovoľné sprístupnenie
provider-preservation-follow-up-process-other = Iný právny postup
provider-preservation-follow-up-process-other-detail = Právny postup
provider-preservation-follow-up-expected-date = Predpokladaný dátum žiadosti o sprístupnenie
    .hint = Ako dlho poskytovateľ služieb údaje uchováva, závisí od jeho pravidiel: pozrite si jeho profil vyššie a žiadosť o sprístupnenie zašlite v tejto lehote.

## 10 Dôvernosť

provider-preservation-confidentiality = Dôvernosť
provider-preservation-confidentiality-conditions = Požadovaná dôvernosť
    .hint = Niektorí poskytovatelia služieb informujú svojich používateľov o žiadostiach, ak nie sú požiadaní, aby tak nerobili, a rozhodujú o tom sami. Označte, čo vyšetrovanie potrebuje, a nižšie uveďte dôvody.
provider-preservation-confidentiality-conditions-no-notification = Žiadame, aby používateľ ani držiteľ účtu, ani žiadna tretia osoba neboli o tejto žiadosti upovedomení
provider-preservation-confidentiality-conditions-warn = Ak Vaše pravidlá vyžadujú upovedomenie používateľa, žiadame o informovanie dožadujúceho orgánu skôr, než tak urobíte
provider-preservation-confidentiality-details = Dôvody dôvernosti

## 11 Odpoveď

provider-preservation-reply = Odpoveď
provider-preservation-reply-acknowledgement = Žiadame o potvrdenie, že údaje boli uchované, a o oznámenie čísla prideleného tejto žiadosti a dátumu, kedy sa uchovanie skončí
provider-preservation-reply-channel = Žiadame o odpoveď
provider-preservation-reply-channel-email = E-mailom na úradnú adresu dožadujúceho orgánu uvedenú v oddiele 5
provider-preservation-reply-channel-portal = Cez Váš portál pre orgány činné v trestnom konaní
provider-preservation-reply-channel-other = Iným spôsobom
provider-preservation-reply-channel-other-detail = Spôsob odpovede
