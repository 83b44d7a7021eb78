# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Oznámenie, že žiadosť uvedenú v oddiele 3 nemožno vybaviť

## 1 to 4: common to every answer

reply-refusal-date = Dátum
reply-refusal-reference = Naše číslo konania
    .hint = Číslo konania, pod ktorým Váš orgán žiadosť vybavuje, aby ho dožadujúci orgán mohol uviesť v ďalšej korešpondencii.
reply-refusal-request = Žiadosť, na ktorú sa odpovedá
reply-refusal-request-reference = Číslo konania žiadosti
reply-refusal-request-date = Dátum žiadosti
reply-refusal-request-authority = Dožadujúci orgán
reply-refusal-request-fingerprint = Kontrolný súčet žiadosti
    .hint = Kontrolný súčet vytlačený v päte každej strany žiadosti. Vypĺňa sa z prijatej žiadosti: dožadujúcemu orgánu presne ukazuje, ktorej verzie jeho žiadosti sa táto odpoveď týka.
reply-refusal-responding-authority = Odpovedajúci orgán
reply-refusal-responding-authority-organisation = Orgán
reply-refusal-responding-authority-person = Osoba, ktorá žiadosť vybavuje
reply-refusal-responding-authority-position = Funkcia alebo hodnosť
reply-refusal-responding-authority-telephone = Telefónne číslo
reply-refusal-responding-authority-email = E-mailová adresa

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Dôvody
reply-refusal-reasons-reasons = Žiadosť nemožno vybaviť, pretože
reply-refusal-reasons-reasons-incomplete = žiadosť je neúplná
reply-refusal-reasons-reasons-wrong-addressee = bola zaslaná nesprávnemu orgánu alebo nesprávnej právnickej osobe
reply-refusal-reasons-reasons-identification = poskytnuté informácie nestačia na identifikáciu používateľa alebo údajov
reply-refusal-reasons-reasons-not-held = údaje nemáme k dispozícii
reply-refusal-reasons-reasons-retention-expired = údaje sa už neuchovávajú
reply-refusal-reasons-reasons-legal-obstacle = vybaveniu bráni právna prekážka
reply-refusal-reasons-reasons-dual-criminality = nie je splnená podmienka obojstrannej trestnosti
reply-refusal-reasons-reasons-other = iný dôvod
reply-refusal-reasons-reasons-other-detail = Iný dôvod
reply-refusal-reasons-explanation = Vysvetlenie
    .hint = Nepovinné. Skutočnosti, na ktorých sa zakladajú označené dôvody, uvedené tak, aby na ne dožadujúci orgán mohol reagovať.
reply-refusal-next = Čo by umožnilo vybavenie žiadosti
    .hint = Nepovinné. Napríklad: chýbajúce informácie, príslušný orgán alebo právnická osoba, prípadne právny postup, ktorý treba použiť.
