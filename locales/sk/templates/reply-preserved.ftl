# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Potvrdenie uchovania požadovaného v žiadosti uvedenej v oddiele 3

## 1 to 4: common to every answer

reply-preserved-date = Dátum
reply-preserved-reference = Naše číslo konania
    .hint = Číslo konania, pod ktorým Váš orgán žiadosť vybavuje, aby ho dožadujúci orgán mohol uviesť v ďalšej korešpondencii.
reply-preserved-request = Žiadosť, na ktorú sa odpovedá
reply-preserved-request-reference = Číslo konania žiadosti
reply-preserved-request-date = Dátum žiadosti
reply-preserved-request-authority = Dožadujúci orgán
reply-preserved-request-fingerprint = Kontrolný súčet žiadosti
    .hint = Kontrolný súčet vytlačený v päte každej strany žiadosti. Vypĺňa sa z prijatej žiadosti: dožadujúcemu orgánu presne ukazuje, ktorej verzie jeho žiadosti sa táto odpoveď týka.
reply-preserved-responding-authority = Odpovedajúci orgán
reply-preserved-responding-authority-organisation = Orgán
reply-preserved-responding-authority-person = Osoba, ktorá žiadosť vybavuje
reply-preserved-responding-authority-position = Funkcia alebo hodnosť
reply-preserved-responding-authority-telephone = Telefónne číslo
reply-preserved-responding-authority-email = E-mailová adresa

## 5 Preservation

reply-preserved-preservation = Uchovanie
reply-preserved-preservation-preserved-on = Dátum uchovania údajov
reply-preserved-preservation-ends-on = Údaje uchované do
    .hint = Posledný deň, keď budú údaje zachované, ak sa uchovanie nepredĺži alebo ak sa dovtedy neprijme žiadosť o ich sprístupnenie.
reply-preserved-preservation-scope = Uchované údaje
reply-preserved-preservation-scope-all = Všetky požadované údaje
reply-preserved-preservation-scope-part = Časť požadovaných údajov
reply-preserved-preservation-scope-part-detail = Uchované údaje a neuchované údaje s uvedením dôvodu
reply-preserved-preservation-holder = Správca údajov
reply-preserved-remarks = Poznámky
