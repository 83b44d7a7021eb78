# Pravni osnovi na kojima se zahtjev može zasnivati (templates/bases.toml), biraju se u obrascu. `$basis` je
# oznaka osnova (`none` dok nijedan nije odabran); brojevi članova (`$articles`, njihov broj `$count`) dolaze
# iz bases.toml i isto se čitaju na svim jezicima.

## Instrumenti, kako su navedeni u izboru u obrascu i u redu o pravnom osnovu zahtjeva

basis-budapest = Konvencija o kibernetičkom kriminalu (ETS br. 185)
basis-protocol2 = Drugi dodatni protokol uz Konvenciju o kibernetičkom kriminalu o pojačanoj saradnji i otkrivanju elektronskih dokaza (CETS br. 224)
basis-untoc = Konvencija Ujedinjenih nacija protiv transnacionalnog organiziranog kriminala
basis-un-cybercrime = Konvencija Ujedinjenih nacija protiv kibernetičkog kriminala
basis-ets30 = Evropska konvencija o međusobnom pružanju pravne pomoći u krivičnim stvarima (ETS br. 30)
basis-ets30-p2 = Drugi dodatni protokol uz Evropsku konvenciju o međusobnom pružanju pravne pomoći u krivičnim stvarima (ETS br. 182)
basis-cis-minsk-1993 = Konvencija o pravnoj pomoći i pravnim odnosima u građanskim, porodičnim i krivičnim predmetima (Minsk, 22. januara 1993.)
basis-cis-chisinau-2002 = Konvencija o pravnoj pomoći i pravnim odnosima u građanskim, porodičnim i krivičnim predmetima (Kišinjev, 7. oktobra 2002.)
basis-cis-it-crime-2018 = Sporazum o saradnji država članica Zajednice Nezavisnih Država u borbi protiv krivičnih djela u oblasti informacionih tehnologija (Dušanbe, 28. septembra 2018.)
basis-arab-ito-2010 = Arapska konvencija o borbi protiv krivičnih djela u oblasti informacionih tehnologija (Kairo, 21. decembra 2010.)
basis-bilateral = Bilateralni ugovor između države molilje i zamoljene države
basis-reciprocity = Reciprocitet (između dviju država ne primjenjuje se ugovor o uzajamnoj pravnoj pomoći)

## Red o pravnom osnovu koji se štampa ispod naslova zahtjeva

# Članovi instrumenta na kojima se zahtjev zasniva, npr. „članovi 18(1), 18(3)(i)”; slijede naziv
# instrumenta i zarez, pa počinju malim slovom.
basis-articles = { $count ->
        [one] član { $articles }
       *[other] članovi { $articles }
    }
# `$treaty`: bilateralni ugovor i njegovi članovi, kako ih je korisnik unio (i preveo).
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; Protokol se primjenjuje samo između država koje su njegove strane
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; Protokol se primjenjuje samo između država koje su strane Protokola i Konvencije
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Zahtjev se upućuje na osnovu reciprociteta; između države molilje i zamoljene države ne primjenjuje se ugovor o uzajamnoj pravnoj pomoći
       *[none] Pravni osnov još nije odabran
    }

## Izbor u obrascu (nikada se ne štampa: zahtjev sadrži red o pravnom osnovu naveden gore)

basis-heading = Međunarodni pravni osnov
# `$match`: šta odabrani instrument sadrži za ovaj zahtjev (templates/bases.toml): `specific`, `general`,
# `user` (bilateralni ugovor), `none` (reciprocitet), `unchosen`; `$request`: vrsta zahtjeva (`preservation`,
# `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Ugovor ili drugi međunarodni osnov na kojem se zahtjev zasniva
    .hint = { $match ->
        [specific] Odabrani instrument sadrži članove namijenjene upravo ovom zahtjevu; oni se navode na početku zahtjeva. Odaberite ga samo ako obavezuje i državu molilju i zamoljenu državu.
        [general] { $request ->
            [preservation] Odabrani instrument ne sadrži član o ubrzanom čuvanju: zahtjev se zasniva na njegovim općim odredbama o uzajamnoj pomoći, navedenim na početku zahtjeva. Da li će i koliko dugo podaci biti sačuvani zavisi od prava zamoljene države.
           *[other] Odabrani instrument ne sadrži član namijenjen upravo ovom zahtjevu: zahtjev se zasniva na njegovim općim odredbama o uzajamnoj pomoći, navedenim na početku zahtjeva.
        }
        [user] Navedite ugovor i članove na kojima se zahtjev zasniva: štampaju se na početku zahtjeva.
        [none] Između dviju država ne primjenjuje se nijedan ugovor: zahtjev se zasniva na reciprocitetu i ne navodi nijedan član. Pravni osnov u domaćem pravu navedite u odjeljku namijenjenom tome.
       *[unchosen] Odaberite ugovor koji obavezuje i državu molilju i zamoljenu državu. Njegovi članovi navode se na početku zahtjeva i svuda gdje se zahtjev na njih poziva.
    }
basis-bilateral-treaty = Naziv i datum ugovora te članovi na kojima se zahtjev zasniva
# Provjera koju vrši sam podnosilac, prikazuje se samo za instrument koji prema pročitanim izvorima nije bio na
# snazi ili čiji status nije poznat (`$status`: `not-in-force`, `unknown`; `$as-of`: datum tog izvora, u obliku
# GGGG-MM-DD). Nikada se ne štampa: primaocu se ne objašnjava njegovo vlastito pravo.
basis-in-force = { $basis ->
        [protocol2] Provjereno je da su obje države strane Drugog dodatnog protokola uz Konvenciju o kibernetičkom kriminalu i da je on na snazi između njih
        [ets30-p2] Provjereno je da su obje države strane Drugog dodatnog protokola uz Evropsku konvenciju o međusobnom pružanju pravne pomoći u krivičnim stvarima i da je on na snazi između njih
       *[other] Provjereno je da su obje države strane odabranog instrumenta i da je on na snazi između njih
    }
    .hint = { $status ->
        [not-in-force] Prema izvorima korištenim za ovu aplikaciju, ovaj instrument na dan { $as-of } još nije bio stupio na snagu. Prije nego što se na njega oslonite, provjerite kod svog centralnog organa ili depozitara. Vaša vlastita provjera, koja se nikada ne štampa u zahtjevu.
       *[unknown] Iz izvora korištenih za ovu aplikaciju ne vidi se da li je ovaj instrument na snazi. Prije nego što se na njega oslonite, provjerite kod svog centralnog organa ili depozitara. Vaša vlastita provjera, koja se nikada ne štampa u zahtjevu.
    }
