# Legal bases a request can rest on (templates/bases.toml), chosen in the form. `$basis` is the id
# of a basis there (`none` while none is chosen); the article numbers (`$articles`, `$count` of
# them) come from bases.toml and read the same in every language.

## The instruments, as named in the form's choice and in the request's legal-basis line

basis-budapest = Convention on Cybercrime (ETS No. 185)
basis-protocol2 = Second Additional Protocol to the Convention on Cybercrime on enhanced co-operation and disclosure of electronic evidence (CETS No. 224)
basis-untoc = United Nations Convention against Transnational Organized Crime
basis-un-cybercrime = United Nations Convention against Cybercrime
basis-ets30 = European Convention on Mutual Assistance in Criminal Matters (ETS No. 30)
basis-ets30-p2 = Second Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters (ETS No. 182)
basis-cis-minsk-1993 = Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal Matters (Minsk, 22 January 1993)
basis-cis-chisinau-2002 = Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal Matters (Chisinau, 7 October 2002)
basis-cis-it-crime-2018 = Agreement on Cooperation of the Member States of the Commonwealth of Independent States in Combating Crimes in the Field of Information Technologies (Dushanbe, 28 September 2018)
basis-arab-ito-2010 = Arab Convention on Combating Information Technology Offences (Cairo, 21 December 2010)
basis-bilateral = Bilateral treaty between the requesting and the requested State
basis-reciprocity = Reciprocity (no treaty on mutual legal assistance applies between the two States)

## The legal-basis line printed under the title of the request

# The articles of the instrument that the request rests on, e.g. "Articles 18(1), 18(3)(i)".
basis-articles = { $count ->
        [one] Article { $articles }
       *[other] Articles { $articles }
    }
# `$treaty`: the bilateral treaty and its articles, as the user typed them (and translated them).
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; the Protocol applies only between States that are Parties to it
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; the Protocol applies only between States that are Parties to it and to the Convention
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Request made on the basis of reciprocity; no treaty on mutual legal assistance applies between the requesting and the requested State
       *[none] Legal basis not yet chosen
    }

## The choice in the form (never printed: the request shows the legal-basis line above)

basis-heading = International legal basis
# `$match`: what the instrument chosen has for this request (templates/bases.toml): `specific`,
# `general`, `user` (a bilateral treaty), `none` (reciprocity), `unchosen`; `$request`: the
# request type (`preservation`, `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Treaty or other international basis on which the request rests
    .hint = { $match ->
        [specific] The instrument chosen has articles made for this request; they are cited at the top of the request. Choose it only if it binds both the requesting and the requested State.
        [general] { $request ->
            [preservation] The instrument chosen has no article on expedited preservation: the request rests on its general provisions on mutual assistance, cited at the top of the request. Whether and for how long the data are preserved depends on the law of the requested State.
           *[other] The instrument chosen has no article made for this request: the request rests on its general provisions on mutual assistance, cited at the top of the request.
        }
        [user] Name the treaty and give the articles on which the request rests: they are printed at the top of the request.
        [none] No treaty applies between the two States: the request rests on reciprocity and cites no article. State your domestic legal basis in the section on it.
       *[unchosen] Choose the treaty that binds both the requesting and the requested State. Its articles are cited at the top of the request and wherever the request refers to them.
    }
basis-bilateral-treaty = Title and date of the treaty, and the articles on which the request rests
# A check the requester makes, shown only for an instrument that was not in force, or whose status
# is not known, in the sources read (`$status`: `not-in-force`, `unknown`; `$as-of`: the date of
# that source, as YYYY-MM-DD). Never printed: the recipient is never told its own law.
basis-in-force = { $basis ->
        [protocol2] I have checked that both States are Parties to the Second Additional Protocol to the Convention on Cybercrime and that it is in force between them
        [ets30-p2] I have checked that both States are Parties to the Second Additional Protocol to the European Convention on Mutual Assistance in Criminal Matters and that it is in force between them
       *[other] I have checked that both States are Parties to the instrument chosen and that it is in force between them
    }
    .hint = { $status ->
        [not-in-force] The sources read for this app show that this instrument was not yet in force on { $as-of }. Check with your central authority or the depositary before relying on it. Your own check: never printed in the request.
       *[unknown] The sources read for this app do not show whether this instrument is in force. Check with your central authority or the depositary before relying on it. Your own check: never printed in the request.
    }
