# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = A 3. pontban megjelölt megkeresés kézhezvételének visszaigazolása

## 1 to 4: common to every answer

reply-receipt-date = Dátum
reply-receipt-reference = Hivatkozási számunk
    .hint = Az a hivatkozási szám, amelyen az Ön hatósága a megkeresést kezeli, hogy a megkereső hatóság a további levelezésben hivatkozhasson rá.
reply-receipt-request = A megválaszolt megkeresés
reply-receipt-request-reference = A megkeresés hivatkozási száma
reply-receipt-request-date = A megkeresés dátuma
reply-receipt-request-authority = Megkereső hatóság
reply-receipt-request-fingerprint = A megkeresés ujjlenyomata
    .hint = A megkeresés minden oldalának alján nyomtatott ujjlenyomat. A beérkezett megkeresésből töltődik ki: pontosan megmutatja a megkereső hatóságnak, hogy megkeresésének melyik változatára szól ez a válasz.
reply-receipt-responding-authority = Válaszadó hatóság
reply-receipt-responding-authority-organisation = Hatóság
reply-receipt-responding-authority-person = A megkeresést intéző tisztviselő
reply-receipt-responding-authority-position = Beosztás vagy rendfokozat
reply-receipt-responding-authority-telephone = Telefonszám
reply-receipt-responding-authority-email = E-mail-cím

## 5 to 7

reply-receipt-received-date = A megkeresés kézhezvételének dátuma
reply-receipt-forwarded = Teljesítésre továbbítva a következő hatósághoz
    .hint = Az a hatóság, amelyhez a megkeresést teljesítésre továbbították, ha erre sor került; hagyja üresen, ha a megkeresést az Ön hatósága teljesíti.
reply-receipt-remarks = Megjegyzések
