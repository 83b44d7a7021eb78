# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Potvrda o čuvanju zatraženom u zahtjevu navedenom u odjeljku 3.

## 1 to 4: common to every answer

reply-preserved-date = Datum
reply-preserved-reference = Naša oznaka
    .hint = Oznaka pod kojom vaše tijelo postupa po zahtjevu, kako bi je tijelo koje podnosi zahtjev moglo navesti u daljnjoj korespondenciji.
reply-preserved-request = Zahtjev na koji se odgovara
reply-preserved-request-reference = Oznaka zahtjeva
reply-preserved-request-date = Datum zahtjeva
reply-preserved-request-authority = Tijelo koje podnosi zahtjev
reply-preserved-request-fingerprint = Otisak zahtjeva
    .hint = Otisak ispisan u podnožju svake stranice zahtjeva. Preuzima se iz zaprimljenog zahtjeva: tijelu koje podnosi zahtjev točno pokazuje na koju se inačicu njegova zahtjeva ovaj odgovor odnosi.
reply-preserved-responding-authority = Tijelo koje odgovara
reply-preserved-responding-authority-organisation = Tijelo
reply-preserved-responding-authority-person = Službenik koji postupa po zahtjevu
reply-preserved-responding-authority-position = Radno mjesto ili čin
reply-preserved-responding-authority-telephone = Telefonski broj
reply-preserved-responding-authority-email = Adresa e-pošte

## 5 Preservation

reply-preserved-preservation = Čuvanje
reply-preserved-preservation-preserved-on = Datum kada su podaci sačuvani
reply-preserved-preservation-ends-on = Podaci se čuvaju do
    .hint = Posljednji dan čuvanja podataka, osim ako se čuvanje produlji ili se do tada zaprimi zahtjev za njihovo otkrivanje.
reply-preserved-preservation-scope = Sačuvani podaci
reply-preserved-preservation-scope-all = Svi zatraženi podaci
reply-preserved-preservation-scope-part = Dio zatraženih podataka
reply-preserved-preservation-scope-part-detail = Sačuvani podaci te podaci koji nisu sačuvani, s razlogom
reply-preserved-preservation-holder = Posjednik podataka
reply-preserved-remarks = Napomene
