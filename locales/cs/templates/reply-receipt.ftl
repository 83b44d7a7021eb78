# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Potvrzení o přijetí žádosti uvedené v oddílu 3

## 1 to 4: common to every answer

reply-receipt-date = Datum
reply-receipt-reference = Naše číslo jednací
    .hint = Číslo jednací, pod nímž Váš orgán žádost vyřizuje, aby se na ně dožadující orgán mohl odvolat při urgenci.
reply-receipt-request = Žádost, na kterou se odpovídá
reply-receipt-request-reference = Číslo jednací žádosti
reply-receipt-request-date = Datum žádosti
reply-receipt-request-authority = Dožadující orgán
reply-receipt-request-fingerprint = Kontrolní součet žádosti
    .hint = Kontrolní součet vytištěný v zápatí každé stránky žádosti. Převzatý z přijaté žádosti: dožadujícímu orgánu sděluje, ke které přesné verzi jeho žádosti se tato odpověď vztahuje.
reply-receipt-responding-authority = Orgán podávající odpověď
reply-receipt-responding-authority-organisation = Orgán
reply-receipt-responding-authority-person = Úřední osoba vyřizující žádost
reply-receipt-responding-authority-position = Funkce nebo hodnost
reply-receipt-responding-authority-telephone = Telefonní číslo
reply-receipt-responding-authority-email = E-mailová adresa

## 5 to 7

reply-receipt-received-date = Datum přijetí žádosti
reply-receipt-forwarded = Postoupeno k vyřízení
    .hint = Orgán, kterému byla žádost postoupena k vyřízení, pokud k tomu došlo; ponechte prázdné, pokud ji vyřizuje Váš orgán.
reply-receipt-remarks = Poznámky
