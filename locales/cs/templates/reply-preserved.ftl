# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Potvrzení o uchování požadovaném v žádosti uvedené v oddílu 3

## 1 to 4: common to every answer

reply-preserved-date = Datum
reply-preserved-reference = Naše číslo jednací
    .hint = Číslo jednací, pod nímž Váš orgán žádost vyřizuje, aby se na ně dožadující orgán mohl odvolat při urgenci.
reply-preserved-request = Žádost, na kterou se odpovídá
reply-preserved-request-reference = Číslo jednací žádosti
reply-preserved-request-date = Datum žádosti
reply-preserved-request-authority = Dožadující orgán
reply-preserved-request-fingerprint = Kontrolní součet žádosti
    .hint = Kontrolní součet vytištěný v zápatí každé stránky žádosti. Převzatý z přijaté žádosti: dožadujícímu orgánu sděluje, ke které přesné verzi jeho žádosti se tato odpověď vztahuje.
reply-preserved-responding-authority = Orgán podávající odpověď
reply-preserved-responding-authority-organisation = Orgán
reply-preserved-responding-authority-person = Úřední osoba vyřizující žádost
reply-preserved-responding-authority-position = Funkce nebo hodnost
reply-preserved-responding-authority-telephone = Telefonní číslo
reply-preserved-responding-authority-email = E-mailová adresa

## 5 Preservation

reply-preserved-preservation = Uchování
reply-preserved-preservation-preserved-on = Datum uchování dat
reply-preserved-preservation-ends-on = Data uchována do
    .hint = Poslední den, po který budou data zachována, pokud nebude uchování prodlouženo nebo do té doby nebude přijata žádost o jejich zpřístupnění.
reply-preserved-preservation-scope = Uchovaná data
reply-preserved-preservation-scope-all = Všechna požadovaná data
reply-preserved-preservation-scope-part = Část požadovaných dat
reply-preserved-preservation-scope-part-detail = Uchovaná data a neuchovaná data s uvedením důvodu
reply-preserved-preservation-holder = Data má v držení
reply-preserved-remarks = Poznámky
