# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Pontosítás kérése a 3. pontban megjelölt megkereséssel kapcsolatban

## 1 to 4: common to every answer

reply-clarification-date = Dátum
reply-clarification-reference = Hivatkozási számunk
    .hint = Az a hivatkozási szám, amelyen az Ön hatósága a megkeresést kezeli, hogy a megkereső hatóság a további levelezésben hivatkozhasson rá.
reply-clarification-request = A megválaszolt megkeresés
reply-clarification-request-reference = A megkeresés hivatkozási száma
reply-clarification-request-date = A megkeresés dátuma
reply-clarification-request-authority = Megkereső hatóság
reply-clarification-request-fingerprint = A megkeresés ujjlenyomata
    .hint = A megkeresés minden oldalának alján nyomtatott ujjlenyomat. A beérkezett megkeresésből töltődik ki: pontosan megmutatja a megkereső hatóságnak, hogy megkeresésének melyik változatára szól ez a válasz.
reply-clarification-responding-authority = Válaszadó hatóság
reply-clarification-responding-authority-organisation = Hatóság
reply-clarification-responding-authority-person = A megkeresést intéző tisztviselő
reply-clarification-responding-authority-position = Beosztás vagy rendfokozat
reply-clarification-responding-authority-telephone = Telefonszám
reply-clarification-responding-authority-email = E-mail-cím

## 5 Clarification requested

reply-clarification-clarification = Kért pontosítás
reply-clarification-clarification-fields = A megkeresés érintett mezői
    .hint = A megkeresés minden olyan számozott mezőjére egy sor, amely nem egyértelmű vagy hiányos: a mező száma, ahogyan a megkeresésben nyomtatva szerepel, és az, amire szükség van.
reply-clarification-clarification-fields-field = A mező száma
reply-clarification-clarification-fields-question = Mi nem egyértelmű, vagy mi hiányzik
reply-clarification-clarification-by = Kérjük, legkésőbb eddig válaszoljon
    .hint = Nem kötelező. Megőrzés esetén az a dátum, ameddig a válaszra szükség van ahhoz, hogy az adatokat tovább tárolják.
