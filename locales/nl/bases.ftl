# Rechtsgrondslagen waarop een verzoek kan berusten (templates/bases.toml), gekozen in het formulier. `$basis`
# is de code van een grondslag (`none` zolang er geen is gekozen); de artikelnummers (`$articles`, hun aantal
# `$count`) komen uit bases.toml en luiden in elke taal hetzelfde.

## De instrumenten, zoals genoemd in de keuze in het formulier en in de regel met de rechtsgrondslag

basis-budapest = Verdrag inzake de bestrijding van strafbare feiten verbonden met elektronische netwerken (ETS nr. 185)
basis-protocol2 = Tweede Aanvullend Protocol bij het Verdrag inzake de bestrijding van strafbare feiten verbonden met elektronische netwerken betreffende versterkte samenwerking en de verstrekking van elektronisch bewijsmateriaal (CETS nr. 224)
basis-untoc = Verdrag van de Verenigde Naties tegen grensoverschrijdende georganiseerde misdaad
basis-un-cybercrime = Verdrag van de Verenigde Naties tegen cybercriminaliteit
basis-ets30 = Europees Verdrag aangaande de wederzijdse rechtshulp in strafzaken (ETS nr. 30)
basis-ets30-p2 = Tweede Aanvullend Protocol bij het Europees Verdrag aangaande de wederzijdse rechtshulp in strafzaken (ETS nr. 182)
basis-cis-minsk-1993 = Verdrag inzake rechtshulp en rechtsbetrekkingen in burgerlijke, familie- en strafzaken (Minsk, 22 januari 1993)
basis-cis-chisinau-2002 = Verdrag inzake rechtshulp en rechtsbetrekkingen in burgerlijke, familie- en strafzaken (Chisinau, 7 oktober 2002)
basis-cis-it-crime-2018 = Overeenkomst inzake samenwerking tussen de lidstaten van het Gemenebest van Onafhankelijke Staten bij de bestrijding van strafbare feiten op het gebied van informatietechnologie (Doesjanbe, 28 september 2018)
basis-arab-ito-2010 = Arabisch Verdrag ter bestrijding van strafbare feiten op het gebied van informatietechnologie (Caïro, 21 december 2010)
basis-bilateral = Bilateraal verdrag tussen de verzoekende en de aangezochte Staat
basis-reciprocity = Wederkerigheid (tussen de twee Staten is geen verdrag inzake wederzijdse rechtshulp van toepassing)

## De regel met de rechtsgrondslag, afgedrukt onder de titel van het verzoek

# De artikelen van het instrument waarop het verzoek berust, bijv. „artikelen 18(1), 18(3)(i)”; zij volgen
# op de naam van het instrument en een komma, en beginnen dus met een kleine letter.
basis-articles = { $count ->
        [one] artikel { $articles }
       *[other] artikelen { $articles }
    }
# `$treaty`: het bilaterale verdrag en de artikelen ervan, zoals de gebruiker ze heeft ingevuld (en vertaald).
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; het Protocol is uitsluitend van toepassing tussen Staten die daarbij partij zijn
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; het Protocol is uitsluitend van toepassing tussen Staten die partij zijn bij het Protocol en bij het Verdrag
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Verzoek gedaan op basis van wederkerigheid; tussen de verzoekende en de aangezochte Staat is geen verdrag inzake wederzijdse rechtshulp van toepassing
       *[none] Rechtsgrondslag nog niet gekozen
    }

## De keuze in het formulier (wordt nooit afgedrukt: het verzoek bevat de regel met de rechtsgrondslag hierboven)

basis-heading = Internationale rechtsgrondslag
# `$match`: wat het gekozen instrument voor dit verzoek bevat (templates/bases.toml): `specific`, `general`,
# `user` (een bilateraal verdrag), `none` (wederkerigheid), `unchosen`; `$request`: het soort verzoek
# (`preservation`, `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Verdrag of andere internationale grondslag waarop het verzoek berust
    .hint = { $match ->
        [specific] Het gekozen instrument bevat artikelen die voor dit verzoek zijn bedoeld; zij worden bovenaan het verzoek aangehaald. Kies het alleen als het zowel de verzoekende als de aangezochte Staat bindt.
        [general] { $request ->
            [preservation] Het gekozen instrument bevat geen artikel over spoedbewaring: het verzoek berust op de algemene bepalingen daarvan over wederzijdse bijstand, die bovenaan het verzoek worden aangehaald. Of en hoe lang de gegevens worden bewaard, hangt af van het recht van de aangezochte Staat.
           *[other] Het gekozen instrument bevat geen artikel dat voor dit verzoek is bedoeld: het verzoek berust op de algemene bepalingen daarvan over wederzijdse bijstand, die bovenaan het verzoek worden aangehaald.
        }
        [user] Vermeld het verdrag en de artikelen waarop het verzoek berust: zij worden bovenaan het verzoek afgedrukt.
        [none] Tussen de twee Staten is geen verdrag van toepassing: het verzoek berust op wederkerigheid en haalt geen artikel aan. Vermeld uw nationale rechtsgrondslag in de afdeling daarover.
       *[unchosen] Kies het verdrag dat zowel de verzoekende als de aangezochte Staat bindt. De artikelen ervan worden bovenaan het verzoek aangehaald en overal waar het verzoek ernaar verwijst.
    }
basis-bilateral-treaty = Titel en datum van het verdrag, en de artikelen waarop het verzoek berust
# Een controle door de verzoeker, alleen getoond voor een instrument dat volgens de gelezen bronnen niet in
# werking was of waarvan de status onbekend is (`$status`: `not-in-force`, `unknown`; `$as-of`: de datum van
# die bron, als JJJJ-MM-DD). Wordt nooit afgedrukt: de ontvanger wordt zijn eigen recht niet uitgelegd.
basis-in-force = { $basis ->
        [protocol2] Ik heb gecontroleerd dat beide Staten partij zijn bij het Tweede Aanvullend Protocol bij het Verdrag inzake de bestrijding van strafbare feiten verbonden met elektronische netwerken en dat het tussen hen in werking is
        [ets30-p2] Ik heb gecontroleerd dat beide Staten partij zijn bij het Tweede Aanvullend Protocol bij het Europees Verdrag aangaande de wederzijdse rechtshulp in strafzaken en dat het tussen hen in werking is
       *[other] Ik heb gecontroleerd dat beide Staten partij zijn bij het gekozen instrument en dat het tussen hen in werking is
    }
    .hint = { $status ->
        [not-in-force] Volgens de voor deze app gelezen bronnen was dit instrument op { $as-of } nog niet in werking getreden. Ga dit na bij uw centrale autoriteit of bij de depositaris voordat u erop steunt. Uw eigen controle, die nooit in het verzoek wordt afgedrukt.
       *[unknown] Uit de voor deze app gelezen bronnen blijkt niet of dit instrument in werking is. Ga dit na bij uw centrale autoriteit of bij de depositaris voordat u erop steunt. Uw eigen controle, die nooit in het verzoek wordt afgedrukt.
    }
