# Template provider-disclosure: request sent directly to a service provider for the voluntary
# disclosure of non-content data (subscriber information, IP addresses and log-in records). No
# treaty is cited: the provider decides under its own policy and law whether to disclose; the
# request states the domestic law under which the requesting authority acts.

provider-disclosure-legal-basis = A megkereső hatóság által saját belső joga alapján közvetlenül a szolgáltatóhoz intézett, önkéntes adatkiadás iránti megkeresés (6. szakasz)
provider-disclosure-date = Dátum
provider-disclosure-reference = Hivatkozási szám / ügyszám
provider-disclosure-status = A megkeresés állapota
provider-disclosure-status-new = Új megkeresés
provider-disclosure-status-follow-up-preservation = A szolgáltatóhoz intézett megőrzés iránti megkeresés folytatása
provider-disclosure-previous-preservation = A megőrzés iránti megkeresés, amelyet ez a megkeresés folytat
provider-disclosure-previous-preservation-date = A megőrzés iránti megkeresés dátuma
provider-disclosure-previous-preservation-reference = A megőrzés iránti megkeresés hivatkozási száma
provider-disclosure-previous-preservation-provider-reference = A szolgáltató által a megőrzéshez rendelt hivatkozási szám
    .hint = Ha a szolgáltató saját hivatkozási számmal igazolta vissza a megőrzést, adja meg azt: így a szolgáltató azonnal megtalálja a megőrzött adatokat.

## 4 A megkeresett szolgáltató

provider-disclosure-addressee = A megkeresett szolgáltató
provider-disclosure-addressee-name = A megkeresett jogi személy
    .hint = Az a társaság, amely a szolgáltatásért és az érintett felhasználókért felel. A nem megfelelő jogi személyhez intézett megkereséseket gyakran elutasítják: válassza ki fent a szolgáltatót, vagy írja be a bűnüldöző hatóságoknak szóló útmutatójában megnevezett jogi személyt.
provider-disclosure-addressee-service = Az érintett szolgáltatás
    .hint = Az a szolgáltatás, amelynek adatait kérik, úgy megnevezve, ahogyan a felhasználói ismerik (például közösségi háló, e-mail- vagy üzenetküldő szolgáltatás).
provider-disclosure-addressee-country = A jogi személy székhelye szerinti állam
provider-disclosure-addressee-address = Iratkézbesítési cím
provider-disclosure-addressee-portal = Portál vagy webes űrlap bűnüldöző hatóságok megkereséseihez
provider-disclosure-addressee-email = E-mail-cím bűnüldöző hatóságok megkereséseihez

## 5 Megkereső hatóság

provider-disclosure-requesting-authority = Megkereső hatóság
provider-disclosure-requesting-authority-organisation = Hatóság
provider-disclosure-requesting-authority-person = A megkeresésért felelős tisztviselő
provider-disclosure-requesting-authority-position = Beosztás vagy rendfokozat
provider-disclosure-requesting-authority-address = Cím
provider-disclosure-requesting-authority-telephone = Telefonszám
    .hint = Nemzetközi formátumban, + jellel és az országhívószámmal kezdve, hogy a szolgáltató visszahívhasson, és ellenőrizhesse a megkeresés hitelességét.
provider-disclosure-requesting-authority-cell-phone = Mobiltelefonszám
provider-disclosure-requesting-authority-email = Hivatalos e-mail-cím
    .hint = Hatósága hivatalos tartományába tartozó cím: a szolgáltatók elutasíthatják a magán- vagy ingyenes e-mail-címekről küldött megkereséseket.
provider-disclosure-requesting-authority-time-zone = Időzóna
    .hint = Hivatala időzónája, az UTC-hez viszonyított eltérésként. A megkeresésben szereplő minden időpont ebben az időzónában értendő, hacsak másként nem szerepel.

## 6 Belső jogi alap

provider-disclosure-domestic-legal-basis = A megkeresés jogalapja a megkereső hatóság joga szerint
provider-disclosure-domestic-legal-basis-domestic-legal-basis = A belső jog azon rendelkezései, amelyek alapján a megkereső hatóság eljár
    .hint = Nemzeti jogának azok a rendelkezései (például a büntetőeljárási törvényé), amelyek felhatalmazzák hatóságát az ügy nyomozására és ezen adatok kérésére. Ne hivatkozzon nemzetközi szerződésre, és ne magyarázza a szolgáltatónak a saját jogát: ő maga dönt saját szabályzata és joga szerint az adatok kiadásáról.
provider-disclosure-domestic-legal-basis-decision = A megkeresést engedélyező határozat vagy végzés, ha van ilyen
    .hint = Annak a határozatnak, végzésnek vagy parancsnak a kibocsátó hatósága, kelte és száma, amely alapján a megkeresést előterjesztik, ha jogszabálya ezt megköveteli. Sok szolgáltató azt az iratot kéri, amelyet saját joga megkövetelne, vagy annak helyi megfelelőjét: lásd fent a szolgáltató követelményeit.

## 7 Bűncselekmény és tényállás

provider-disclosure-offence = Bűncselekmény és a tényállás rövid összefoglalása
provider-disclosure-offence-offences = A nyomozás tárgyát képező bűncselekmények
    .hint = Bűncselekményenként egy sor: a bűncselekmény megnevezése vagy rövid leírása, a büntetőjogának azt meghatározó rendelkezése és a kiszabható legsúlyosabb büntetés.
provider-disclosure-offence-offences-offence = Bűncselekmény
provider-disclosure-offence-offences-provision = Jogszabályi rendelkezés
provider-disclosure-offence-offences-penalty = Kiszabható legsúlyosabb büntetés
provider-disclosure-offence-facts = A tényállás rövid összefoglalása
    .hint = Néhány mondatban: mi történt, mikor és hol, minden dátumot és időpontot a saját időzónájával. A szolgáltatónak csak annyi információra van szüksége, amennyi az adatok megtalálásához és annak megértéséhez kell, hogy miért van rájuk szükség: gyanúsítottat vagy sértettet csak akkor nevezzen meg, ha ez szükséges.

## 8 Kért adatok

provider-disclosure-data = Kért adatok (a közlések tartalma nélkül)
provider-disclosure-data-identifiers = Az érintett fiókok azonosítói
    .hint = Minden fiók, felhasználónév, felhasználói azonosító, e-mail-cím, telefonszám, URL vagy IP-cím pontosan úgy, ahogyan a szolgáltatás megjeleníti. A hibás vagy hiányos azonosító az elutasítás egyik fő oka. IP-cím esetén adja meg a forrásportot, valamint a használat pontos dátumát és időpontját időzónával. A csak egy azonosítóra vonatkozó időszakot annak sorában kell megadni.
provider-disclosure-data-period = A kért adatok időszaka
    .hint = Kezdete és vége időzónával, olyan szűken, amennyire a nyomozás engedi. A hosszú időszakra (90 napnál hosszabbra) vonatkozó megkereséseket gyakran túl tágnak minősítve elutasítják.
provider-disclosure-data-categories = A kért adatok kategóriái
    .hint = Csak nem tartalmi adatok: a szolgáltatók a közlések tartalmát külföldi hatóságoknak általában csak kölcsönös jogsegély útján adják ki. Csak azt jelölje be, amire a nyomozáshoz szükség van.
provider-disclosure-data-categories-subscriber = Előfizetői adatok: a megadott név, cím, e-mail-cím és telefonszám, valamint a fiók létrehozásának dátuma
provider-disclosure-data-categories-registration-ip = A fiók létrehozásához használt IP-cím dátummal, időponttal, időzónával és forrásporttal
provider-disclosure-data-categories-login-ip = A bejelentkezések IP-címei (bejelentkezési naplók) dátummal, időponttal, időzónával és forrásporttal
provider-disclosure-data-categories-services = Igénybe vett szolgáltatások és az igénybevétel időszaka
provider-disclosure-data-categories-other = Egyéb nem tartalmi adatok
provider-disclosure-data-categories-other-detail = Egyéb kért adatok
provider-disclosure-data-relationship = Az adatok jelentősége a nyomozás szempontjából
    .hint = Mutassa be, hogyan kapcsolódnak ezek a fiókok a bűncselekményhez, és mit állapítanak meg az adatok, például: a fiókról küldték a fenyegető üzeneteket 2026. 11. 20-án 14:03-kor (UTC+04:00); az előfizetői adatok és a bejelentkezési naplók azonosítják azt a személyt, aki a fiókot használta.

## 9 Sürgősség

provider-disclosure-urgency = Sürgősség
provider-disclosure-urgency-reasons = A megkeresés sürgősségének okai, ha sürgős
    .hint = Például tárgyalás vagy a letartóztatás felülvizsgálatának időpontja. Ha valamely személy élete vagy biztonsága veszélyben van, helyette a vészhelyzeti adatkiadás iránti megkeresést használja.
provider-disclosure-urgency-deadline = Az adatokra eddig van szükség
    .hint = Hagyja üresen, ha nincs határidő.

## 10 Bizalmas kezelés

provider-disclosure-confidentiality = Bizalmas kezelés
provider-disclosure-confidentiality-conditions = Kért bizalmas kezelés
    .hint = Egyes szolgáltatók értesítik felhasználóikat a megkeresésekről, hacsak nem kérik őket ennek mellőzésére, és erről maguk döntenek. Jelölje be, amire a nyomozáshoz szükség van, és alább indokolja.
provider-disclosure-confidentiality-conditions-no-notification = Kérjük, e megkeresésről ne értesítse a felhasználót, a fiók tulajdonosát vagy bármely harmadik személyt
provider-disclosure-confidentiality-conditions-warn = Ha szabályzatuk a felhasználó értesítését írja elő, kérjük, ezt megelőzően tájékoztassák a megkereső hatóságot
provider-disclosure-confidentiality-details = A bizalmas kezelés indokai

## 11 Válasz

provider-disclosure-reply = Válasz
provider-disclosure-reply-format = Az adatok kívánt formátuma
provider-disclosure-reply-format-electronic = Elektronikus és géppel olvasható (például táblázat vagy CSV-fájl)
provider-disclosure-reply-format-document = Elektronikus dokumentum (PDF)
provider-disclosure-reply-format-usual = Az Önök által szokásosan használt formátum
provider-disclosure-reply-channel = Kérjük, válaszoljon
provider-disclosure-reply-channel-email = E-mailben a megkereső hatóság 5. szakaszban megadott hivatalos címére
provider-disclosure-reply-channel-portal = A bűnüldöző hatóságoknak szóló portáljukon keresztül
provider-disclosure-reply-channel-other = Más módon
provider-disclosure-reply-channel-other-detail = A válasz módja
