# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Žádost o upřesnění žádosti uvedené v oddílu 3

## 1 to 4: common to every answer

reply-clarification-date = Datum
reply-clarification-reference = Naše číslo jednací
    .hint = Číslo jednací, pod nímž Váš orgán žádost vyřizuje, aby se na ně dožadující orgán mohl odvolat při urgenci.
reply-clarification-request = Žádost, na kterou se odpovídá
reply-clarification-request-reference = Číslo jednací žádosti
reply-clarification-request-date = Datum žádosti
reply-clarification-request-authority = Dožadující orgán
reply-clarification-request-fingerprint = Kontrolní součet žádosti
    .hint = Kontrolní součet vytištěný v zápatí každé stránky žádosti. Převzatý z přijaté žádosti: dožadujícímu orgánu sděluje, ke které přesné verzi jeho žádosti se tato odpověď vztahuje.
reply-clarification-responding-authority = Orgán podávající odpověď
reply-clarification-responding-authority-organisation = Orgán
reply-clarification-responding-authority-person = Úřední osoba vyřizující žádost
reply-clarification-responding-authority-position = Funkce nebo hodnost
reply-clarification-responding-authority-telephone = Telefonní číslo
reply-clarification-responding-authority-email = E-mailová adresa

## 5 Clarification requested

reply-clarification-clarification = Požadované upřesnění
reply-clarification-clarification-fields = Dotčená pole žádosti
    .hint = Jeden řádek pro každé číslované pole žádosti, které je nejasné nebo neúplné: jeho číslo tak, jak je vytištěno v žádosti, a co je potřeba.
reply-clarification-clarification-fields-field = Číslo pole
reply-clarification-clarification-fields-question = Co je nejasné nebo chybí
reply-clarification-clarification-by = Odpovězte prosím do
    .hint = Nepovinné. U uchování datum, do kterého je odpověď potřebná, aby data zůstala uchována.
