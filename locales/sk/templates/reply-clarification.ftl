# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Žiadosť o objasnenie žiadosti uvedenej v oddiele 3

## 1 to 4: common to every answer

reply-clarification-date = Dátum
reply-clarification-reference = Naše číslo konania
    .hint = Číslo konania, pod ktorým Váš orgán žiadosť vybavuje, aby ho dožadujúci orgán mohol uviesť v ďalšej korešpondencii.
reply-clarification-request = Žiadosť, na ktorú sa odpovedá
reply-clarification-request-reference = Číslo konania žiadosti
reply-clarification-request-date = Dátum žiadosti
reply-clarification-request-authority = Dožadujúci orgán
reply-clarification-request-fingerprint = Kontrolný súčet žiadosti
    .hint = Kontrolný súčet vytlačený v päte každej strany žiadosti. Vypĺňa sa z prijatej žiadosti: dožadujúcemu orgánu presne ukazuje, ktorej verzie jeho žiadosti sa táto odpoveď týka.
reply-clarification-responding-authority = Odpovedajúci orgán
reply-clarification-responding-authority-organisation = Orgán
reply-clarification-responding-authority-person = Osoba, ktorá žiadosť vybavuje
reply-clarification-responding-authority-position = Funkcia alebo hodnosť
reply-clarification-responding-authority-telephone = Telefónne číslo
reply-clarification-responding-authority-email = E-mailová adresa

## 5 Clarification requested

reply-clarification-clarification = Požadované objasnenie
reply-clarification-clarification-fields = Dotknuté polia žiadosti
    .hint = Jeden riadok pre každé očíslované pole žiadosti, ktoré je nejasné alebo neúplné: jeho číslo, ako je vytlačené v žiadosti, a čo je potrebné.
reply-clarification-clarification-fields-field = Číslo poľa
reply-clarification-clarification-fields-question = Čo je nejasné alebo chýba
reply-clarification-clarification-by = Odpoveď prosíme do
    .hint = Nepovinné. V prípade uchovania dátum, do ktorého je odpoveď potrebná, aby údaje zostali zachované.
