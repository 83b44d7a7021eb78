# Právne základy, na ktorých môže žiadosť spočívať (templates/bases.toml), zvolené vo formulári. `$basis` je
# identifikátor základu z tohto súboru (`none`, kým nie je žiadny zvolený); čísla článkov (`$articles`, ich počet
# `$count`) pochádzajú z bases.toml a vo všetkých jazykoch sa píšu rovnako.

## Nástroje tak, ako sú pomenované vo výbere formulára a v riadku právneho základu žiadosti

basis-budapest = Dohovor o počítačovej kriminalite (ETS č. 185)
basis-protocol2 = Druhý dodatkový protokol k Dohovoru o počítačovej kriminalite o posilnenej spolupráci a sprístupňovaní elektronických dôkazov (CETS č. 224)
basis-untoc = Dohovor Organizácie Spojených národov proti nadnárodnému organizovanému zločinu
basis-un-cybercrime = Dohovor Organizácie Spojených národov proti počítačovej kriminalite
basis-ets30 = Európsky dohovor o vzájomnej pomoci v trestných veciach (ETS č. 30)
basis-ets30-p2 = Druhý dodatkový protokol k Európskemu dohovoru o vzájomnej pomoci v trestných veciach (ETS č. 182)
basis-cis-minsk-1993 = Dohovor o právnej pomoci a právnych vzťahoch v občianskych, rodinných a trestných veciach (Minsk, 22. januára 1993)
basis-cis-chisinau-2002 = Dohovor o právnej pomoci a právnych vzťahoch v občianskych, rodinných a trestných veciach (Kišiňov, 7. októbra 2002)
basis-cis-it-crime-2018 = Dohoda o spolupráci členských štátov Spoločenstva nezávislých štátov v boji proti trestným činom v oblasti informačných technológií (Dušanbe, 28. septembra 2018)
basis-arab-ito-2010 = Arabský dohovor o boji proti trestným činom v oblasti informačných technológií (Káhira, 21. decembra 2010)
basis-bilateral = Dvojstranná zmluva medzi dožadujúcim a dožiadaným štátom
basis-reciprocity = Vzájomnosť (medzi oboma štátmi sa neuplatňuje žiadna zmluva o vzájomnej právnej pomoci)

## Riadok právneho základu vytlačený pod názvom žiadosti

# Články nástroja, na ktorých žiadosť spočíva, napr. „články 18(1), 18(3)(i)“.
basis-articles = { $count ->
        [one] článok { $articles }
        [few] články { $articles }
        [many] články { $articles }
       *[other] články { $articles }
    }
# `$treaty`: dvojstranná zmluva a jej články tak, ako ich používateľ zadal (a preložil).
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; protokol sa uplatňuje len medzi štátmi, ktoré sú jeho zmluvnými stranami
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; protokol sa uplatňuje len medzi štátmi, ktoré sú zmluvnými stranami protokolu aj dohovoru
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Žiadosť podaná na základe vzájomnosti; medzi dožadujúcim a dožiadaným štátom sa neuplatňuje žiadna zmluva o vzájomnej právnej pomoci
       *[none] Právny základ zatiaľ nie je zvolený
    }

## Výber vo formulári (nikdy sa netlačí: žiadosť uvádza riadok právneho základu vyššie)

basis-heading = Medzinárodný právny základ
# `$match`: čo zvolený nástroj obsahuje pre túto žiadosť (templates/bases.toml): `specific`, `general`, `user`
# (dvojstranná zmluva), `none` (vzájomnosť), `unchosen`; `$request`: druh žiadosti (`preservation`, `subscriber`,
# `traffic`, `content`, `emergency`).
basis-choice = Zmluva alebo iný medzinárodný základ, na ktorom žiadosť spočíva
    .hint = { $match ->
        [specific] Zvolený nástroj obsahuje články určené práve pre túto žiadosť; cituje ich úvod žiadosti. Zvoľte ho len vtedy, ak zaväzuje dožadujúci aj dožiadaný štát.
        [general] { $request ->
            [preservation] Zvolený nástroj neobsahuje článok o urýchlenom uchovaní: žiadosť spočíva na jeho všeobecných ustanoveniach o vzájomnej pomoci, ktoré cituje úvod žiadosti. Či a ako dlho sa údaje uchovajú, závisí od práva dožiadaného štátu.
           *[other] Zvolený nástroj neobsahuje článok určený práve pre túto žiadosť: žiadosť spočíva na jeho všeobecných ustanoveniach o vzájomnej pomoci, ktoré cituje úvod žiadosti.
        }
        [user] Uveďte zmluvu a články, na ktorých žiadosť spočíva: vytlačia sa v úvode žiadosti.
        [none] Medzi oboma štátmi sa neuplatňuje žiadna zmluva: žiadosť spočíva na vzájomnosti a necituje žiadny článok. Svoj vnútroštátny právny základ uveďte v oddiele, ktorý je na to určený.
       *[unchosen] Zvoľte zmluvu, ktorá zaväzuje dožadujúci aj dožiadaný štát. Jej články sa citujú v úvode žiadosti a všade tam, kde na ne žiadosť odkazuje.
    }
basis-bilateral-treaty = Názov a dátum zmluvy a články, na ktorých žiadosť spočíva
# Kontrola, ktorú vykonáva žiadateľ, zobrazená len pri nástroji, ktorý v prečítaných zdrojoch nebol platný alebo
# ktorého stav nie je známy (`$status`: `not-in-force`, `unknown`; `$as-of`: dátum tohto zdroja vo formáte RRRR-MM-DD).
# Nikdy sa netlačí: adresátovi sa nikdy nevysvetľuje jeho vlastné právo.
basis-in-force = { $basis ->
        [protocol2] Overil(a) som, že oba štáty sú zmluvnými stranami Druhého dodatkového protokolu k Dohovoru o počítačovej kriminalite a že protokol medzi nimi platí
        [ets30-p2] Overil(a) som, že oba štáty sú zmluvnými stranami Druhého dodatkového protokolu k Európskemu dohovoru o vzájomnej pomoci v trestných veciach a že protokol medzi nimi platí
       *[other] Overil(a) som, že oba štáty sú zmluvnými stranami zvoleného nástroja a že nástroj medzi nimi platí
    }
    .hint = { $status ->
        [not-in-force] Podľa zdrojov prečítaných pre túto aplikáciu tento nástroj ku dňu { $as-of } ešte nenadobudol platnosť. Skôr než sa oň opriete, overte si to u svojho ústredného orgánu alebo u depozitára. Vaša vlastná kontrola: nikdy sa netlačí v žiadosti.
       *[unknown] Zdroje prečítané pre túto aplikáciu neukazujú, či tento nástroj platí. Skôr než sa oň opriete, overte si to u svojho ústredného orgánu alebo u depozitára. Vaša vlastná kontrola: nikdy sa netlačí v žiadosti.
    }
