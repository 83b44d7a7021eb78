# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Oznámení, že žádost uvedenou v oddílu 3 nelze vyřídit

## 1 to 4: common to every answer

reply-refusal-date = Datum
reply-refusal-reference = Naše číslo jednací
    .hint = Číslo jednací, pod nímž Váš orgán žádost vyřizuje, aby se na ně dožadující orgán mohl odvolat při urgenci.
reply-refusal-request = Žádost, na kterou se odpovídá
reply-refusal-request-reference = Číslo jednací žádosti
reply-refusal-request-date = Datum žádosti
reply-refusal-request-authority = Dožadující orgán
reply-refusal-request-fingerprint = Kontrolní součet žádosti
    .hint = Kontrolní součet vytištěný v zápatí každé stránky žádosti. Převzatý z přijaté žádosti: dožadujícímu orgánu sděluje, ke které přesné verzi jeho žádosti se tato odpověď vztahuje.
reply-refusal-responding-authority = Orgán podávající odpověď
reply-refusal-responding-authority-organisation = Orgán
reply-refusal-responding-authority-person = Úřední osoba vyřizující žádost
reply-refusal-responding-authority-position = Funkce nebo hodnost
reply-refusal-responding-authority-telephone = Telefonní číslo
reply-refusal-responding-authority-email = E-mailová adresa

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Důvody
reply-refusal-reasons-reasons = Žádost nelze vyřídit, protože
reply-refusal-reasons-reasons-incomplete = žádost je neúplná
reply-refusal-reasons-reasons-wrong-addressee = byla zaslána nesprávnému orgánu nebo právnímu subjektu
reply-refusal-reasons-reasons-identification = poskytnuté informace nepostačují k identifikaci uživatele nebo dat
reply-refusal-reasons-reasons-not-held = data nejsou v našem držení
reply-refusal-reasons-reasons-retention-expired = data již nejsou uložena
reply-refusal-reasons-reasons-legal-obstacle = vyřízení brání právní překážka
reply-refusal-reasons-reasons-dual-criminality = není splněna podmínka oboustranné trestnosti
reply-refusal-reasons-reasons-other = jiný důvod
reply-refusal-reasons-reasons-other-detail = Jiný důvod
reply-refusal-reasons-explanation = Vysvětlení
    .hint = Nepovinné. Skutečnosti, na nichž zaškrtnuté důvody spočívají, podané tak, aby na ně dožadující orgán mohl reagovat.
reply-refusal-next = Co by umožnilo žádost vyřídit
    .hint = Nepovinné. Například: chybějící informace, příslušný orgán nebo právní subjekt nebo právní postup, který je třeba použít.
