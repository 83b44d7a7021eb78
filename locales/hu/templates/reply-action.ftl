# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Értesítés a 3. pontban megjelölt megkeresés alapján megtett intézkedésekről

## 1 to 4: common to every answer

reply-action-date = Dátum
reply-action-reference = Hivatkozási számunk
    .hint = Az a hivatkozási szám, amelyen az Ön hatósága a megkeresést kezeli, hogy a megkereső hatóság a további levelezésben hivatkozhasson rá.
reply-action-request = A megválaszolt megkeresés
reply-action-request-reference = A megkeresés hivatkozási száma
reply-action-request-date = A megkeresés dátuma
reply-action-request-authority = Megkereső hatóság
reply-action-request-fingerprint = A megkeresés ujjlenyomata
    .hint = A megkeresés minden oldalának alján nyomtatott ujjlenyomat. A beérkezett megkeresésből töltődik ki: pontosan megmutatja a megkereső hatóságnak, hogy megkeresésének melyik változatára szól ez a válasz.
reply-action-responding-authority = Válaszadó hatóság
reply-action-responding-authority-organisation = Hatóság
reply-action-responding-authority-person = A megkeresést intéző tisztviselő
reply-action-responding-authority-position = Beosztás vagy rendfokozat
reply-action-responding-authority-telephone = Telefonszám
reply-action-responding-authority-email = E-mail-cím

## 5 Action taken

reply-action-action = Megtett intézkedések
reply-action-action-taken = A megkeresés alapján megtett intézkedések
    .hint = Mi történt eddig, például: az adatokat beszerezték a szolgáltatótól, és azokat ezzel az értesítéssel együtt megküldjük, vagy a megkeresést végzés meghozatala céljából bírósághoz továbbították.
reply-action-action-date = Az intézkedés dátuma
reply-action-action-next = Várható további intézkedések
