# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Oznámení o opatřeních přijatých na základě žádosti uvedené v oddílu 3

## 1 to 4: common to every answer

reply-action-date = Datum
reply-action-reference = Naše číslo jednací
    .hint = Číslo jednací, pod nímž Váš orgán žádost vyřizuje, aby se na ně dožadující orgán mohl odvolat při urgenci.
reply-action-request = Žádost, na kterou se odpovídá
reply-action-request-reference = Číslo jednací žádosti
reply-action-request-date = Datum žádosti
reply-action-request-authority = Dožadující orgán
reply-action-request-fingerprint = Kontrolní součet žádosti
    .hint = Kontrolní součet vytištěný v zápatí každé stránky žádosti. Převzatý z přijaté žádosti: dožadujícímu orgánu sděluje, ke které přesné verzi jeho žádosti se tato odpověď vztahuje.
reply-action-responding-authority = Orgán podávající odpověď
reply-action-responding-authority-organisation = Orgán
reply-action-responding-authority-person = Úřední osoba vyřizující žádost
reply-action-responding-authority-position = Funkce nebo hodnost
reply-action-responding-authority-telephone = Telefonní číslo
reply-action-responding-authority-email = E-mailová adresa

## 5 Action taken

reply-action-action = Přijatá opatření
reply-action-action-taken = Opatření přijatá na základě žádosti
    .hint = Co bylo dosud učiněno, například: data byla získána od poskytovatele služeb a zasílají se s tímto oznámením, nebo byla žádost předložena soudu k vydání příkazu.
reply-action-action-date = Datum opatření
reply-action-action-next = Očekávaná další opatření
