# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Zahtjev za pojašnjenje zahtjeva navedenog u odjeljku 3

## 1 to 4: common to every answer

reply-clarification-date = Datum
reply-clarification-reference = Naš broj
    .hint = Broj pod kojim vaš organ postupa po zahtjevu, kako bi ga organ molilac mogao navesti kada se bude obraćao u vezi sa zahtjevom.
reply-clarification-request = Zahtjev na koji se odgovara
reply-clarification-request-reference = Referentni broj zahtjeva
reply-clarification-request-date = Datum zahtjeva
reply-clarification-request-authority = Organ molilac
reply-clarification-request-fingerprint = Otisak zahtjeva
    .hint = Otisak odštampan u podnožju svake stranice zahtjeva. Popunjava se iz primljenog zahtjeva: organu moliocu tačno pokazuje na koju se verziju njegovog zahtjeva ovaj odgovor odnosi.
reply-clarification-responding-authority = Organ koji odgovara
reply-clarification-responding-authority-organisation = Organ
reply-clarification-responding-authority-person = Službeno lice koje postupa po zahtjevu
reply-clarification-responding-authority-position = Položaj ili čin
reply-clarification-responding-authority-telephone = Broj telefona
reply-clarification-responding-authority-email = Adresa elektronske pošte

## 5 Clarification requested

reply-clarification-clarification = Traženo pojašnjenje
reply-clarification-clarification-fields = Polja zahtjeva na koja se pojašnjenje odnosi
    .hint = Jedan red za svako numerisano polje zahtjeva koje je nejasno ili nepotpuno: njegov broj onako kako je odštampan u zahtjevu i šta je potrebno.
reply-clarification-clarification-fields-field = Broj polja
reply-clarification-clarification-fields-question = Šta je nejasno ili nedostaje
reply-clarification-clarification-by = Molimo da odgovorite do
    .hint = Nije obavezno. Kod čuvanja, datum do kojeg je odgovor potreban da bi podaci i dalje bili zadržani.
