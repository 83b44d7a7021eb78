# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Potvrdenie o prijatí žiadosti uvedenej v oddiele 3

## 1 to 4: common to every answer

reply-receipt-date = Dátum
reply-receipt-reference = Naše číslo konania
    .hint = Číslo konania, pod ktorým Váš orgán žiadosť vybavuje, aby ho dožadujúci orgán mohol uviesť v ďalšej korešpondencii.
reply-receipt-request = Žiadosť, na ktorú sa odpovedá
reply-receipt-request-reference = Číslo konania žiadosti
reply-receipt-request-date = Dátum žiadosti
reply-receipt-request-authority = Dožadujúci orgán
reply-receipt-request-fingerprint = Kontrolný súčet žiadosti
    .hint = Kontrolný súčet vytlačený v päte každej strany žiadosti. Vypĺňa sa z prijatej žiadosti: dožadujúcemu orgánu presne ukazuje, ktorej verzie jeho žiadosti sa táto odpoveď týka.
reply-receipt-responding-authority = Odpovedajúci orgán
reply-receipt-responding-authority-organisation = Orgán
reply-receipt-responding-authority-person = Osoba, ktorá žiadosť vybavuje
reply-receipt-responding-authority-position = Funkcia alebo hodnosť
reply-receipt-responding-authority-telephone = Telefónne číslo
reply-receipt-responding-authority-email = E-mailová adresa

## 5 to 7

reply-receipt-received-date = Dátum prijatia žiadosti
reply-receipt-forwarded = Postúpené na vybavenie orgánu
    .hint = Orgán, ktorému bola žiadosť postúpená na vybavenie, ak sa tak stalo; ak ju vybavuje Váš orgán, pole nevypĺňajte.
reply-receipt-remarks = Poznámky
