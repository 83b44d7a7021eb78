# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Obvestilo, da zaprosila, navedenega v razdelku 3, ni mogoče izvršiti

## 1 to 4: common to every answer

reply-refusal-date = Datum
reply-refusal-reference = Naša opravilna številka
    .hint = Opravilna številka, pod katero vaš organ obravnava zaprosilo, da jo lahko organ prosilec navede v nadaljnji korespondenci.
reply-refusal-request = Zaprosilo, na katero se odgovarja
reply-refusal-request-reference = Opravilna številka zaprosila
reply-refusal-request-date = Datum zaprosila
reply-refusal-request-authority = Organ prosilec
reply-refusal-request-fingerprint = Kontrolna vsota zaprosila
    .hint = Kontrolna vsota, natisnjena v nogi vsake strani zaprosila. Izpolni se iz prejetega zaprosila: organu prosilcu natančno pove, na katero različico njegovega zaprosila se ta odgovor nanaša.
reply-refusal-responding-authority = Organ, ki odgovarja
reply-refusal-responding-authority-organisation = Organ
reply-refusal-responding-authority-person = Uradna oseba, ki obravnava zaprosilo
reply-refusal-responding-authority-position = Delovno mesto ali čin
reply-refusal-responding-authority-telephone = Telefonska številka
reply-refusal-responding-authority-email = E-poštni naslov

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Razlogi
reply-refusal-reasons-reasons = Zaprosila ni mogoče izvršiti, ker
reply-refusal-reasons-reasons-incomplete = je zaprosilo nepopolno
reply-refusal-reasons-reasons-wrong-addressee = je bilo poslano napačnemu organu ali pravni osebi
reply-refusal-reasons-reasons-identification = posredovani podatki ne zadostujejo za identifikacijo uporabnika ali podatkov
reply-refusal-reasons-reasons-not-held = s podatki ne razpolagamo
reply-refusal-reasons-reasons-retention-expired = se podatki ne hranijo več
reply-refusal-reasons-reasons-legal-obstacle = izvršitev preprečuje pravna ovira
reply-refusal-reasons-reasons-dual-criminality = ni izpolnjen pogoj dvojne kaznivosti
reply-refusal-reasons-reasons-other = drug razlog
reply-refusal-reasons-reasons-other-detail = Drug razlog
reply-refusal-reasons-explanation = Pojasnilo
    .hint = Neobvezno. Dejstva, na katerih temeljijo označeni razlogi, navedena tako, da lahko organ prosilec na njihovi podlagi ukrepa.
reply-refusal-next = Kaj bi omogočilo izvršitev zaprosila
    .hint = Neobvezno. Na primer: manjkajoči podatki, pristojni organ ali pravna oseba ali pravni postopek, ki ga je treba uporabiti.
