# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = A 3. pontban megjelölt megkeresésben kért megőrzés visszaigazolása

## 1 to 4: common to every answer

reply-preserved-date = Dátum
reply-preserved-reference = Hivatkozási számunk
    .hint = Az a hivatkozási szám, amelyen az Ön hatósága a megkeresést kezeli, hogy a megkereső hatóság a további levelezésben hivatkozhasson rá.
reply-preserved-request = A megválaszolt megkeresés
reply-preserved-request-reference = A megkeresés hivatkozási száma
reply-preserved-request-date = A megkeresés dátuma
reply-preserved-request-authority = Megkereső hatóság
reply-preserved-request-fingerprint = A megkeresés ujjlenyomata
    .hint = A megkeresés minden oldalának alján nyomtatott ujjlenyomat. A beérkezett megkeresésből töltődik ki: pontosan megmutatja a megkereső hatóságnak, hogy megkeresésének melyik változatára szól ez a válasz.
reply-preserved-responding-authority = Válaszadó hatóság
reply-preserved-responding-authority-organisation = Hatóság
reply-preserved-responding-authority-person = A megkeresést intéző tisztviselő
reply-preserved-responding-authority-position = Beosztás vagy rendfokozat
reply-preserved-responding-authority-telephone = Telefonszám
reply-preserved-responding-authority-email = E-mail-cím

## 5 Preservation

reply-preserved-preservation = Megőrzés
reply-preserved-preservation-preserved-on = Az adatok megőrzésének dátuma
reply-preserved-preservation-ends-on = A megőrzés utolsó napja
    .hint = Az utolsó nap, ameddig az adatokat tárolják, kivéve, ha a megőrzést meghosszabbítják, vagy addig az adatok kiadása iránti megkeresés érkezik.
reply-preserved-preservation-scope = Megőrzött adatok
reply-preserved-preservation-scope-all = Valamennyi kért adat
reply-preserved-preservation-scope-part = A kért adatok egy része
reply-preserved-preservation-scope-part-detail = A megőrzött adatok, illetve a meg nem őrzött adatok az ok megjelölésével
reply-preserved-preservation-holder = Az adatok kezelője
reply-preserved-remarks = Megjegyzések
