# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Potrdilo o prejemu zaprosila, navedenega v razdelku 3

## 1 to 4: common to every answer

reply-receipt-date = Datum
reply-receipt-reference = Naša opravilna številka
    .hint = Opravilna številka, pod katero vaš organ obravnava zaprosilo, da jo lahko organ prosilec navede v nadaljnji korespondenci.
reply-receipt-request = Zaprosilo, na katero se odgovarja
reply-receipt-request-reference = Opravilna številka zaprosila
reply-receipt-request-date = Datum zaprosila
reply-receipt-request-authority = Organ prosilec
reply-receipt-request-fingerprint = Kontrolna vsota zaprosila
    .hint = Kontrolna vsota, natisnjena v nogi vsake strani zaprosila. Izpolni se iz prejetega zaprosila: organu prosilcu natančno pove, na katero različico njegovega zaprosila se ta odgovor nanaša.
reply-receipt-responding-authority = Organ, ki odgovarja
reply-receipt-responding-authority-organisation = Organ
reply-receipt-responding-authority-person = Uradna oseba, ki obravnava zaprosilo
reply-receipt-responding-authority-position = Delovno mesto ali čin
reply-receipt-responding-authority-telephone = Telefonska številka
reply-receipt-responding-authority-email = E-poštni naslov

## 5 to 7

reply-receipt-received-date = Datum prejema zaprosila
reply-receipt-forwarded = Odstopljeno v izvršitev organu
    .hint = Organ, ki mu je bilo zaprosilo odstopljeno v izvršitev, če je bilo odstopljeno; pustite prazno, če zaprosilo izvrši vaš organ.
reply-receipt-remarks = Pripombe
