# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Obavještenje da zahtjev naveden u odjeljku 3 ne može biti izvršen

## 1 to 4: common to every answer

reply-refusal-date = Datum
reply-refusal-reference = Naš broj
    .hint = Broj pod kojim vaš organ postupa po zahtjevu, kako bi ga organ molilac mogao navesti kada se bude obraćao u vezi sa zahtjevom.
reply-refusal-request = Zahtjev na koji se odgovara
reply-refusal-request-reference = Referentni broj zahtjeva
reply-refusal-request-date = Datum zahtjeva
reply-refusal-request-authority = Organ molilac
reply-refusal-request-fingerprint = Otisak zahtjeva
    .hint = Otisak odštampan u podnožju svake stranice zahtjeva. Popunjava se iz primljenog zahtjeva: organu moliocu tačno pokazuje na koju se verziju njegovog zahtjeva ovaj odgovor odnosi.
reply-refusal-responding-authority = Organ koji odgovara
reply-refusal-responding-authority-organisation = Organ
reply-refusal-responding-authority-person = Službeno lice koje postupa po zahtjevu
reply-refusal-responding-authority-position = Položaj ili čin
reply-refusal-responding-authority-telephone = Broj telefona
reply-refusal-responding-authority-email = Adresa elektronske pošte

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Razlozi
reply-refusal-reasons-reasons = Zahtjev ne može biti izvršen jer
reply-refusal-reasons-reasons-incomplete = je zahtjev nepotpun
reply-refusal-reasons-reasons-wrong-addressee = je upućen pogrešnom organu ili pravnom licu
reply-refusal-reasons-reasons-identification = dostavljene informacije nisu dovoljne za identifikaciju korisnika ili podataka
reply-refusal-reasons-reasons-not-held = podaci nisu u našem posjedu
reply-refusal-reasons-reasons-retention-expired = se podaci više ne zadržavaju
reply-refusal-reasons-reasons-legal-obstacle = pravna prepreka sprečava izvršenje
reply-refusal-reasons-reasons-dual-criminality = nije ispunjen uslov dvostruke kažnjivosti
reply-refusal-reasons-reasons-other = drugi razlog
reply-refusal-reasons-reasons-other-detail = Drugi razlog
reply-refusal-reasons-explanation = Obrazloženje
    .hint = Nije obavezno. Činjenice na kojima se zasnivaju označeni razlozi, iznesene tako da organ molilac može postupiti u skladu s njima.
reply-refusal-next = Šta bi omogućilo izvršenje zahtjeva
    .hint = Nije obavezno. Na primjer: informacije koje nedostaju, nadležni organ ili pravno lice, ili pravni postupak koji treba koristiti.
