# Rechtsgrundlagen, auf die sich ein Ersuchen stützen kann (templates/bases.toml), im Formular gewählt.
# `$basis` ist die Kennung einer dortigen Rechtsgrundlage (`none`, solange keine gewählt ist); die
# Artikelnummern (`$articles`, deren Anzahl `$count`) stammen aus bases.toml und lauten in allen Sprachen gleich.

## Die Übereinkünfte, wie sie in der Auswahl des Formulars und in der Zeile zur Rechtsgrundlage des Ersuchens genannt werden

basis-budapest = Übereinkommen über Computerkriminalität (SEV Nr. 185)
basis-protocol2 = Zweites Zusatzprotokoll zum Übereinkommen über Computerkriminalität über eine verstärkte Zusammenarbeit und die Weitergabe elektronischen Beweismaterials (SEV Nr. 224)
basis-untoc = Übereinkommen der Vereinten Nationen gegen die grenzüberschreitende organisierte Kriminalität
basis-un-cybercrime = Übereinkommen der Vereinten Nationen gegen Cyberkriminalität
basis-ets30 = Europäisches Übereinkommen über die Rechtshilfe in Strafsachen (SEV Nr. 30)
basis-ets30-p2 = Zweites Zusatzprotokoll zum Europäischen Übereinkommen über die Rechtshilfe in Strafsachen (SEV Nr. 182)
basis-cis-minsk-1993 = Übereinkommen über Rechtshilfe und Rechtsbeziehungen in Zivil-, Familien- und Strafsachen (Minsk, 22. Januar 1993)
basis-cis-chisinau-2002 = Übereinkommen über Rechtshilfe und Rechtsbeziehungen in Zivil-, Familien- und Strafsachen (Chișinău, 7. Oktober 2002)
basis-cis-it-crime-2018 = Abkommen über die Zusammenarbeit der Mitgliedstaaten der Gemeinschaft Unabhängiger Staaten bei der Bekämpfung von Straftaten im Bereich der Informationstechnologien (Duschanbe, 28. September 2018)
basis-arab-ito-2010 = Arabisches Übereinkommen zur Bekämpfung von Straftaten im Bereich der Informationstechnologie (Kairo, 21. Dezember 2010)
basis-bilateral = Bilateraler Vertrag zwischen dem ersuchenden und dem ersuchten Staat
basis-reciprocity = Gegenseitigkeit (zwischen den beiden Staaten ist kein Vertrag über die Rechtshilfe anwendbar)

## Die Zeile zur Rechtsgrundlage, die unter dem Titel des Ersuchens gedruckt wird

# Die Artikel der Übereinkunft, auf die sich das Ersuchen stützt, z. B. „Artikel 18(1), 18(3)(i)“.
basis-articles = { $count ->
        [one] Artikel { $articles }
       *[other] Artikel { $articles }
    }
# `$treaty`: der bilaterale Vertrag und seine Artikel, wie vom Nutzer eingegeben (und übersetzt).
basis-legal-basis = { $basis ->
        [budapest] { basis-budapest }, { basis-articles }
        [protocol2] { basis-protocol2 }, { basis-articles }; das Protokoll gilt nur zwischen Staaten, die Vertragsparteien des Protokolls sind
        [untoc] { basis-untoc }, { basis-articles }
        [un-cybercrime] { basis-un-cybercrime }, { basis-articles }
        [ets30] { basis-ets30 }, { basis-articles }
        [ets30-p2] { basis-ets30-p2 }, { basis-articles }; das Protokoll gilt nur zwischen Staaten, die Vertragsparteien des Protokolls und des Übereinkommens sind
        [cis-minsk-1993] { basis-cis-minsk-1993 }, { basis-articles }
        [cis-chisinau-2002] { basis-cis-chisinau-2002 }, { basis-articles }
        [cis-it-crime-2018] { basis-cis-it-crime-2018 }, { basis-articles }
        [arab-ito-2010] { basis-arab-ito-2010 }, { basis-articles }
        [bilateral] { basis-bilateral }: { $treaty }
        [reciprocity] Ersuchen auf der Grundlage der Gegenseitigkeit; zwischen dem ersuchenden und dem ersuchten Staat ist kein Vertrag über die Rechtshilfe anwendbar
       *[none] Rechtsgrundlage noch nicht gewählt
    }

## Die Auswahl im Formular (nie gedruckt: das Ersuchen zeigt die obige Zeile zur Rechtsgrundlage)

basis-heading = Völkerrechtliche Grundlage
# `$match`: was die gewählte Übereinkunft für dieses Ersuchen enthält (templates/bases.toml): `specific`,
# `general`, `user` (ein bilateraler Vertrag), `none` (Gegenseitigkeit), `unchosen`; `$request`: die Art
# des Ersuchens (`preservation`, `subscriber`, `traffic`, `content`, `emergency`).
basis-choice = Vertrag oder sonstige völkerrechtliche Grundlage, auf die sich das Ersuchen stützt
    .hint = { $match ->
        [specific] Die gewählte Übereinkunft enthält eigens für dieses Ersuchen bestimmte Artikel; sie werden am Anfang des Ersuchens angeführt. Wählen Sie sie nur, wenn sie sowohl den ersuchenden als auch den ersuchten Staat bindet.
        [general] { $request ->
            [preservation] Die gewählte Übereinkunft enthält keinen Artikel über die umgehende Sicherung: Das Ersuchen stützt sich auf ihre allgemeinen Bestimmungen über die Rechtshilfe, die am Anfang des Ersuchens angeführt werden. Ob und wie lange die Daten gesichert werden, richtet sich nach dem Recht des ersuchten Staates.
           *[other] Die gewählte Übereinkunft enthält keinen eigens für dieses Ersuchen bestimmten Artikel: Das Ersuchen stützt sich auf ihre allgemeinen Bestimmungen über die Rechtshilfe, die am Anfang des Ersuchens angeführt werden.
        }
        [user] Nennen Sie den Vertrag und die Artikel, auf die sich das Ersuchen stützt: Sie werden am Anfang des Ersuchens gedruckt.
        [none] Zwischen den beiden Staaten ist kein Vertrag anwendbar: Das Ersuchen stützt sich auf die Gegenseitigkeit und führt keinen Artikel an. Geben Sie Ihre innerstaatliche Rechtsgrundlage im dafür vorgesehenen Abschnitt an.
       *[unchosen] Wählen Sie den Vertrag, der sowohl den ersuchenden als auch den ersuchten Staat bindet. Seine Artikel werden am Anfang des Ersuchens und überall dort angeführt, wo das Ersuchen auf sie verweist.
    }
basis-bilateral-treaty = Titel und Datum des Vertrags sowie die Artikel, auf die sich das Ersuchen stützt
# Eine Prüfung durch den Ersuchenden, nur angezeigt für eine Übereinkunft, die nach den gelesenen Quellen nicht
# in Kraft war oder deren Stand nicht bekannt ist (`$status`: `not-in-force`, `unknown`; `$as-of`: das Datum
# dieser Quelle, als JJJJ-MM-TT). Nie gedruckt: dem Empfänger wird nie sein eigenes Recht erklärt.
basis-in-force = { $basis ->
        [protocol2] Ich habe geprüft, dass beide Staaten Vertragsparteien des Zweiten Zusatzprotokolls zum Übereinkommen über Computerkriminalität sind und dass es zwischen ihnen in Kraft ist
        [ets30-p2] Ich habe geprüft, dass beide Staaten Vertragsparteien des Zweiten Zusatzprotokolls zum Europäischen Übereinkommen über die Rechtshilfe in Strafsachen sind und dass es zwischen ihnen in Kraft ist
       *[other] Ich habe geprüft, dass beide Staaten Vertragsparteien der gewählten Übereinkunft sind und dass sie zwischen ihnen in Kraft ist
    }
    .hint = { $status ->
        [not-in-force] Nach den für diese Anwendung gelesenen Quellen war diese Übereinkunft am { $as-of } noch nicht in Kraft. Erkundigen Sie sich bei Ihrer zentralen Behörde oder beim Verwahrer, bevor Sie sich auf sie stützen. Ihre eigene Prüfung: wird nie in das Ersuchen gedruckt.
       *[unknown] Die für diese Anwendung gelesenen Quellen zeigen nicht, ob diese Übereinkunft in Kraft ist. Erkundigen Sie sich bei Ihrer zentralen Behörde oder beim Verwahrer, bevor Sie sich auf sie stützen. Ihre eigene Prüfung: wird nie in das Ersuchen gedruckt.
    }
