# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Potvrda o čuvanju traženom u zahtjevu navedenom u odjeljku 3

## 1 to 4: common to every answer

reply-preserved-date = Datum
reply-preserved-reference = Naš broj
    .hint = Broj pod kojim vaš organ postupa po zahtjevu, kako bi ga organ molilac mogao navesti kada se bude obraćao u vezi sa zahtjevom.
reply-preserved-request = Zahtjev na koji se odgovara
reply-preserved-request-reference = Referentni broj zahtjeva
reply-preserved-request-date = Datum zahtjeva
reply-preserved-request-authority = Organ molilac
reply-preserved-request-fingerprint = Otisak zahtjeva
    .hint = Otisak odštampan u podnožju svake stranice zahtjeva. Popunjava se iz primljenog zahtjeva: organu moliocu tačno pokazuje na koju se verziju njegovog zahtjeva ovaj odgovor odnosi.
reply-preserved-responding-authority = Organ koji odgovara
reply-preserved-responding-authority-organisation = Organ
reply-preserved-responding-authority-person = Službeno lice koje postupa po zahtjevu
reply-preserved-responding-authority-position = Položaj ili čin
reply-preserved-responding-authority-telephone = Broj telefona
reply-preserved-responding-authority-email = Adresa elektronske pošte

## 5 Preservation

reply-preserved-preservation = Čuvanje
reply-preserved-preservation-preserved-on = Datum kada su podaci sačuvani
reply-preserved-preservation-ends-on = Podaci sačuvani do
    .hint = Posljednji dan do kojeg će podaci biti zadržani, osim ako se čuvanje produži ili se do tada primi zahtjev za njihovo otkrivanje.
reply-preserved-preservation-scope = Sačuvani podaci
reply-preserved-preservation-scope-all = Svi traženi podaci
reply-preserved-preservation-scope-part = Dio traženih podataka
reply-preserved-preservation-scope-part-detail = Podaci koji su sačuvani i podaci koji nisu sačuvani, s razlogom
reply-preserved-preservation-holder = Držalac podataka
reply-preserved-remarks = Napomene
