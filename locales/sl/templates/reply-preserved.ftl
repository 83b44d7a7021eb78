# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Potrdilo o zavarovanju, za katero je bilo zaprošeno v zaprosilu, navedenem v razdelku 3

## 1 to 4: common to every answer

reply-preserved-date = Datum
reply-preserved-reference = Naša opravilna številka
    .hint = Opravilna številka, pod katero vaš organ obravnava zaprosilo, da jo lahko organ prosilec navede v nadaljnji korespondenci.
reply-preserved-request = Zaprosilo, na katero se odgovarja
reply-preserved-request-reference = Opravilna številka zaprosila
reply-preserved-request-date = Datum zaprosila
reply-preserved-request-authority = Organ prosilec
reply-preserved-request-fingerprint = Kontrolna vsota zaprosila
    .hint = Kontrolna vsota, natisnjena v nogi vsake strani zaprosila. Izpolni se iz prejetega zaprosila: organu prosilcu natančno pove, na katero različico njegovega zaprosila se ta odgovor nanaša.
reply-preserved-responding-authority = Organ, ki odgovarja
reply-preserved-responding-authority-organisation = Organ
reply-preserved-responding-authority-person = Uradna oseba, ki obravnava zaprosilo
reply-preserved-responding-authority-position = Delovno mesto ali čin
reply-preserved-responding-authority-telephone = Telefonska številka
reply-preserved-responding-authority-email = E-poštni naslov

## 5 Preservation

reply-preserved-preservation = Zavarovanje
reply-preserved-preservation-preserved-on = Datum, ko so bili podatki zavarovani
reply-preserved-preservation-ends-on = Podatki zavarovani do
    .hint = Zadnji dan, ko bodo podatki hranjeni, razen če se zavarovanje podaljša ali če bo do takrat prejeto zaprosilo za njihovo razkritje.
reply-preserved-preservation-scope = Zavarovani podatki
reply-preserved-preservation-scope-all = Vsi zahtevani podatki
reply-preserved-preservation-scope-part = Del zahtevanih podatkov
reply-preserved-preservation-scope-part-detail = Zavarovani podatki ter podatki, ki niso bili zavarovani, z navedbo razloga
reply-preserved-preservation-holder = Skrbnik podatkov
reply-preserved-remarks = Pripombe
