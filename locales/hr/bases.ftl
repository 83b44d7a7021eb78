# Pravne osnove na kojima se zahtjev može temeljiti (templates/bases.toml), odabrane u obrascu. `$basis` je oznaka
# neke osnove iz te datoteke (`none` dok nijedna nije odabrana); brojevi članaka (`$articles`, njih `$count`) dolaze
# iz bases.toml i na svim se jezicima pišu jednako.

## Instrumenti, kako su navedeni u izboru obrasca i u retku pravne osnove zahtjeva

basis-budapest = Konvencija o kibernetičkom kriminalu (ETS br. 185)
basis-protocol2 = Drugi dodatni protokol uz Konvenciju o kibernetičkom kriminalu o pojačanoj suradnji i otkrivanju elektroničkih dokaza (CETS br. 224)
basis-untoc = Konvencija Ujedinjenih naroda protiv transnacionalnog organiziranog kriminaliteta
basis-un-cybercrime = Konvencija Ujedinjenih naroda protiv kibernetičkog kriminala
basis-ets30 = Europska konvencija o uzajamnoj pravnoj pomoći u kaznenim stvarima (ETS br. 30)
basis-ets30-p2 = Drugi dodatni protokol uz Europsku konvenciju o uzajamnoj pravnoj pomoći u kaznenim stvarima (ETS br. 182)
basis-cis-minsk-1993 = Konvencija o pravnoj pomoći i pravnim odnosima u građanskim, obiteljskim i kaznenim predmetima (Minsk, 22. siječnja 1993.)
basis-cis-chisinau-2002 = Konvencija o pravnoj pomoći i pravnim odnosima u građanskim, obiteljskim i kaznenim predmetima (Kišinjev, 7. listopada 2002.)
basis-cis-it-crime-2018 = Sporazum o suradnji država članica Zajednice Neovisnih Država u suzbijanju kaznenih djela u području informacijskih tehnologija (Dušanbe, 28. rujna 2018.)
basis-arab-ito-2010 = Arapska konvencija o suzbijanju kaznenih djela u području informacijske tehnologije (Kairo, 21. prosinca 2010.)
basis-bilateral = Bilateralni ugovor između države moliteljice i zamoljene države
basis-reciprocity = Uzajamnost (između dviju država ne primjenjuje se nikakav ugovor o uzajamnoj pravnoj pomoći)

## Redak pravne osnove otisnut ispod naslova zahtjeva

# Članci instrumenta na kojima se zahtjev temelji, npr. „članci 18(1), 18(3)(i)”.
basis-articles = { $count ->
        [one] članak { $articles }
        [few] članci { $articles }
       *[other] članci { $articles }
    }
# `$treaty`: bilateralni ugovor i njegovi članci, kako ih je korisnik upisao (i preveo).
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; Protokol se primjenjuje samo između država koje su njegove stranke
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; Protokol se primjenjuje samo između država koje su stranke i Protokola i Konvencije
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Zahtjev podnesen na temelju uzajamnosti; između države moliteljice i zamoljene države ne primjenjuje se nikakav ugovor o uzajamnoj pravnoj pomoći
       *[none] Pravna osnova još nije odabrana
    }

## Izbor u obrascu (nikad se ne ispisuje: zahtjev prikazuje gornji redak pravne osnove)

basis-heading = Međunarodna pravna osnova
# `$match`: što odabrani instrument sadržava za ovaj zahtjev (templates/bases.toml): `specific`, `general`,
# `user` (bilateralni ugovor), `none` (uzajamnost), `unchosen`; `$request`: vrsta zahtjeva (`preservation`,
# `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Ugovor ili druga međunarodna osnova na kojoj se zahtjev temelji
    .hint = { $match ->
        [specific] Odabrani instrument sadržava članke namijenjene upravo ovom zahtjevu; oni se navode na početku zahtjeva. Odaberite ga samo ako obvezuje i državu moliteljicu i zamoljenu državu.
        [general] { $request ->
            [preservation] Odabrani instrument ne sadržava članak o žurnom čuvanju: zahtjev se temelji na njegovim općim odredbama o uzajamnoj pomoći, navedenima na početku zahtjeva. Hoće li se i koliko dugo podaci čuvati ovisi o pravu zamoljene države.
           *[other] Odabrani instrument ne sadržava članak namijenjen upravo ovom zahtjevu: zahtjev se temelji na njegovim općim odredbama o uzajamnoj pomoći, navedenima na početku zahtjeva.
        }
        [user] Navedite ugovor i članke na kojima se zahtjev temelji: oni se ispisuju na početku zahtjeva.
        [none] Između dviju država ne primjenjuje se nikakav ugovor: zahtjev se temelji na uzajamnosti i ne navodi nijedan članak. Svoju domaću pravnu osnovu navedite u odjeljku predviđenom za to.
       *[unchosen] Odaberite ugovor koji obvezuje i državu moliteljicu i zamoljenu državu. Njegovi se članci navode na početku zahtjeva i svugdje gdje se zahtjev na njih poziva.
    }
basis-bilateral-treaty = Naslov i datum ugovora te članci na kojima se zahtjev temelji
# Provjera koju obavlja podnositelj, prikazana samo za instrument koji u pročitanim izvorima nije bio na snazi ili
# čiji status nije poznat (`$status`: `not-in-force`, `unknown`; `$as-of`: datum tog izvora, u obliku GGGG-MM-DD).
# Nikad se ne ispisuje: primatelju se nikad ne objašnjava njegovo vlastito pravo.
basis-in-force = { $basis ->
        [protocol2] Provjerio/provjerila sam da su obje države stranke Drugog dodatnog protokola uz Konvenciju o kibernetičkom kriminalu i da je on na snazi između njih
        [ets30-p2] Provjerio/provjerila sam da su obje države stranke Drugog dodatnog protokola uz Europsku konvenciju o uzajamnoj pravnoj pomoći u kaznenim stvarima i da je on na snazi između njih
       *[other] Provjerio/provjerila sam da su obje države stranke odabranog instrumenta i da je on na snazi između njih
    }
    .hint = { $status ->
        [not-in-force] Prema izvorima pročitanima za ovu aplikaciju ovaj instrument na dan { $as-of } još nije bio na snazi. Prije nego što se na njega pozovete, provjerite kod svojeg središnjeg tijela ili depozitara. Vaša vlastita provjera: nikad se ne ispisuje u zahtjevu.
       *[unknown] Izvori pročitani za ovu aplikaciju ne pokazuju je li ovaj instrument na snazi. Prije nego što se na njega pozovete, provjerite kod svojeg središnjeg tijela ili depozitara. Vaša vlastita provjera: nikad se ne ispisuje u zahtjevu.
    }
