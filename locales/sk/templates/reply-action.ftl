# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Oznámenie o úkonoch vykonaných na základe žiadosti uvedenej v oddiele 3

## 1 to 4: common to every answer

reply-action-date = Dátum
reply-action-reference = Naše číslo konania
    .hint = Číslo konania, pod ktorým Váš orgán žiadosť vybavuje, aby ho dožadujúci orgán mohol uviesť v ďalšej korešpondencii.
reply-action-request = Žiadosť, na ktorú sa odpovedá
reply-action-request-reference = Číslo konania žiadosti
reply-action-request-date = Dátum žiadosti
reply-action-request-authority = Dožadujúci orgán
reply-action-request-fingerprint = Kontrolný súčet žiadosti
    .hint = Kontrolný súčet vytlačený v päte každej strany žiadosti. Vypĺňa sa z prijatej žiadosti: dožadujúcemu orgánu presne ukazuje, ktorej verzie jeho žiadosti sa táto odpoveď týka.
reply-action-responding-authority = Odpovedajúci orgán
reply-action-responding-authority-organisation = Orgán
reply-action-responding-authority-person = Osoba, ktorá žiadosť vybavuje
reply-action-responding-authority-position = Funkcia alebo hodnosť
reply-action-responding-authority-telephone = Telefónne číslo
reply-action-responding-authority-email = E-mailová adresa

## 5 Action taken

reply-action-action = Vykonané úkony
reply-action-action-taken = Úkony vykonané na základe žiadosti
    .hint = Čo sa doteraz vykonalo, napríklad: údaje boli získané od poskytovateľa služieb a zasielajú sa spolu s týmto oznámením, alebo žiadosť bola predložená súdu na vydanie príkazu.
reply-action-action-date = Dátum úkonu
reply-action-action-next = Predpokladané ďalšie úkony
