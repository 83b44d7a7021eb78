# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Obvestilo o ukrepih, sprejetih na podlagi zaprosila, navedenega v razdelku 3

## 1 to 4: common to every answer

reply-action-date = Datum
reply-action-reference = Naša opravilna številka
    .hint = Opravilna številka, pod katero vaš organ obravnava zaprosilo, da jo lahko organ prosilec navede v nadaljnji korespondenci.
reply-action-request = Zaprosilo, na katero se odgovarja
reply-action-request-reference = Opravilna številka zaprosila
reply-action-request-date = Datum zaprosila
reply-action-request-authority = Organ prosilec
reply-action-request-fingerprint = Kontrolna vsota zaprosila
    .hint = Kontrolna vsota, natisnjena v nogi vsake strani zaprosila. Izpolni se iz prejetega zaprosila: organu prosilcu natančno pove, na katero različico njegovega zaprosila se ta odgovor nanaša.
reply-action-responding-authority = Organ, ki odgovarja
reply-action-responding-authority-organisation = Organ
reply-action-responding-authority-person = Uradna oseba, ki obravnava zaprosilo
reply-action-responding-authority-position = Delovno mesto ali čin
reply-action-responding-authority-telephone = Telefonska številka
reply-action-responding-authority-email = E-poštni naslov

## 5 Action taken

reply-action-action = Sprejeti ukrepi
reply-action-action-taken = Ukrepi, sprejeti na podlagi zaprosila
    .hint = Kaj je bilo doslej storjeno, na primer: podatki so bili pridobljeni od ponudnika storitev in so priloženi temu obvestilu ali pa je bilo zaprosilo predloženo sodišču za izdajo odredbe.
reply-action-action-date = Datum ukrepa
reply-action-action-next = Pričakovani nadaljnji ukrepi
