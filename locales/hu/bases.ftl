# Jogalapok, amelyeken a megkeresés alapulhat (templates/bases.toml); a formanyomtatványon kell kiválasztani.
# `$basis` a jogalap azonosítója (`none`, amíg nincs kiválasztva); a cikkszámok (`$articles`, számuk
# `$count`) a bases.toml-ból származnak, és minden nyelven ugyanúgy olvasandók.

## A nemzetközi jogi eszközök, ahogyan a választásnál és a megkeresés jogalap-sorában szerepelnek

basis-budapest = A Számítástechnikai Bűnözésről szóló Egyezmény (ETS 185. sz.)
basis-protocol2 = A Számítástechnikai Bűnözésről szóló Egyezménynek a megerősített együttműködésről és az elektronikus bizonyítékok közléséről szóló második kiegészítő jegyzőkönyve (CETS 224. sz.)
basis-untoc = Az Egyesült Nemzetek Szervezetének a nemzetközi szervezett bűnözés elleni egyezménye
basis-un-cybercrime = Az Egyesült Nemzetek Szervezetének a kiberbűnözés elleni egyezménye
basis-ets30 = A kölcsönös bűnügyi jogsegélyről szóló európai egyezmény (ETS 30. sz.)
basis-ets30-p2 = A kölcsönös bűnügyi jogsegélyről szóló európai egyezmény második kiegészítő jegyzőkönyve (ETS 182. sz.)
basis-cis-minsk-1993 = Egyezmény a polgári, családjogi és büntetőügyekben nyújtandó jogsegélyről és jogviszonyokról (Minszk, 1993. január 22.)
basis-cis-chisinau-2002 = Egyezmény a polgári, családjogi és büntetőügyekben nyújtandó jogsegélyről és jogviszonyokról (Kisinyov, 2002. október 7.)
basis-cis-it-crime-2018 = Megállapodás a Független Államok Közössége tagállamainak az információs technológiák területén elkövetett bűncselekmények elleni küzdelemben folytatott együttműködéséről (Dusanbe, 2018. szeptember 28.)
basis-arab-ito-2010 = Arab egyezmény az információs technológiai bűncselekmények elleni küzdelemről (Kairó, 2010. december 21.)
basis-bilateral = Kétoldalú szerződés a megkereső és a megkeresett állam között
basis-reciprocity = Viszonosság (a két állam között nem alkalmazandó kölcsönös jogsegély tárgyában kötött szerződés)

## A megkeresés címe alatt nyomtatott jogalap-sor

# A jogi eszköz azon cikkei, amelyeken a megkeresés alapul, pl. „cikkek: 18(1), 18(3)(i)” (a számok
# után nem állhat sorszámnévi pont, ezért a szó áll elöl).
basis-articles = { $count ->
        [one] cikk: { $articles }
       *[other] cikkek: { $articles }
    }
# `$treaty`: a kétoldalú szerződés és cikkei, ahogyan a felhasználó beírta (és lefordította).
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; a Jegyzőkönyv csak a részes államok között alkalmazandó
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; a Jegyzőkönyv csak azon államok között alkalmazandó, amelyek részesei a Jegyzőkönyvnek és az Egyezménynek
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Viszonosság alapján előterjesztett megkeresés; a megkereső és a megkeresett állam között nem alkalmazandó kölcsönös jogsegély tárgyában kötött szerződés
       *[none] A jogalap még nincs kiválasztva
    }

## A választás a formanyomtatványon (soha nem nyomtatják: a megkeresésben a fenti jogalap-sor szerepel)

basis-heading = Nemzetközi jogalap
# `$match`: mit tartalmaz a választott jogi eszköz ehhez a megkereséshez (templates/bases.toml): `specific`,
# `general`, `user` (kétoldalú szerződés), `none` (viszonosság), `unchosen`; `$request`: a megkeresés fajtája
# (`preservation`, `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Nemzetközi szerződés vagy más nemzetközi jogalap, amelyen a megkeresés alapul
    .hint = { $match ->
        [specific] A választott nemzetközi szerződés kifejezetten erre a megkeresésre vonatkozó cikkeket tartalmaz; ezekre a megkeresés elején hivatkozik. Csak akkor válassza, ha a megkereső és a megkeresett államot egyaránt köti.
        [general] { $request ->
            [preservation] A választott nemzetközi szerződés nem tartalmaz a gyors megőrzésre vonatkozó cikket: a megkeresés a szerződésnek a kölcsönös segítségnyújtásra vonatkozó általános rendelkezésein alapul, amelyekre a megkeresés elején hivatkozik. Az, hogy az adatokat megőrzik-e és mennyi ideig, a megkeresett állam jogától függ.
           *[other] A választott nemzetközi szerződés nem tartalmaz kifejezetten erre a megkeresésre vonatkozó cikket: a megkeresés a szerződésnek a kölcsönös segítségnyújtásra vonatkozó általános rendelkezésein alapul, amelyekre a megkeresés elején hivatkozik.
        }
        [user] Nevezze meg a szerződést és azokat a cikkeket, amelyeken a megkeresés alapul: ezek a megkeresés elején szerepelnek a nyomtatványon.
        [none] A két állam között nem alkalmazandó nemzetközi szerződés: a megkeresés viszonosságon alapul, és cikkre nem hivatkozik. A belső jogi alapot az erre szolgáló szakaszban adja meg.
       *[unchosen] Válassza ki azt a nemzetközi szerződést, amely a megkereső és a megkeresett államot egyaránt köti. Cikkeire a megkeresés elején és mindenütt hivatkozik, ahol a megkeresés utal rájuk.
    }
basis-bilateral-treaty = A szerződés címe és kelte, valamint azok a cikkek, amelyeken a megkeresés alapul
# A megkereső által elvégzett ellenőrzés; csak olyan jogi eszköznél jelenik meg, amely az elolvasott források
# szerint nem volt hatályban, vagy amelynek helyzete nem ismert (`$status`: `not-in-force`, `unknown`;
# `$as-of`: a forrás dátuma ÉÉÉÉ-HH-NN alakban). Soha nem nyomtatják: a címzettnek nem magyarázzák a saját jogát.
basis-in-force = { $basis ->
        [protocol2] Ellenőriztem, hogy mindkét állam részese a Számítástechnikai Bűnözésről szóló Egyezmény második kiegészítő jegyzőkönyvének, és az közöttük hatályban van
        [ets30-p2] Ellenőriztem, hogy mindkét állam részese a kölcsönös bűnügyi jogsegélyről szóló európai egyezmény második kiegészítő jegyzőkönyvének, és az közöttük hatályban van
       *[other] Ellenőriztem, hogy mindkét állam részese a választott nemzetközi szerződésnek, és az közöttük hatályban van
    }
    .hint = { $status ->
        [not-in-force] Az alkalmazáshoz felhasznált források szerint ez a nemzetközi szerződés { $as-of } napján még nem lépett hatályba. Mielőtt hivatkozna rá, ellenőrizze központi hatóságánál vagy a letéteményesnél. Saját ellenőrzés, a megkeresésben soha nem jelenik meg.
       *[unknown] Az alkalmazáshoz felhasznált forrásokból nem derül ki, hogy ez a nemzetközi szerződés hatályban van-e. Mielőtt hivatkozna rá, ellenőrizze központi hatóságánál vagy a letéteményesnél. Saját ellenőrzés, a megkeresésben soha nem jelenik meg.
    }
