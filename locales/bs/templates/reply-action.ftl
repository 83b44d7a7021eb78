# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Obavještenje o radnjama preduzetim po zahtjevu navedenom u odjeljku 3

## 1 to 4: common to every answer

reply-action-date = Datum
reply-action-reference = Naš broj
    .hint = Broj pod kojim vaš organ postupa po zahtjevu, kako bi ga organ molilac mogao navesti kada se bude obraćao u vezi sa zahtjevom.
reply-action-request = Zahtjev na koji se odgovara
reply-action-request-reference = Referentni broj zahtjeva
reply-action-request-date = Datum zahtjeva
reply-action-request-authority = Organ molilac
reply-action-request-fingerprint = Otisak zahtjeva
    .hint = Otisak odštampan u podnožju svake stranice zahtjeva. Popunjava se iz primljenog zahtjeva: organu moliocu tačno pokazuje na koju se verziju njegovog zahtjeva ovaj odgovor odnosi.
reply-action-responding-authority = Organ koji odgovara
reply-action-responding-authority-organisation = Organ
reply-action-responding-authority-person = Službeno lice koje postupa po zahtjevu
reply-action-responding-authority-position = Položaj ili čin
reply-action-responding-authority-telephone = Broj telefona
reply-action-responding-authority-email = Adresa elektronske pošte

## 5 Action taken

reply-action-action = Preduzete radnje
reply-action-action-taken = Radnje preduzete po zahtjevu
    .hint = Šta je do sada urađeno, na primjer: podaci su pribavljeni od pružaoca usluga i dostavljaju se uz ovo obavještenje, ili je zahtjev proslijeđen sudu radi donošenja naredbe.
reply-action-action-date = Datum radnje
reply-action-action-next = Očekivane daljnje radnje
