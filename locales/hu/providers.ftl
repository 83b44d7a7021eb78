# A szolgáltató kiválasztása a szolgáltatóhoz intézett megkeresésekben: a providers/ profiljai (ki felel az
# egyes szolgáltatásokért, hová kell a megkereséseket küldeni, minek kell megfelelniük), mindegyik adat egy
# megadott napon elolvasott nyilvános forrásból.

provider-picker = Szolgáltató
    .hint = Válasszon szolgáltatót, hogy az alábbi jogi személyt, címét és elérhetőségeit a szolgáltató profiljából töltse ki, vagy válassza a „Más szolgáltató” lehetőséget, és írja be azokat. A profilban nem szereplő adatokat Önnek kell kitöltenie.
provider-picker-other = Más szolgáltató (írja be alább)
provider-picker-service = Szolgáltatás
provider-picker-region = Az érintett felhasználók lakóhelye
provider-picker-requesters = A megkereső hatóság székhelye
provider-picker-filled = Kitöltve a(z) { $provider } profiljából: a megkeresés elküldése előtt ellenőrizzen minden adatot.
provider-profile-read = Ez a profil { $date } napján elolvasott nyilvános források alapján készült, és elavult lehet. A megkeresés elküldése előtt tekintse át a szolgáltató saját, bűnüldöző hatóságoknak szóló útmutatóját.
provider-profile-requirements = A szolgáltató követelményei a megkereséssel szemben
provider-profile-no-requirements = A profil nem nevez meg követelményt az ilyen fajtájú megkeresésre.
provider-profile-emergency = Vészhelyzeti megkeresések
provider-profile-no-emergency = A profil nem nevez meg csatornát a vészhelyzeti megkeresésekhez.
provider-profile-preservation = Megőrzés megkeresésre
provider-profile-preservation-days = { $extendable ->
        [yes] Az adatokat { $days } napig őrzi meg; meghosszabbítás kérhető.
        [no] Az adatokat { $days } napig őrzi meg; a megőrzést nem hosszabbítja meg.
       *[unknown] Az adatokat { $days } napig őrzi meg; a forrás nem tünteti fel, hogy a megőrzés meghosszabbítható-e.
    }
provider-profile-preservation-extension = Minden meghosszabbítás { $days } napra szól.
provider-profile-preservation-max-extensions = { $count ->
        [one] Legfeljebb egy meghosszabbítás.
       *[other] Legfeljebb { $count } meghosszabbítás.
    }
provider-profile-no-preservation = A profil nem ad meg megőrzési időt.
provider-profile-languages = Nyelvek, amelyeken a megkeresés megírható: { $codes }
provider-profile-not-found = A forrásokban keresett, de nem talált adatok: { $kinds }
provider-profile-sources = Források
provider-profile-source = { $title }, elolvasva { $date }: { $url }
provider-profile-source-secondary = { $title }, elolvasva { $date }: { $url } (harmadik fél leírása a szolgáltató gyakorlatáról: mielőtt ráhagyatkozna, ellenőrizze)

## Elérhetőségek
provider-contact-portal = Portál (fiókkal): { $value }
provider-contact-web-form = Webes űrlap: { $value }
provider-contact-email = E-mail: { $value }

## A profil által megkülönböztetett régiók (az államokon kívül), a választólistákon
provider-region-eu = Európai Unió
provider-region-eea = Európai Gazdasági Térség
provider-region-european-region = A szolgáltató „európai régiója”
provider-region-non-us = Az Egyesült Államokon kívül
provider-region-other = Máshol

## A profilban szereplő adatok fajtái
provider-fact-entity = jogi személy
provider-fact-address = iratkézbesítési cím
provider-fact-portal = portál vagy cím a megkeresésekhez
provider-fact-emergency = csatorna a vészhelyzeti megkeresésekhez
provider-fact-languages = elfogadott nyelvek
provider-fact-preservation = megőrzési idő
provider-fact-preservation-extension = a megőrzés meghosszabbítása
provider-fact-requirements = követelmények

## Követelménykódok (providers/README.md)
provider-requirement-official-email-domain = Állami szerv hivatalos e-mail-címéről (vagy ilyen címmel létrehozott portálfiókon keresztül) küldik
provider-requirement-portal-account = A szolgáltató portálján keresztül, fiókkal küldik
provider-requirement-in-writing = Írásban készül
provider-requirement-signature = A megkeresést előterjesztő tisztviselő aláírja
provider-requirement-letterhead = A hatóság hivatalos fejléces papírján készül
provider-requirement-non-editable-format = Nem szerkeszthető formátumban küldik
provider-requirement-issued-under-law = A hatóságot felhatalmazó jogszabály alapján, annak eljárását követve bocsátják ki
provider-requirement-account-identifier = A fiókot a szolgáltató saját azonosítóival jelöli meg (felhasználói azonosító, felhasználónév, URL, e-mail-cím)
provider-requirement-relevance-stated = Megjelöli, hogyan kapcsolódnak a kért adatok a nyomozáshoz
provider-requirement-entity-for-user-location = Annak a jogi személynek szól, amely a felhasználó lakóhelye szerint felelős
provider-requirement-mlat-for-content = Tartalmi adatok esetén: kölcsönös jogsegély (nemzetközi szerződés vagy megkeresés bírósági jogsegély iránt) vagy az Egyesült Államok CLOUD Act elnevezésű törvénye alapján kötött megállapodás útján
provider-requirement-mlat-for-disclosure = Bármely adatkiadás esetén: kölcsönös jogsegély vagy bírósági jogsegély iránti megkeresés útján
provider-requirement-subpoena-or-equivalent-for-non-content = Nem tartalmi adatok esetén: idézés (subpoena) vagy annak helyi megfelelője
provider-requirement-warrant-or-equivalent-for-content = Tartalmi adatok esetén: házkutatási parancs, bírósági végzés vagy ezek helyi megfelelője
provider-requirement-judicial-order = Igazságügyi hatóság végzése
provider-requirement-formal-channel-only = Csak a szolgáltató hivatalos csatornáin: informális megkeresésekre nem válaszol
provider-requirement-emergency-form = Vészhelyzeti megkeresések: a szolgáltató saját vészhelyzeti űrlapján
provider-requirement-emergency-facts-stated = Vészhelyzeti megkeresések: meg kell nevezni a halál vagy súlyos testi sérülés veszélyét, és azt, hogyan segítenek az adatok ennek elhárításában
