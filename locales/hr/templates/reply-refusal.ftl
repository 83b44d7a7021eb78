# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Obavijest da se zahtjev naveden u odjeljku 3. ne može izvršiti

## 1 to 4: common to every answer

reply-refusal-date = Datum
reply-refusal-reference = Naša oznaka
    .hint = Oznaka pod kojom vaše tijelo postupa po zahtjevu, kako bi je tijelo koje podnosi zahtjev moglo navesti u daljnjoj korespondenciji.
reply-refusal-request = Zahtjev na koji se odgovara
reply-refusal-request-reference = Oznaka zahtjeva
reply-refusal-request-date = Datum zahtjeva
reply-refusal-request-authority = Tijelo koje podnosi zahtjev
reply-refusal-request-fingerprint = Otisak zahtjeva
    .hint = Otisak ispisan u podnožju svake stranice zahtjeva. Preuzima se iz zaprimljenog zahtjeva: tijelu koje podnosi zahtjev točno pokazuje na koju se inačicu njegova zahtjeva ovaj odgovor odnosi.
reply-refusal-responding-authority = Tijelo koje odgovara
reply-refusal-responding-authority-organisation = Tijelo
reply-refusal-responding-authority-person = Službenik koji postupa po zahtjevu
reply-refusal-responding-authority-position = Radno mjesto ili čin
reply-refusal-responding-authority-telephone = Telefonski broj
reply-refusal-responding-authority-email = Adresa e-pošte

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Razlozi
reply-refusal-reasons-reasons = Zahtjev se ne može izvršiti jer
reply-refusal-reasons-reasons-incomplete = je zahtjev nepotpun
reply-refusal-reasons-reasons-wrong-addressee = je upućen pogrešnom tijelu ili pogrešnoj pravnoj osobi
reply-refusal-reasons-reasons-identification = navedene informacije nisu dovoljne za identifikaciju korisnika ili podataka
reply-refusal-reasons-reasons-not-held = podaci nisu u našem posjedu
reply-refusal-reasons-reasons-retention-expired = se podaci više ne zadržavaju
reply-refusal-reasons-reasons-legal-obstacle = izvršenje sprječava pravna zapreka
reply-refusal-reasons-reasons-dual-criminality = nije ispunjen uvjet dvostruke kažnjivosti
reply-refusal-reasons-reasons-other = drugi razlog
reply-refusal-reasons-reasons-other-detail = Drugi razlog
reply-refusal-reasons-explanation = Obrazloženje
    .hint = Neobvezno. Činjenice na kojima se temelje označeni razlozi, iznesene tako da tijelo koje podnosi zahtjev može po njima postupiti.
reply-refusal-next = Što bi omogućilo izvršenje zahtjeva
    .hint = Neobvezno. Primjerice: informacije koje nedostaju, nadležno tijelo ili pravna osoba, ili pravni postupak koji treba primijeniti.
