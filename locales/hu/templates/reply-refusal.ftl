# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Értesítés arról, hogy a 3. pontban megjelölt megkeresés nem teljesíthető

## 1 to 4: common to every answer

reply-refusal-date = Dátum
reply-refusal-reference = Hivatkozási számunk
    .hint = Az a hivatkozási szám, amelyen az Ön hatósága a megkeresést kezeli, hogy a megkereső hatóság a további levelezésben hivatkozhasson rá.
reply-refusal-request = A megválaszolt megkeresés
reply-refusal-request-reference = A megkeresés hivatkozási száma
reply-refusal-request-date = A megkeresés dátuma
reply-refusal-request-authority = Megkereső hatóság
reply-refusal-request-fingerprint = A megkeresés ujjlenyomata
    .hint = A megkeresés minden oldalának alján nyomtatott ujjlenyomat. A beérkezett megkeresésből töltődik ki: pontosan megmutatja a megkereső hatóságnak, hogy megkeresésének melyik változatára szól ez a válasz.
reply-refusal-responding-authority = Válaszadó hatóság
reply-refusal-responding-authority-organisation = Hatóság
reply-refusal-responding-authority-person = A megkeresést intéző tisztviselő
reply-refusal-responding-authority-position = Beosztás vagy rendfokozat
reply-refusal-responding-authority-telephone = Telefonszám
reply-refusal-responding-authority-email = E-mail-cím

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Indokok
reply-refusal-reasons-reasons = A megkeresés nem teljesíthető, mert
reply-refusal-reasons-reasons-incomplete = a megkeresés hiányos
reply-refusal-reasons-reasons-wrong-addressee = téves hatósághoz vagy jogi személyhez küldték
reply-refusal-reasons-reasons-identification = a megadott információk nem elegendők a felhasználó vagy az adatok azonosításához
reply-refusal-reasons-reasons-not-held = az adatok nincsenek a birtokunkban
reply-refusal-reasons-reasons-retention-expired = az adatokat már nem tárolják
reply-refusal-reasons-reasons-legal-obstacle = jogi akadály áll a teljesítés útjában
reply-refusal-reasons-reasons-dual-criminality = a kettős büntethetőség feltétele nem teljesül
reply-refusal-reasons-reasons-other = egyéb ok
reply-refusal-reasons-reasons-other-detail = Egyéb ok
reply-refusal-reasons-explanation = Magyarázat
    .hint = Nem kötelező. A bejelölt indokok mögötti tények, olyan formában, hogy a megkereső hatóság azok alapján intézkedni tudjon.
reply-refusal-next = Mi tenné lehetővé a megkeresés teljesítését
    .hint = Nem kötelező. Például: a hiányzó információk, az illetékes hatóság vagy jogi személy, vagy az igénybe veendő jogi eljárás.
