# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Zaprosilo za pojasnilo zaprosila, navedenega v razdelku 3

## 1 to 4: common to every answer

reply-clarification-date = Datum
reply-clarification-reference = Naša opravilna številka
    .hint = Opravilna številka, pod katero vaš organ obravnava zaprosilo, da jo lahko organ prosilec navede v nadaljnji korespondenci.
reply-clarification-request = Zaprosilo, na katero se odgovarja
reply-clarification-request-reference = Opravilna številka zaprosila
reply-clarification-request-date = Datum zaprosila
reply-clarification-request-authority = Organ prosilec
reply-clarification-request-fingerprint = Kontrolna vsota zaprosila
    .hint = Kontrolna vsota, natisnjena v nogi vsake strani zaprosila. Izpolni se iz prejetega zaprosila: organu prosilcu natančno pove, na katero različico njegovega zaprosila se ta odgovor nanaša.
reply-clarification-responding-authority = Organ, ki odgovarja
reply-clarification-responding-authority-organisation = Organ
reply-clarification-responding-authority-person = Uradna oseba, ki obravnava zaprosilo
reply-clarification-responding-authority-position = Delovno mesto ali čin
reply-clarification-responding-authority-telephone = Telefonska številka
reply-clarification-responding-authority-email = E-poštni naslov

## 5 Clarification requested

reply-clarification-clarification = Zahtevano pojasnilo
reply-clarification-clarification-fields = Zadevna polja zaprosila
    .hint = Ena vrstica za vsako oštevilčeno polje zaprosila, ki je nejasno ali nepopolno: njegova številka, kot je natisnjena v zaprosilu, in kaj je potrebno.
reply-clarification-clarification-fields-field = Številka polja
reply-clarification-clarification-fields-question = Kaj je nejasno ali manjka
reply-clarification-clarification-by = Prosimo za odgovor do
    .hint = Neobvezno. Pri zavarovanju datum, do katerega je odgovor potreben, da se podatki še naprej hranijo.
