# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Obavijest o radnjama poduzetima po zahtjevu navedenom u odjeljku 3.

## 1 to 4: common to every answer

reply-action-date = Datum
reply-action-reference = Naša oznaka
    .hint = Oznaka pod kojom vaše tijelo postupa po zahtjevu, kako bi je tijelo koje podnosi zahtjev moglo navesti u daljnjoj korespondenciji.
reply-action-request = Zahtjev na koji se odgovara
reply-action-request-reference = Oznaka zahtjeva
reply-action-request-date = Datum zahtjeva
reply-action-request-authority = Tijelo koje podnosi zahtjev
reply-action-request-fingerprint = Otisak zahtjeva
    .hint = Otisak ispisan u podnožju svake stranice zahtjeva. Preuzima se iz zaprimljenog zahtjeva: tijelu koje podnosi zahtjev točno pokazuje na koju se inačicu njegova zahtjeva ovaj odgovor odnosi.
reply-action-responding-authority = Tijelo koje odgovara
reply-action-responding-authority-organisation = Tijelo
reply-action-responding-authority-person = Službenik koji postupa po zahtjevu
reply-action-responding-authority-position = Radno mjesto ili čin
reply-action-responding-authority-telephone = Telefonski broj
reply-action-responding-authority-email = Adresa e-pošte

## 5 Action taken

reply-action-action = Poduzete radnje
reply-action-action-taken = Radnje poduzete po zahtjevu
    .hint = Što je dosad učinjeno, primjerice: podaci su pribavljeni od davatelja usluga i dostavljaju se uz ovu obavijest, ili je zahtjev upućen sudu radi izdavanja naloga.
reply-action-action-date = Datum radnje
reply-action-action-next = Očekivane daljnje radnje
