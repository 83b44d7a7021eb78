# Právní základy, o něž se žádost může opírat (templates/bases.toml), volené ve formuláři. `$basis` je
# identifikátor základu v tomto souboru (`none`, dokud žádný není zvolen); čísla článků (`$articles`, jejich počet
# `$count`) pocházejí z bases.toml a čtou se ve všech jazycích stejně.

## Mezinárodní instrumenty, jak jsou pojmenovány ve volbě ve formuláři a v řádku s právním základem žádosti

basis-budapest = Úmluva o počítačové kriminalitě (ETS č. 185)
basis-protocol2 = Druhý dodatkový protokol k Úmluvě o počítačové kriminalitě o posílené spolupráci a zpřístupňování elektronických důkazů (CETS č. 224)
basis-untoc = Úmluva Organizace spojených národů proti nadnárodnímu organizovanému zločinu
basis-un-cybercrime = Úmluva Organizace spojených národů proti kybernetické kriminalitě
basis-ets30 = Evropská úmluva o vzájemné pomoci ve věcech trestních (ETS č. 30)
basis-ets30-p2 = Druhý dodatkový protokol k Evropské úmluvě o vzájemné pomoci ve věcech trestních (ETS č. 182)
basis-cis-minsk-1993 = Úmluva o právní pomoci a právních vztazích v občanských, rodinných a trestních věcech (Minsk, 22. ledna 1993)
basis-cis-chisinau-2002 = Úmluva o právní pomoci a právních vztazích v občanských, rodinných a trestních věcech (Kišiněv, 7. října 2002)
basis-cis-it-crime-2018 = Dohoda o spolupráci členských států Společenství nezávislých států v boji proti trestné činnosti v oblasti informačních technologií (Dušanbe, 28. září 2018)
basis-arab-ito-2010 = Arabská úmluva o boji proti trestné činnosti v oblasti informačních technologií (Káhira, 21. prosince 2010)
basis-bilateral = Dvoustranná smlouva mezi dožadujícím a dožádaným státem
basis-reciprocity = Vzájemnost (mezi oběma státy se neuplatní žádná smlouva o vzájemné právní pomoci)

## Řádek s právním základem tištěný pod názvem žádosti

# Články instrumentu, o něž se žádost opírá, např. „články 18(1), 18(3)(i)“.
basis-articles = { $count ->
        [one] článek { $articles }
       *[other] články { $articles }
    }
# `$treaty`: dvoustranná smlouva a její články, jak je uživatel zadal (a přeložil).
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; protokol se použije pouze mezi státy, které jsou jeho stranami
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; protokol se použije pouze mezi státy, které jsou stranami protokolu i úmluvy
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Žádost podaná na základě vzájemnosti; mezi dožadujícím a dožádaným státem se neuplatní žádná smlouva o vzájemné právní pomoci
       *[none] Právní základ dosud nebyl zvolen
    }

## Volba ve formuláři (nikdy se netiskne: žádost uvádí řádek s právním základem výše)

basis-heading = Mezinárodní právní základ
# `$match`: co zvolený instrument pro tuto žádost obsahuje (templates/bases.toml): `specific`, `general`,
# `user` (dvoustranná smlouva), `none` (vzájemnost), `unchosen`; `$request`: druh žádosti (`preservation`,
# `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Smlouva nebo jiný mezinárodní základ, o nějž se žádost opírá
    .hint = { $match ->
        [specific] Zvolený instrument obsahuje články určené pro tento druh žádosti; jsou citovány v záhlaví žádosti. Zvolte jej pouze tehdy, je-li závazný pro dožadující i dožádaný stát.
        [general] { $request ->
            [preservation] Zvolený instrument neobsahuje článek o urychleném uchování: žádost se opírá o jeho obecná ustanovení o vzájemné pomoci, citovaná v záhlaví žádosti. Zda a na jak dlouho budou data uchována, závisí na právu dožádaného státu.
           *[other] Zvolený instrument neobsahuje článek určený pro tento druh žádosti: žádost se opírá o jeho obecná ustanovení o vzájemné pomoci, citovaná v záhlaví žádosti.
        }
        [user] Uveďte název smlouvy a články, o něž se žádost opírá: vytisknou se v záhlaví žádosti.
        [none] Mezi oběma státy se neuplatní žádná smlouva: žádost se opírá o vzájemnost a necituje žádný článek. Vnitrostátní právní základ uveďte v oddílu, který je mu věnován.
       *[unchosen] Zvolte smlouvu, která je závazná pro dožadující i dožádaný stát. Její články se citují v záhlaví žádosti a všude, kde na ně žádost odkazuje.
    }
basis-bilateral-treaty = Název a datum smlouvy a články, o něž se žádost opírá
# Kontrola, kterou provádí autor žádosti; zobrazuje se jen u instrumentu, který podle přečtených zdrojů nebyl
# v platnosti nebo jehož stav není znám (`$status`: `not-in-force`, `unknown`; `$as-of`: datum tohoto zdroje ve
# formátu RRRR-MM-DD). Nikdy se netiskne: adresátovi se nevysvětluje jeho vlastní právo.
basis-in-force = { $basis ->
        [protocol2] Ověřil(a) jsem, že oba státy jsou stranami Druhého dodatkového protokolu k Úmluvě o počítačové kriminalitě a že je mezi nimi v platnosti
        [ets30-p2] Ověřil(a) jsem, že oba státy jsou stranami Druhého dodatkového protokolu k Evropské úmluvě o vzájemné pomoci ve věcech trestních a že je mezi nimi v platnosti
       *[other] Ověřil(a) jsem, že oba státy jsou stranami zvoleného instrumentu a že je mezi nimi v platnosti
    }
    .hint = { $status ->
        [not-in-force] Podle zdrojů použitých pro tuto aplikaci tento instrument ke dni { $as-of } dosud nevstoupil v platnost. Než se o něj opřete, ověřte to u svého ústředního orgánu nebo u depozitáře. Jde o Vaši vlastní kontrolu: v žádosti se nikdy netiskne.
       *[unknown] Ze zdrojů použitých pro tuto aplikaci není zřejmé, zda je tento instrument v platnosti. Než se o něj opřete, ověřte to u svého ústředního orgánu nebo u depozitáře. Jde o Vaši vlastní kontrolu: v žádosti se nikdy netiskne.
    }
