# Temeiurile juridice pe care se poate întemeia o cerere (templates/bases.toml), alese în formular. `$basis`
# este identificatorul unui temei de acolo (`none` cât timp nu s-a ales niciunul); numerele articolelor
# (`$articles`, în număr de `$count`) provin din bases.toml și se citesc la fel în toate limbile.

## Instrumentele, astfel cum sunt denumite în alegerea din formular și în rândul privind temeiul juridic al cererii

basis-budapest = Convenția privind criminalitatea informatică (STE nr. 185)
basis-protocol2 = Al doilea Protocol adițional la Convenția privind criminalitatea informatică, referitor la consolidarea cooperării și la divulgarea probelor electronice (STCE nr. 224)
basis-untoc = Convenția Națiunilor Unite împotriva criminalității transnaționale organizate
basis-un-cybercrime = Convenția Națiunilor Unite împotriva criminalității informatice
basis-ets30 = Convenția europeană de asistență judiciară în materie penală (STE nr. 30)
basis-ets30-p2 = Al doilea Protocol adițional la Convenția europeană de asistență judiciară în materie penală (STE nr. 182)
basis-cis-minsk-1993 = Convenția cu privire la asistența juridică și raporturile de drept în procesele civile, familiale și penale (Minsk, 22 ianuarie 1993)
basis-cis-chisinau-2002 = Convenția cu privire la asistența juridică și raporturile de drept în procesele civile, familiale și penale (Chișinău, 7 octombrie 2002)
basis-cis-it-crime-2018 = Acordul privind cooperarea statelor membre ale Comunității Statelor Independente în combaterea infracțiunilor în domeniul tehnologiilor informației (Dușanbe, 28 septembrie 2018)
basis-arab-ito-2010 = Convenția arabă privind combaterea infracțiunilor în domeniul tehnologiei informației (Cairo, 21 decembrie 2010)
basis-bilateral = Tratat bilateral între statul solicitant și statul solicitat
basis-reciprocity = Reciprocitate (între cele două state nu se aplică niciun tratat de asistență judiciară)

## Rândul privind temeiul juridic, tipărit sub titlul cererii

# Articolele instrumentului pe care se întemeiază cererea, de exemplu „articolele 18(1), 18(3)(i)”.
basis-articles = { $count ->
        [one] articolul { $articles }
       *[other] articolele { $articles }
    }
# `$treaty`: tratatul bilateral și articolele sale, astfel cum le-a introdus (și tradus) utilizatorul.
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; Protocolul se aplică numai între statele care sunt părți la acesta
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; Protocolul se aplică numai între statele care sunt părți la acesta și la Convenție
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Cerere formulată pe bază de reciprocitate; între statul solicitant și statul solicitat nu se aplică niciun tratat de asistență judiciară
       *[none] Temeiul juridic nu a fost încă ales
    }

## Alegerea din formular (nu se tipărește niciodată: cererea conține rândul privind temeiul juridic de mai sus)

basis-heading = Temeiul juridic internațional
# `$match`: ce prevede instrumentul ales pentru această cerere (templates/bases.toml): `specific`,
# `general`, `user` (un tratat bilateral), `none` (reciprocitate), `unchosen`; `$request`: tipul cererii
# (`preservation`, `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Tratatul sau alt temei internațional pe care se întemeiază cererea
    .hint = { $match ->
        [specific] Instrumentul ales conține articole concepute pentru acest tip de cerere; acestea sunt citate la începutul cererii. Alegeți-l numai dacă este obligatoriu atât pentru statul solicitant, cât și pentru statul solicitat.
        [general] { $request ->
            [preservation] Instrumentul ales nu conține niciun articol privind conservarea rapidă: cererea se întemeiază pe dispozițiile sale generale privind asistența judiciară, citate la începutul cererii. Dacă datele vor fi conservate și pentru cât timp depinde de legislația statului solicitat.
           *[other] Instrumentul ales nu conține niciun articol conceput pentru acest tip de cerere: cererea se întemeiază pe dispozițiile sale generale privind asistența judiciară, citate la începutul cererii.
        }
        [user] Indicați denumirea tratatului și articolele pe care se întemeiază cererea: acestea se tipăresc la începutul cererii.
        [none] Între cele două state nu se aplică niciun tratat: cererea se întemeiază pe reciprocitate și nu citează niciun articol. Indicați temeiul juridic intern în secțiunea consacrată acestuia.
       *[unchosen] Alegeți tratatul care este obligatoriu atât pentru statul solicitant, cât și pentru statul solicitat. Articolele sale sunt citate la începutul cererii și oriunde cererea face trimitere la ele.
    }
basis-bilateral-treaty = Denumirea și data tratatului, precum și articolele pe care se întemeiază cererea
# O verificare făcută de cel care întocmește cererea, afișată numai pentru un instrument care nu era în vigoare
# sau al cărui statut nu este cunoscut în sursele consultate (`$status`: `not-in-force`, `unknown`; `$as-of`:
# data acelei surse, în formatul AAAA-LL-ZZ). Nu se tipărește niciodată: destinatarului nu i se explică propriul drept.
basis-in-force = { $basis ->
        [protocol2] Am verificat că ambele state sunt părți la al doilea Protocol adițional la Convenția privind criminalitatea informatică și că acesta este în vigoare între ele
        [ets30-p2] Am verificat că ambele state sunt părți la al doilea Protocol adițional la Convenția europeană de asistență judiciară în materie penală și că acesta este în vigoare între ele
       *[other] Am verificat că ambele state sunt părți la instrumentul ales și că acesta este în vigoare între ele
    }
    .hint = { $status ->
        [not-in-force] Potrivit surselor consultate pentru această aplicație, acest instrument nu intrase încă în vigoare la { $as-of }. Verificați la autoritatea dumneavoastră centrală sau la depozitar înainte de a vă întemeia pe el. Verificarea vă aparține: nu se tipărește niciodată în cerere.
       *[unknown] Sursele consultate pentru această aplicație nu arată dacă acest instrument este în vigoare. Verificați la autoritatea dumneavoastră centrală sau la depozitar înainte de a vă întemeia pe el. Verificarea vă aparține: nu se tipărește niciodată în cerere.
    }
