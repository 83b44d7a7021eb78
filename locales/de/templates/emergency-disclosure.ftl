# Vorlage emergency-disclosure: Ersuchen um Weitergabe gespeicherter Computerdaten in einem Notfall
# (Zweites Zusatzprotokoll, Artikel 9 über das 24/7-Netzwerk, Artikel 10 Rechtshilfe in Notfällen, oder
# Notfallkanal eines Diensteanbieters). Der Wortlaut folgt dem Übereinkommen und dem Protokoll.

emergency-disclosure-legal-basis = { $route ->
        [protocol-art9] Artikel 9 des Zweiten Zusatzprotokolls zum Übereinkommen über Computerkriminalität (SEV Nr. 224), über das 24/7-Netzwerk; das Protokoll gilt nur zwischen Staaten, die Vertragsparteien des Protokolls sind
        [protocol-art10] Artikel 10 des Zweiten Zusatzprotokolls zum Übereinkommen über Computerkriminalität (SEV Nr. 224); das Protokoll gilt nur zwischen Staaten, die Vertragsparteien des Protokolls sind
        [provider] Ersuchen an einen Diensteanbieter um freiwillige Weitergabe in einem Notfall
       *[other] { basis-legal-basis }
    }
emergency-disclosure-date = Datum
emergency-disclosure-reference = Aktenzeichen / Verfahrensnummer

emergency-disclosure-channel = Übermittlungsweg und Rechtsgrundlage
emergency-disclosure-channel-basis = Für dieses Ersuchen genutzter Weg
    .hint = { $match ->
        [general] Die gewählte Übereinkunft enthält keinen Artikel über Ersuchen in Notfällen: Das Ersuchen stützt sich auf ihre Bestimmungen über dringende Ersuchen und die Rechtshilfe, die am Anfang des Ersuchens angeführt werden.
        [user] Nennen Sie den Vertrag und die Artikel, auf die sich das Ersuchen stützt: Sie werden am Anfang des Ersuchens gedruckt.
       *[other] Artikel 9 des Zweiten Zusatzprotokolls: über das 24/7-Netzwerk, für Daten, die ein Diensteanbieter im ersuchten Staat innehat. Artikel 10: Rechtshilfe in Notfällen über die zentrale oder zuständige Behörde. Das Protokoll gilt nur zwischen Staaten, für die es in Kraft ist: Prüfen Sie, ob es für beide Staaten in Kraft ist, bevor Sie einen dieser beiden Wege wählen. Ein anderer Vertrag, der beide Staaten bindet: Das Ersuchen stützt sich auf dessen Bestimmungen über dringende Ersuchen und die Rechtshilfe. Gegenseitigkeit: Es ist kein Vertrag anwendbar. Notfallkanal eines Anbieters: Das Ersuchen geht unmittelbar an den Diensteanbieter, der selbst über die Weitergabe entscheidet; es wird kein völkerrechtlicher Vertrag angeführt.
    }
emergency-disclosure-channel-basis-protocol-art9 = Umgehende Weitergabe in einem Notfall über das 24/7-Netzwerk (Artikel 9 des Zweiten Zusatzprotokolls)
emergency-disclosure-channel-basis-protocol-art10 = Rechtshilfe in Notfällen (Artikel 10 des Zweiten Zusatzprotokolls)
emergency-disclosure-channel-basis-provider = Notfallkanal des Diensteanbieters für die Weitergabe

emergency-disclosure-addressee = Ersuchter Staat und Empfänger
emergency-disclosure-addressee-country = Ersuchter Staat
    .hint = Bei einem unmittelbar an einen Diensteanbieter gerichteten Ersuchen: der Staat, in dem der Anbieter niedergelassen ist.
emergency-disclosure-addressee-name = Empfänger: Behörde oder Diensteanbieter
    .hint = Die 24/7-Kontaktstelle, die zentrale oder zuständige Behörde oder der Diensteanbieter, an die bzw. den dieses Ersuchen gerichtet wird.
emergency-disclosure-addressee-address = Anschrift
emergency-disclosure-addressee-portal = Portal oder Webformular für Ersuchen von Strafverfolgungsbehörden
emergency-disclosure-addressee-email = E-Mail
emergency-disclosure-addressee-provider = Diensteanbieter, der die Daten innehat, falls nicht Empfänger: Name und Anschrift
    .hint = Erforderlich bei einem Ersuchen nach Artikel 9 des Protokolls (Artikel 9 Absatz 3 Buchstabe c): Name und Anschrift des Diensteanbieters im ersuchten Staat, der die Daten innehat.

emergency-disclosure-requesting-authority = Ersuchende Behörde
emergency-disclosure-requesting-authority-authority = Zuständige Behörde
emergency-disclosure-requesting-authority-officer = Ersuchende Amtsperson
emergency-disclosure-requesting-authority-position = Dienststellung
emergency-disclosure-requesting-authority-address = Anschrift
emergency-disclosure-requesting-authority-phone = Telefon
    .hint = Im internationalen Format: eine Nummer, die während der gesamten Dauer des Notfalls rund um die Uhr erreichbar ist.
emergency-disclosure-requesting-authority-mobile = Mobiltelefon
emergency-disclosure-requesting-authority-email = E-Mail
    .hint = Eine dienstliche Adresse Ihrer Behörde: Diensteanbieter beantworten Ersuchen von privaten Adressen möglicherweise nicht.
emergency-disclosure-requesting-authority-time-zone = Zeitzone
    .hint = Die Zeitzone Ihrer Dienststelle als Abweichung von UTC. Alle Zeitangaben in diesem Ersuchen beziehen sich auf sie, sofern nichts anderes angegeben ist.
emergency-disclosure-requesting-authority-reachable = Die ersuchende Amtsperson ist während der gesamten Dauer des Notfalls rund um die Uhr unter den oben angegebenen Telefonnummern erreichbar
    .hint = Ein Notfallersuchen erfordert eine Person, die rund um die Uhr antwortet. Können Sie das nicht sicherstellen, geben Sie oben die Nummer Ihrer 24/7-Kontaktstelle an.

emergency-disclosure-authoriser = Vorgesetzte Person oder genehmigende Amtsperson
emergency-disclosure-authoriser-name = Vor- und Nachname
    .hint = Die Amtsperson, die dieses Notfallersuchen genehmigt hat und es dem ersuchten Staat oder dem Diensteanbieter bestätigen kann.
emergency-disclosure-authoriser-position = Dienststellung
emergency-disclosure-authoriser-phone = Telefon
emergency-disclosure-authoriser-email = E-Mail

emergency-disclosure-offences = Straftat(en)
emergency-disclosure-offences-offence = Straftaten, in denen ermittelt wird
    .hint = Eine Zeile je Straftat, mit der gesetzlichen Bestimmung und der Höchststrafe.
emergency-disclosure-offences-offence-description = Straftat
emergency-disclosure-offences-offence-provision = Gesetzliche Bestimmung
emergency-disclosure-offences-offence-penalty = Höchststrafe
emergency-disclosure-mla = Innerstaatliche Rechtsgrundlage und erbetene Rechtshilfe
emergency-disclosure-mla-domestic-legal-basis = Innerstaatliche Rechtsgrundlage
    .hint = Die Bestimmungen Ihres innerstaatlichen Rechts, auf deren Grundlage in dem Fall ermittelt und dieses Ersuchen gestellt wird. Erforderlich für die Rechtshilfe in Notfällen (Artikel 10 des Protokolls); auf jedem Weg empfohlen, da Ersuchen ohne diese Angabe häufig abgelehnt werden.
emergency-disclosure-mla-prosecution = Zuständige Staatsanwaltschaft oder zuständiges Gericht und Aktenzeichen
    .hint = Für die Rechtshilfe in Notfällen: die für den Fall zuständige Justizbehörde, falls es eine solche gibt.
emergency-disclosure-mla-assistance = Erbetene Rechtshilfe
    .hint = Für die Rechtshilfe in Notfällen: worum der ersuchte Staat ersucht wird, zum Beispiel den Diensteanbieter anzuweisen, die in Abschnitt 9 beschriebenen Daten herauszugeben, und sie der ersuchenden Behörde zu übermitteln.
emergency-disclosure-mla-procedure = Bei der Erledigung einzuhaltende Verfahren
    .hint = Für die Rechtshilfe in Notfällen, soweit Ihr Recht dies verlangt: zum Beispiel eine Bescheinigung über die Echtheit der Aufzeichnungen oder die Form, in der die Daten erlangt werden müssen, um als Beweismittel verwertbar zu sein.

emergency-disclosure-emergency = Notfall
emergency-disclosure-emergency-risk = Art der Gefahr
emergency-disclosure-emergency-risk-kidnapping = Entführung oder Geiselnahme
emergency-disclosure-emergency-risk-threat-to-kill = Todesdrohung
emergency-disclosure-emergency-risk-suicide = Suizidgefahr
emergency-disclosure-emergency-risk-child = Gefahr für das Leben oder die Sicherheit eines Kindes
emergency-disclosure-emergency-risk-terrorism = Terroristische Bedrohung
emergency-disclosure-emergency-risk-bomb = Bombendrohung
emergency-disclosure-emergency-risk-other = Sonstige Gefahr für das Leben oder die Sicherheit
emergency-disclosure-emergency-risk-other-detail = Art der Gefahr
emergency-disclosure-emergency-facts = Tatsachen, die eine erhebliche und unmittelbar bevorstehende Gefahr für das Leben oder die Sicherheit einer natürlichen Person belegen
    .hint = { $basis ->
            [protocol2] Geben Sie an, wer gefährdet ist (Name oder Beschreibung), worin die Gefahr besteht, weshalb sie sich jederzeit verwirklichen kann und woher die Information stammt und wann sie eingegangen ist (mit Zeitzone). Eine lediglich mögliche oder nicht unmittelbar bevorstehende Gefahr ist kein Notfall im Sinne des Protokolls.
           *[other] Geben Sie an, wer gefährdet ist (Name oder Beschreibung), worin die Gefahr besteht, weshalb sie sich jederzeit verwirklichen kann und woher die Information stammt und wann sie eingegangen ist (mit Zeitzone). Eine lediglich mögliche oder nicht unmittelbar bevorstehende Gefahr ist kein Notfall.
        }
emergency-disclosure-emergency-relation = Zusammenhang der gesuchten Daten mit dem Notfall
    .hint = Geben Sie an, wie die Daten zur Abwendung der Gefahr beitragen, zum Beispiel durch Ortung der gefährdeten Person oder Identifizierung der drohenden Person, und weshalb angenommen wird, dass dieser Diensteanbieter sie innehat.
emergency-disclosure-emergency-urgency = Weshalb die Daten nicht rechtzeitig im Wege der Sicherung und der Rechtshilfe erlangt werden können
    .hint = Geben Sie an, wie bald der Schaden eintreten kann und weshalb ein Ersuchen um Sicherung mit anschließendem Rechtshilfeersuchen oder eine Anordnung zur Herausgabe die Daten nicht rechtzeitig erlangen könnte.
emergency-disclosure-emergency-needed-by = Daten benötigt bis
    .hint = Der späteste Zeitpunkt, zu dem die Daten noch helfen können, mit Zeitzone. Leer lassen, wenn die Daten sofort benötigt werden.

emergency-disclosure-data = Gesuchte Daten
emergency-disclosure-data-identifiers = Kennungen der gesuchten Daten
    .hint = Jedes Konto, jede Adresse oder Nummer genau so, wie der Dienst sie anzeigt. Geben Sie bei einer IP-Adresse den Quellport sowie das genaue Datum und die genaue Uhrzeit mit Zeitzone an: Wo Adressen gemeinsam genutzt werden, kann der Anbieter den Nutzer ohne diese Angaben nicht ermitteln.
emergency-disclosure-data-period = Zeitraum der gesuchten Daten
    .hint = So eng, wie der Notfall es zulässt, Beginn und Ende jeweils mit Zeitzone: Ein Notfall rechtfertigt selten mehr als einige Tage (bei einem Zeitraum von mehr als 7 Tagen erscheint ein Hinweis).
emergency-disclosure-data-categories = Kategorien der gesuchten Daten
    .hint = Ersuchen Sie nur um die Daten, die der Notfall erfordert. Diensteanbieter in manchen Staaten, etwa in den Vereinigten Staaten, dürfen ausländischen Behörden unmittelbar nur Daten weitergeben, die keine Inhaltsdaten sind.
emergency-disclosure-data-categories-subscriber = Bestandsdaten
emergency-disclosure-data-categories-traffic = Verkehrsdaten
emergency-disclosure-data-categories-content = Inhaltsdaten
emergency-disclosure-data-categories-location = Standortdaten
emergency-disclosure-data-categories-other = Sonstige Daten
emergency-disclosure-data-categories-other-detail = Sonstige gesuchte Daten

emergency-disclosure-instructions = Besondere Verfahrenshinweise
emergency-disclosure-instructions-confidentiality = Vertraulichkeit: weder den Nutzer noch Dritte von diesem Ersuchen benachrichtigen
    .hint = Manche Diensteanbieter benachrichtigen ihre Nutzer über Ersuchen, sofern sie nicht gebeten werden, dies zu unterlassen. Erfährt der Nutzer von dem Ersuchen, kann die gefährdete Person zu Schaden kommen.
emergency-disclosure-instructions-format = Bevorzugtes Format der Daten
emergency-disclosure-instructions-format-electronic = Elektronisch und maschinenlesbar (zum Beispiel Tabelle oder CSV-Datei)
emergency-disclosure-instructions-format-document = Elektronisches Dokument (PDF)
emergency-disclosure-instructions-format-usual = Das vom Diensteanbieter üblicherweise verwendete Format
emergency-disclosure-instructions-format-other = Anderes Format
emergency-disclosure-instructions-format-other-detail = Format der Daten
emergency-disclosure-instructions-other = Sonstige Hinweise oder Angaben, die zur Erlangung der Daten beitragen können

emergency-disclosure-follow-up = Nachfolgendes förmliches Verfahren
emergency-disclosure-follow-up-process = Förmliches Verfahren, das diesem Ersuchen folgen wird
    .hint = Ob die im Notfall weitergegebenen Daten erneut auf förmlichem Rechtsweg angefordert werden, damit sie als Beweismittel verwertet werden können.
emergency-disclosure-follow-up-process-mla = Rechtshilfeersuchen
emergency-disclosure-follow-up-process-production-order = { $basis ->
        [protocol2] Anordnung zur Herausgabe an den Diensteanbieter nach Artikel 7 des Zweiten Zusatzprotokolls
       *[other] Anordnung zur Herausgabe an den Diensteanbieter
    }
emergency-disclosure-follow-up-process-preservation = { $basis ->
        [budapest] Ersuchen um umgehende Sicherung gespeicherter Computerdaten (Artikel 29 des Übereinkommens)
        [protocol2] Ersuchen um umgehende Sicherung gespeicherter Computerdaten (Artikel 29 des Übereinkommens)
       *[other] Ersuchen um umgehende Sicherung gespeicherter Computerdaten
    }
emergency-disclosure-follow-up-process-none = Kein nachfolgendes förmliches Verfahren vorgesehen
emergency-disclosure-follow-up-process-other = Anderes förmliches Verfahren
emergency-disclosure-follow-up-process-other-detail = Förmliches Verfahren
emergency-disclosure-follow-up-expected-date = Voraussichtliches Datum der Übermittlung
    .hint = Leer lassen, wenn kein nachfolgendes förmliches Verfahren vorgesehen ist.
emergency-disclosure-follow-up-details = Einzelheiten des nachfolgenden Verfahrens oder Gründe, weshalb keines vorgesehen ist
