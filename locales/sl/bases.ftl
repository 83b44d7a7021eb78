# Pravne podlage, na katerih lahko temelji zaprosilo (templates/bases.toml), izbrane v obrazcu. `$basis` je
# identifikator podlage v tej datoteki (`none`, dokler ni izbrana nobena); številke členov (`$articles`, njihovo
# število `$count`) izhajajo iz bases.toml in se v vseh jezikih berejo enako.

## Mednarodni instrumenti, kot so poimenovani pri izbiri v obrazcu in v vrstici s pravno podlago zaprosila

basis-budapest = Konvencija o kibernetski kriminaliteti (ETS št. 185)
basis-protocol2 = Drugi dodatni protokol h Konvenciji o kibernetski kriminaliteti o okrepljenem sodelovanju in razkritju elektronskih dokazov (CETS št. 224)
basis-untoc = Konvencija Združenih narodov proti mednarodnemu organiziranemu kriminalu
basis-un-cybercrime = Konvencija Združenih narodov proti kibernetski kriminaliteti
basis-ets30 = Evropska konvencija o medsebojni pravni pomoči v kazenskih zadevah (ETS št. 30)
basis-ets30-p2 = Drugi dodatni protokol k Evropski konvenciji o medsebojni pravni pomoči v kazenskih zadevah (ETS št. 182)
basis-cis-minsk-1993 = Konvencija o pravni pomoči in pravnih razmerjih v civilnih, družinskih in kazenskih zadevah (Minsk, 22. januar 1993)
basis-cis-chisinau-2002 = Konvencija o pravni pomoči in pravnih razmerjih v civilnih, družinskih in kazenskih zadevah (Kišinjev, 7. oktober 2002)
basis-cis-it-crime-2018 = Sporazum o sodelovanju držav članic Skupnosti neodvisnih držav v boju proti kaznivim dejanjem na področju informacijske tehnologije (Dušanbe, 28. september 2018)
basis-arab-ito-2010 = Arabska konvencija o boju proti kaznivim dejanjem na področju informacijske tehnologije (Kairo, 21. december 2010)
basis-bilateral = Dvostranska pogodba med državo prosilko in zaprošeno državo
basis-reciprocity = Vzajemnost (med državama se ne uporablja nobena pogodba o medsebojni pravni pomoči)

## Vrstica s pravno podlago, natisnjena pod naslovom zaprosila

# Členi instrumenta, na katerih temelji zaprosilo, npr. »členi 18(1), 18(3)(i)«.
basis-articles = { $count ->
        [one] člen { $articles }
        [two] člena { $articles }
       *[other] členi { $articles }
    }
# `$treaty`: dvostranska pogodba in njeni členi, kot jih je uporabnik vnesel (in prevedel).
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; protokol se uporablja le med državami, ki so njegove pogodbenice
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; protokol se uporablja le med državami, ki so pogodbenice protokola in konvencije
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Zaprosilo, podano na podlagi vzajemnosti; med državo prosilko in zaprošeno državo se ne uporablja nobena pogodba o medsebojni pravni pomoči
       *[none] Pravna podlaga še ni izbrana
    }

## Izbira v obrazcu (nikoli se ne natisne: zaprosilo navaja zgornjo vrstico s pravno podlago)

basis-heading = Mednarodna pravna podlaga
# `$match`: kaj izbrani instrument vsebuje za to zaprosilo (templates/bases.toml): `specific`, `general`,
# `user` (dvostranska pogodba), `none` (vzajemnost), `unchosen`; `$request`: vrsta zaprosila (`preservation`,
# `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Pogodba ali druga mednarodna podlaga, na kateri temelji zaprosilo
    .hint = { $match ->
        [specific] Izbrani instrument vsebuje člene, namenjene tej vrsti zaprosila; navedeni so na začetku zaprosila. Izberite ga le, če zavezuje tako državo prosilko kot zaprošeno državo.
        [general] { $request ->
            [preservation] Izbrani instrument ne vsebuje člena o hitrem zavarovanju: zaprosilo temelji na njegovih splošnih določbah o medsebojni pomoči, navedenih na začetku zaprosila. Ali in kako dolgo bodo podatki zavarovani, je odvisno od prava zaprošene države.
           *[other] Izbrani instrument ne vsebuje člena, namenjenega tej vrsti zaprosila: zaprosilo temelji na njegovih splošnih določbah o medsebojni pomoči, navedenih na začetku zaprosila.
        }
        [user] Navedite naslov pogodbe in člene, na katerih temelji zaprosilo: natisnjeni bodo na začetku zaprosila.
        [none] Med državama se ne uporablja nobena pogodba: zaprosilo temelji na vzajemnosti in ne navaja nobenega člena. Pravno podlago v notranjem pravu navedite v oddelku, ki je temu namenjen.
       *[unchosen] Izberite pogodbo, ki zavezuje tako državo prosilko kot zaprošeno državo. Njeni členi se navedejo na začetku zaprosila in povsod, kjer se zaprosilo sklicuje nanje.
    }
basis-bilateral-treaty = Naslov in datum pogodbe ter členi, na katerih temelji zaprosilo
# Preverjanje, ki ga opravi sestavljavec zaprosila; prikaže se le za instrument, ki po prebranih virih ni bil v veljavi
# ali čigar status ni znan (`$status`: `not-in-force`, `unknown`; `$as-of`: datum tega vira v obliki LLLL-MM-DD).
# Nikoli se ne natisne: naslovniku se ne pojasnjuje njegovo lastno pravo.
basis-in-force = { $basis ->
        [protocol2] Preveril(-a) sem, da sta obe državi pogodbenici Drugega dodatnega protokola h Konvenciji o kibernetski kriminaliteti in da je protokol med njima v veljavi
        [ets30-p2] Preveril(-a) sem, da sta obe državi pogodbenici Drugega dodatnega protokola k Evropski konvenciji o medsebojni pravni pomoči v kazenskih zadevah in da je protokol med njima v veljavi
       *[other] Preveril(-a) sem, da sta obe državi pogodbenici izbranega instrumenta in da je instrument med njima v veljavi
    }
    .hint = { $status ->
        [not-in-force] Po virih, uporabljenih za to aplikacijo, ta instrument na dan { $as-of } še ni začel veljati. Preden se nanj oprete, to preverite pri svojem osrednjem organu ali depozitarju. To je vaše lastno preverjanje: v zaprosilu se nikoli ne natisne.
       *[unknown] Iz virov, uporabljenih za to aplikacijo, ni razvidno, ali je ta instrument v veljavi. Preden se nanj oprete, to preverite pri svojem osrednjem organu ali depozitarju. To je vaše lastno preverjanje: v zaprosilu se nikoli ne natisne.
    }
