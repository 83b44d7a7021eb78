# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Potvrda o primitku zahtjeva navedenog u odjeljku 3.

## 1 to 4: common to every answer

reply-receipt-date = Datum
reply-receipt-reference = Naša oznaka
    .hint = Oznaka pod kojom vaše tijelo postupa po zahtjevu, kako bi je tijelo koje podnosi zahtjev moglo navesti u daljnjoj korespondenciji.
reply-receipt-request = Zahtjev na koji se odgovara
reply-receipt-request-reference = Oznaka zahtjeva
reply-receipt-request-date = Datum zahtjeva
reply-receipt-request-authority = Tijelo koje podnosi zahtjev
reply-receipt-request-fingerprint = Otisak zahtjeva
    .hint = Otisak ispisan u podnožju svake stranice zahtjeva. Preuzima se iz zaprimljenog zahtjeva: tijelu koje podnosi zahtjev točno pokazuje na koju se inačicu njegova zahtjeva ovaj odgovor odnosi.
reply-receipt-responding-authority = Tijelo koje odgovara
reply-receipt-responding-authority-organisation = Tijelo
reply-receipt-responding-authority-person = Službenik koji postupa po zahtjevu
reply-receipt-responding-authority-position = Radno mjesto ili čin
reply-receipt-responding-authority-telephone = Telefonski broj
reply-receipt-responding-authority-email = Adresa e-pošte

## 5 to 7

reply-receipt-received-date = Datum primitka zahtjeva
reply-receipt-forwarded = Proslijeđeno na izvršenje tijelu
    .hint = Tijelo kojem je zahtjev proslijeđen na izvršenje, ako je proslijeđen; ostavite prazno ako zahtjev izvršava vaše tijelo.
reply-receipt-remarks = Napomene
