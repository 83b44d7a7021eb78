# Bases juridiques sur lesquelles une demande peut reposer (templates/bases.toml), choisies dans le formulaire.
# `$basis` est l'identifiant d'une base de ce fichier (`none` tant qu'aucune n'est choisie) ; les numéros
# d'articles (`$articles`, au nombre de `$count`) proviennent de bases.toml et s'écrivent de même dans toutes les langues.

## Les instruments, tels qu'ils sont nommés dans le choix du formulaire et dans la ligne de base juridique de la demande

basis-budapest = Convention sur la cybercriminalité (STE n° 185)
basis-protocol2 = Deuxième Protocole additionnel à la Convention sur la cybercriminalité relatif au renforcement de la coopération et de la divulgation de preuves électroniques (STCE n° 224)
basis-untoc = Convention des Nations Unies contre la criminalité transnationale organisée
basis-un-cybercrime = Convention des Nations Unies contre la cybercriminalité
basis-ets30 = Convention européenne d'entraide judiciaire en matière pénale (STE n° 30)
basis-ets30-p2 = Deuxième Protocole additionnel à la Convention européenne d'entraide judiciaire en matière pénale (STE n° 182)
basis-cis-minsk-1993 = Convention relative à l'entraide judiciaire et aux relations juridiques en matière civile, familiale et pénale (Minsk, 22 janvier 1993)
basis-cis-chisinau-2002 = Convention relative à l'entraide judiciaire et aux relations juridiques en matière civile, familiale et pénale (Chisinau, 7 octobre 2002)
basis-cis-it-crime-2018 = Accord de coopération des États membres de la Communauté des États indépendants dans la lutte contre les infractions dans le domaine des technologies de l'information (Douchanbé, 28 septembre 2018)
basis-arab-ito-2010 = Convention arabe sur la lutte contre les infractions liées aux technologies de l'information (Le Caire, 21 décembre 2010)
basis-bilateral = Traité bilatéral entre l'État requérant et l'État requis
basis-reciprocity = Réciprocité (aucun traité d'entraide judiciaire n'est applicable entre les deux États)

## La ligne de base juridique imprimée sous le titre de la demande

# Les articles de l'instrument sur lesquels repose la demande, par exemple « articles 18(1), 18(3)(i) ».
basis-articles = { $count ->
        [one] article { $articles }
       *[other] articles { $articles }
    }
# `$treaty` : le traité bilatéral et ses articles, tels que l'utilisateur les a saisis (et traduits).
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles } ; le Protocole ne s'applique qu'entre les États qui y sont Parties
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles } ; le Protocole ne s'applique qu'entre les États qui sont Parties à celui-ci et à la Convention
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral } : { $treaty }
        [reciprocity] Demande formée sur la base de la réciprocité ; aucun traité d'entraide judiciaire n'est applicable entre l'État requérant et l'État requis
       *[none] Base juridique non encore choisie
    }

## Le choix dans le formulaire (jamais imprimé : la demande affiche la ligne de base juridique ci-dessus)

basis-heading = Base juridique internationale
# `$match` : ce que l'instrument choisi prévoit pour cette demande (templates/bases.toml) : `specific`,
# `general`, `user` (un traité bilatéral), `none` (réciprocité), `unchosen` ; `$request` : le type de
# demande (`preservation`, `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Traité ou autre base juridique internationale sur laquelle se fonde la demande
    .hint = { $match ->
        [specific] L'instrument choisi comporte des articles propres à ce type de demande ; ils sont cités en tête de la demande. Ne le choisissez que s'il lie à la fois l'État requérant et l'État requis.
        [general] { $request ->
            [preservation] L'instrument choisi ne comporte aucun article relatif à la conservation rapide : la demande repose sur ses dispositions générales relatives à l'entraide, citées en tête de la demande. La question de savoir si les données sont conservées, et pour combien de temps, relève du droit de l'État requis.
           *[other] L'instrument choisi ne comporte aucun article propre à ce type de demande : la demande repose sur ses dispositions générales relatives à l'entraide, citées en tête de la demande.
        }
        [user] Indiquez le traité et les articles sur lesquels repose la demande : ils sont imprimés en tête de la demande.
        [none] Aucun traité n'est applicable entre les deux États : la demande repose sur la réciprocité et ne cite aucun article. Indiquez votre base juridique en droit interne dans la section prévue à cet effet.
       *[unchosen] Choisissez le traité qui lie à la fois l'État requérant et l'État requis. Ses articles sont cités en tête de la demande et partout où la demande s'y réfère.
    }
basis-bilateral-treaty = Titre et date du traité, et articles sur lesquels repose la demande
# Vérification faite par le requérant, affichée seulement pour un instrument qui n'était pas en vigueur, ou dont
# le statut n'est pas connu, dans les sources consultées (`$status` : `not-in-force`, `unknown` ; `$as-of` : la
# date de cette source, au format AAAA-MM-JJ). Jamais imprimée : on n'apprend pas au destinataire son propre droit.
basis-in-force = { $basis ->
        [protocol2] J'ai vérifié que les deux États sont Parties au Deuxième Protocole additionnel à la Convention sur la cybercriminalité et que celui-ci est en vigueur entre eux
        [ets30-p2] J'ai vérifié que les deux États sont Parties au Deuxième Protocole additionnel à la Convention européenne d'entraide judiciaire en matière pénale et que celui-ci est en vigueur entre eux
       *[other] J'ai vérifié que les deux États sont Parties à l'instrument choisi et que celui-ci est en vigueur entre eux
    }
    .hint = { $status ->
        [not-in-force] Selon les sources consultées pour cette application, cet instrument n'était pas encore en vigueur le { $as-of }. Vérifiez auprès de votre autorité centrale ou du dépositaire avant de vous en prévaloir. Vérification pour votre propre usage, jamais imprimée dans la demande.
       *[unknown] Les sources consultées pour cette application n'indiquent pas si cet instrument est en vigueur. Vérifiez auprès de votre autorité centrale ou du dépositaire avant de vous en prévaloir. Vérification pour votre propre usage, jamais imprimée dans la demande.
    }
