# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Zahtjev za pojašnjenje zahtjeva navedenog u odjeljku 3.

## 1 to 4: common to every answer

reply-clarification-date = Datum
reply-clarification-reference = Naša oznaka
    .hint = Oznaka pod kojom vaše tijelo postupa po zahtjevu, kako bi je tijelo koje podnosi zahtjev moglo navesti u daljnjoj korespondenciji.
reply-clarification-request = Zahtjev na koji se odgovara
reply-clarification-request-reference = Oznaka zahtjeva
reply-clarification-request-date = Datum zahtjeva
reply-clarification-request-authority = Tijelo koje podnosi zahtjev
reply-clarification-request-fingerprint = Otisak zahtjeva
    .hint = Otisak ispisan u podnožju svake stranice zahtjeva. Preuzima se iz zaprimljenog zahtjeva: tijelu koje podnosi zahtjev točno pokazuje na koju se inačicu njegova zahtjeva ovaj odgovor odnosi.
reply-clarification-responding-authority = Tijelo koje odgovara
reply-clarification-responding-authority-organisation = Tijelo
reply-clarification-responding-authority-person = Službenik koji postupa po zahtjevu
reply-clarification-responding-authority-position = Radno mjesto ili čin
reply-clarification-responding-authority-telephone = Telefonski broj
reply-clarification-responding-authority-email = Adresa e-pošte

## 5 Clarification requested

reply-clarification-clarification = Zatraženo pojašnjenje
reply-clarification-clarification-fields = Polja zahtjeva na koja se pojašnjenje odnosi
    .hint = Jedan redak za svako numerirano polje zahtjeva koje je nejasno ili nepotpuno: njegov broj kako je ispisan u zahtjevu i ono što je potrebno.
reply-clarification-clarification-fields-field = Broj polja
reply-clarification-clarification-fields-question = Što je nejasno ili nedostaje
reply-clarification-clarification-by = Molimo odgovorite do
    .hint = Neobvezno. Kod čuvanja, datum do kojeg je odgovor potreban da bi se podaci i dalje čuvali.
