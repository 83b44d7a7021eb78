# Template provider-preservation: request sent directly to a service provider to preserve data.
# No treaty is cited: the provider decides under its own policy and law; the request states the
# domestic law under which the requesting authority acts.

provider-preservation-legal-basis = A megkereső hatóság által saját belső joga alapján közvetlenül a szolgáltatóhoz intézett megkeresés (6. szakasz)

## 1–3: dátum, hivatkozási szám, állapot

provider-preservation-date = Dátum
provider-preservation-reference = Hivatkozási szám / ügyszám
provider-preservation-status = A megkeresés állapota
provider-preservation-status-new = Új megkeresés
provider-preservation-status-extension = Korábbi megőrzés iránti megkeresés meghosszabbítása
provider-preservation-status-previous-reference = A korábbi megkeresés hivatkozási száma (a szolgáltató által adott szám, ha adott ilyet)
provider-preservation-previous-request-date = A korábbi megkeresés dátuma

## 4 A megkeresett szolgáltató

provider-preservation-addressee = A megkeresett szolgáltató
provider-preservation-addressee-name = A megkeresett jogi személy
    .hint = Az a társaság, amely a szolgáltatásért és az érintett felhasználókért felel. A nem megfelelő jogi személyhez intézett megkereséseket gyakran elutasítják: válassza ki fent a szolgáltatót, vagy írja be a bűnüldöző hatóságoknak szóló útmutatójában megnevezett jogi személyt.
provider-preservation-addressee-service = Az érintett szolgáltatás
    .hint = Az a szolgáltatás, amelynek adatait meg kell őrizni, úgy megnevezve, ahogyan a felhasználói ismerik (például közösségi háló, e-mail- vagy üzenetküldő szolgáltatás).
provider-preservation-addressee-country = A jogi személy székhelye szerinti állam
provider-preservation-addressee-address = Iratkézbesítési cím
provider-preservation-addressee-portal = Portál vagy webes űrlap bűnüldöző hatóságok megkereséseihez
provider-preservation-addressee-email = E-mail-cím bűnüldöző hatóságok megkereséseihez

## 5 Megkereső hatóság

provider-preservation-requesting-authority = Megkereső hatóság
provider-preservation-requesting-authority-organisation = Hatóság
provider-preservation-requesting-authority-person = A megkeresésért felelős tisztviselő
provider-preservation-requesting-authority-position = Beosztás vagy rendfokozat
provider-preservation-requesting-authority-address = Cím
provider-preservation-requesting-authority-telephone = Telefonszám
    .hint = Nemzetközi formátumban, + jellel és az országhívószámmal kezdve, hogy a szolgáltató visszahívhasson, és ellenőrizhesse a megkeresés hitelességét.
provider-preservation-requesting-authority-cell-phone = Mobiltelefonszám
provider-preservation-requesting-authority-email = Hivatalos e-mail-cím
    .hint = Hatósága hivatalos tartományába tartozó cím: a szolgáltatók elutasíthatják a magán- vagy ingyenes e-mail-címekről küldött megkereséseket.
provider-preservation-requesting-authority-time-zone = Időzóna
    .hint = Hivatala időzónája, az UTC-hez viszonyított eltérésként. A megkeresésben szereplő minden időpont ebben az időzónában értendő, hacsak másként nem szerepel.

## 6 Belső jogi alap

provider-preservation-domestic-legal-basis = A megkeresés jogalapja a megkereső hatóság joga szerint
provider-preservation-domestic-legal-basis-domestic-legal-basis = A belső jog azon rendelkezései, amelyek alapján a megkereső hatóság eljár
    .hint = Nemzeti jogának azok a rendelkezései (például a büntetőeljárási törvényé), amelyek felhatalmazzák hatóságát az ügy nyomozására és e megkeresés előterjesztésére. Ne hivatkozzon nemzetközi szerződésre, és ne magyarázza a szolgáltatónak a saját jogát: ő maga dönt saját szabályzata és joga szerint arról, teljesíti-e a megkeresést.
provider-preservation-domestic-legal-basis-decision = A megkeresést engedélyező határozat vagy végzés, ha van ilyen
    .hint = Annak a határozatnak, végzésnek vagy parancsnak a kibocsátó hatósága, kelte és száma, amely alapján a megkeresést előterjesztik, ha jogszabálya ezt megköveteli.

## 7 Bűncselekmény és tényállás

provider-preservation-offence = Bűncselekmény és a tényállás rövid összefoglalása
provider-preservation-offence-offences = A nyomozás tárgyát képező bűncselekmények
    .hint = Bűncselekményenként egy sor: a bűncselekmény megnevezése vagy rövid leírása, a büntetőjogának azt meghatározó rendelkezése és a kiszabható legsúlyosabb büntetés.
provider-preservation-offence-offences-offence = Bűncselekmény
provider-preservation-offence-offences-provision = Jogszabályi rendelkezés
provider-preservation-offence-offences-penalty = Kiszabható legsúlyosabb büntetés
provider-preservation-offence-facts = A tényállás rövid összefoglalása
    .hint = Néhány mondatban: mi történt, mikor és hol, minden dátumot és időpontot a saját időzónájával. A szolgáltatónak csak annyi információra van szüksége, amennyi az adatok megtalálásához kell: gyanúsítottat vagy sértettet csak akkor nevezzen meg, ha ez szükséges.

## 8 Megőrzendő adatok

provider-preservation-data = Megőrzendő adatok
provider-preservation-data-identifiers = A megőrzendő fiókok vagy adatok azonosítói
    .hint = Minden fiók, felhasználónév, felhasználói azonosító, e-mail-cím, telefonszám, URL vagy IP-cím pontosan úgy, ahogyan a szolgáltatás megjeleníti. A hibás vagy hiányos azonosító az elutasítás egyik fő oka. IP-cím esetén adja meg a forrásportot, valamint a használat pontos dátumát és időpontját időzónával. A csak egy azonosítóra vonatkozó időszakot annak sorában kell megadni.
provider-preservation-data-period = A megőrzendő adatok időszaka
    .hint = Az az időszak, amelyet az adatoknak le kell fedniük, ha minden azonosítóra azonos, kezdetével és végével, mindkettőt a saját időzónájával. A hosszú időszakra (90 napnál hosszabbra) vonatkozó megkereséseket gyakran túl tágnak minősítve elutasítják.
provider-preservation-data-categories = A megőrzendő adatok kategóriái
    .hint = Csak azt jelölje be, amire a nyomozáshoz szükség van. A megőrzés változatlanul megtartja az adatokat, de nem adja ki őket: azokat a 9. szakaszban megjelölt jogi eljárással kérik majd.
provider-preservation-data-categories-subscriber = Előfizetői adatok
provider-preservation-data-categories-traffic = Forgalmi adatok, ideértve az IP-címeket és a bejelentkezési naplókat
provider-preservation-data-categories-content = Tartalmi adatok
provider-preservation-data-categories-other = Egyéb adatok
provider-preservation-data-categories-other-detail = Egyéb megőrzendő adatok
provider-preservation-data-relationship = Az adatok kapcsolata a nyomozással
    .hint = Mutassa be, hogyan kapcsolódnak ezek a fiókok vagy adatok a bűncselekményhez, például: a fiókról küldték a fenyegető üzeneteket 2026. 11. 20-án 14:03-kor (UTC+04:00).

## 9 Ezt követő jogi eljárás

provider-preservation-follow-up = A megőrzött adatok kiadása
provider-preservation-follow-up-process = A megkereső hatóság a megőrzött adatok kiadását a következő módon kéri
    .hint = Jelölje be, amit megküld. A megőrzés csak megtartja az adatokat; megszerzésükhöz jóval a megőrzés vége előtt küldje meg az adatkiadás iránti megkeresést, vagy időben kérjen meghosszabbítást.
provider-preservation-follow-up-process-mla = Kölcsönös jogsegély iránti megkeresés annak az államnak, ahol a szolgáltató székhelye van
provider-preservation-follow-up-process-provider = Önkéntes adatkiadás iránti megkeresés a szolgáltatóhoz
provider-preservation-follow-up-process-other = Más jogi eljárás
provider-preservation-follow-up-process-other-detail = Jogi eljárás
provider-preservation-follow-up-expected-date = Az adatkiadás iránti megkeresés várható dátuma
    .hint = Az, hogy a szolgáltató mennyi ideig őrzi meg az adatokat, szabályzatától függ: lásd fent a profilját, és az adatkiadás iránti megkeresést ezen időn belül küldje meg.

## 10 Bizalmas kezelés

provider-preservation-confidentiality = Bizalmas kezelés
provider-preservation-confidentiality-conditions = Kért bizalmas kezelés
    .hint = Egyes szolgáltatók értesítik felhasználóikat a megkeresésekről, hacsak nem kérik őket ennek mellőzésére, és erről maguk döntenek. Jelölje be, amire a nyomozáshoz szükség van, és alább indokolja.
provider-preservation-confidentiality-conditions-no-notification = Kérjük, e megkeresésről ne értesítse a felhasználót, a fiók tulajdonosát vagy bármely harmadik személyt
provider-preservation-confidentiality-conditions-warn = Ha szabályzatuk a felhasználó értesítését írja elő, kérjük, ezt megelőzően tájékoztassák a megkereső hatóságot
provider-preservation-confidentiality-details = A bizalmas kezelés indokai

## 11 Válasz

provider-preservation-reply = Válasz
provider-preservation-reply-acknowledgement = Kérjük, erősítse meg, hogy az adatokat megőrizték, és adja meg az e megkereséshez rendelt hivatkozási számot, valamint azt a dátumot, amikor a megőrzés véget ér
provider-preservation-reply-channel = Kérjük, válaszoljon
provider-preservation-reply-channel-email = E-mailben a megkereső hatóság 5. szakaszban megadott hivatalos címére
provider-preservation-reply-channel-portal = A bűnüldöző hatóságoknak szóló portáljukon keresztül
provider-preservation-reply-channel-other = Más módon
provider-preservation-reply-channel-other-detail = A válasz módja
