# Die Auswahl des Diensteanbieters in Ersuchen, die an einen Diensteanbieter gerichtet sind: die Profile in
# providers/ (wer für jeden Dienst einsteht, wohin Ersuchen gehen, was sie enthalten müssen), jede Angabe
# an einem genannten Datum in einer öffentlichen Quelle gelesen.

provider-picker = Diensteanbieter
    .hint = Wählen Sie einen Anbieter, um die juristische Person, ihre Anschrift und ihre Kontaktdaten unten aus dem Profil des Anbieters auszufüllen, oder wählen Sie „Anderer Diensteanbieter“ und geben Sie sie ein. Angaben, die das Profil nicht enthält, bleiben für Sie zum Ausfüllen offen.
provider-picker-other = Anderer Diensteanbieter (unten eingeben)
provider-picker-service = Dienst
provider-picker-region = Wohnort der betroffenen Nutzer
provider-picker-requesters = Sitz der ersuchenden Behörde
provider-picker-filled = Aus dem Profil von { $provider } ausgefüllt: Prüfen Sie jede Angabe, bevor Sie das Ersuchen übermitteln.
provider-profile-read = Dieses Profil wurde am { $date } aus öffentlichen Quellen erstellt; es ist möglicherweise nicht mehr aktuell. Lesen Sie vor der Übermittlung des Ersuchens die Leitlinien des Anbieters für Strafverfolgungsbehörden.
provider-profile-requirements = Was der Anbieter von einem Ersuchen verlangt
provider-profile-no-requirements = Das Profil nennt für diese Art von Ersuchen keine Anforderung.
provider-profile-emergency = Ersuchen in Notfällen
provider-profile-no-emergency = Das Profil nennt keinen Weg für Ersuchen in Notfällen.
provider-profile-preservation = Sicherung auf Ersuchen
provider-profile-preservation-days = { $extendable ->
        [yes] Die Daten werden { $days } Tage lang gesichert; eine Verlängerung kann beantragt werden.
        [no] Die Daten werden { $days } Tage lang gesichert; die Sicherung wird nicht verlängert.
       *[unknown] Die Daten werden { $days } Tage lang gesichert; die Quelle sagt nicht, ob die Sicherung verlängert werden kann.
    }
provider-profile-preservation-extension = Jede Verlängerung dauert { $days } Tage.
provider-profile-preservation-max-extensions = { $count ->
        [one] Höchstens eine Verlängerung.
       *[other] Höchstens { $count } Verlängerungen.
    }
provider-profile-no-preservation = Das Profil nennt keine Sicherungsfrist.
provider-profile-languages = Sprachen, in denen ein Ersuchen abgefasst sein kann: { $codes }
provider-profile-not-found = In den Quellen gesucht und nicht gefunden: { $kinds }
provider-profile-sources = Quellen
provider-profile-source = { $title }, gelesen am { $date }: { $url }
provider-profile-source-secondary = { $title }, gelesen am { $date }: { $url } (Darstellung der Praxis des Anbieters durch Dritte: Prüfen Sie sie, bevor Sie sich darauf verlassen)

## Kontakte
provider-contact-portal = Portal (mit Konto): { $value }
provider-contact-web-form = Webformular: { $value }
provider-contact-email = E-Mail: { $value }

## Regionen, die ein Profil (neben Staaten) unterscheidet, in den Listen der Auswahl angeboten
provider-region-eu = Europäische Union
provider-region-eea = Europäischer Wirtschaftsraum
provider-region-european-region = Die „Europäische Region“ des Anbieters
provider-region-non-us = Außerhalb der Vereinigten Staaten
provider-region-other = Anderswo

## Arten von Angaben in einem Profil
provider-fact-entity = juristische Person
provider-fact-address = Zustellungsanschrift
provider-fact-portal = Portal oder Adresse für Ersuchen
provider-fact-emergency = Weg für Ersuchen in Notfällen
provider-fact-languages = akzeptierte Sprachen
provider-fact-preservation = Sicherungsfrist
provider-fact-preservation-extension = Verlängerung einer Sicherung
provider-fact-requirements = Anforderungen

## Anforderungscodes (providers/README.md)
provider-requirement-official-email-domain = Von einer dienstlichen E-Mail-Adresse einer Behörde gesendet (oder über ein damit angelegtes Portalkonto)
provider-requirement-portal-account = Über das Portal des Anbieters gesendet, mit einem Konto
provider-requirement-in-writing = Schriftlich gestellt
provider-requirement-signature = Von der ersuchenden Amtsperson unterschrieben
provider-requirement-letterhead = Auf dem Briefkopf der Behörde
provider-requirement-non-editable-format = In einem nicht bearbeitbaren Format gesendet
provider-requirement-issued-under-law = Auf Grund eines Gesetzes erlassen, das die Behörde ermächtigt, und nach dem darin vorgesehenen Verfahren
provider-requirement-account-identifier = Bezeichnet das Konto mit den eigenen Kennungen des Anbieters (Nutzer-ID, Benutzername, URL, E-Mail-Adresse)
provider-requirement-relevance-stated = Legt dar, wie die gesuchten Daten mit den Ermittlungen zusammenhängen
provider-requirement-entity-for-user-location = An die juristische Person gerichtet, die für den Wohnort des Nutzers zuständig ist
provider-requirement-mlat-for-content = Für Inhaltsdaten: im Wege der Rechtshilfe (Vertrag oder Ersuchungsschreiben) oder eines nach dem CLOUD Act der Vereinigten Staaten geschlossenen Abkommens
provider-requirement-mlat-for-disclosure = Für jede Weitergabe: im Wege der Rechtshilfe oder eines Ersuchungsschreibens
provider-requirement-subpoena-or-equivalent-for-non-content = Für Daten, die keine Inhaltsdaten sind: eine „Subpoena“ oder ihre Entsprechung im eigenen Recht
provider-requirement-warrant-or-equivalent-for-content = Für Inhaltsdaten: ein Durchsuchungsbeschluss, eine gerichtliche Anordnung oder ihre Entsprechung im eigenen Recht
provider-requirement-judicial-order = Eine Anordnung einer Justizbehörde
provider-requirement-formal-channel-only = Nur über die förmlichen Kanäle des Anbieters: Formlose Ersuchen werden nicht beantwortet
provider-requirement-emergency-form = Ersuchen in Notfällen: auf dem eigenen Notfallformular des Anbieters
provider-requirement-emergency-facts-stated = Ersuchen in Notfällen: die Gefahr des Todes oder einer schweren Körperverletzung und die Art, wie die Daten sie abwenden werden, benennen
