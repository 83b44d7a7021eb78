# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Potvrda o prijemu zahtjeva navedenog u odjeljku 3

## 1 to 4: common to every answer

reply-receipt-date = Datum
reply-receipt-reference = Naš broj
    .hint = Broj pod kojim vaš organ postupa po zahtjevu, kako bi ga organ molilac mogao navesti kada se bude obraćao u vezi sa zahtjevom.
reply-receipt-request = Zahtjev na koji se odgovara
reply-receipt-request-reference = Referentni broj zahtjeva
reply-receipt-request-date = Datum zahtjeva
reply-receipt-request-authority = Organ molilac
reply-receipt-request-fingerprint = Otisak zahtjeva
    .hint = Otisak odštampan u podnožju svake stranice zahtjeva. Popunjava se iz primljenog zahtjeva: organu moliocu tačno pokazuje na koju se verziju njegovog zahtjeva ovaj odgovor odnosi.
reply-receipt-responding-authority = Organ koji odgovara
reply-receipt-responding-authority-organisation = Organ
reply-receipt-responding-authority-person = Službeno lice koje postupa po zahtjevu
reply-receipt-responding-authority-position = Položaj ili čin
reply-receipt-responding-authority-telephone = Broj telefona
reply-receipt-responding-authority-email = Adresa elektronske pošte

## 5 to 7

reply-receipt-received-date = Datum prijema zahtjeva
reply-receipt-forwarded = Proslijeđeno na izvršenje organu
    .hint = Organ kojem je zahtjev proslijeđen na izvršenje, ako je proslijeđen; ostavite prazno ako zahtjev izvršava vaš organ.
reply-receipt-remarks = Napomene
