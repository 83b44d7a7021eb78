# Vorlage art29-preservation: Ersuchen um umgehende Sicherung gespeicherter Computerdaten
# (Übereinkommen über Computerkriminalität, Artikel 29 und 30). Die Abschnitte 1 bis 7 folgen
# T-CY(2018)11, die Abschnitte 8 und 9 T-CY(2018)10, die Abschnitte 10 bis 14 den Angaben nach
# Artikel 29 Absatz 2 Buchstaben b bis f.

art29-preservation-legal-basis = { $basis ->
        [budapest] Artikel 29 und 30 des Übereinkommens über Computerkriminalität (SEV Nr. 185)
       *[other] { basis-legal-basis }
    }

## 1 bis 3: Datum, Aktenzeichen, Status

art29-preservation-date = Datum
art29-preservation-reference = Aktenzeichen / Verfahrensnummer
art29-preservation-status = Status des Ersuchens
art29-preservation-status-new = Neues Ersuchen
art29-preservation-status-extension = Verlängerung eines früheren Ersuchens
art29-preservation-status-previous-reference = Vorgangs- oder Aktenzeichen des früheren Ersuchens
art29-preservation-previous-request-date = Datum des früheren Ersuchens
art29-preservation-executed-date = Datum, an dem die ersuchte Vertragspartei die Sicherung ausgeführt hat
    .hint = Ihre eigene Notiz, die nie in das Ersuchen gedruckt wird: das von der ersuchten Vertragspartei oder dem Diensteanbieter bestätigte Datum, sobald es bekannt ist. Die in der Anwendung und in der Erinnerung angezeigte Frist der Sicherung läuft ab diesem Datum.

## 4 Ersuchte Behörde

art29-preservation-requested-authority = Ersuchte Behörde
art29-preservation-requested-authority-type = Das Ersuchen ist gerichtet an
art29-preservation-requested-authority-type-point-of-contact = { $basis ->
        [budapest] Die 24/7-Kontaktstelle (Artikel 35)
       *[other] Die 24/7-Kontaktstelle
    }
art29-preservation-requested-authority-type-competent-authority = Eine andere zuständige Behörde
art29-preservation-requested-authority-authority = Bezeichnung der Behörde
    .hint = { $basis ->
            [budapest] Die 24/7-Kontaktstelle oder die zuständige Behörde des ersuchten Staates, wie sie im Verzeichnis des Europarats oder in den Erklärungen dieses Staates angegeben ist.
           *[other] Die 24/7-Kontaktstelle oder die zuständige Behörde des ersuchten Staates, wie sie in den Erklärungen dieses Staates nach der gewählten Übereinkunft angegeben ist.
        }
art29-preservation-requested-authority-country = Ersuchter Staat
    .hint = Die Vertragspartei, die um Sicherung der Daten ersucht wird: in der Regel der Staat, in dem sich das Computersystem oder der Diensteanbieter befindet.

## 5 Ersuchende Behörde

art29-preservation-requesting-authority = Ersuchende Behörde
art29-preservation-requesting-authority-organisation = Dienststelle
art29-preservation-requesting-authority-person = Für das Ersuchen verantwortliche Person
art29-preservation-requesting-authority-address = Anschrift
art29-preservation-requesting-authority-telephone = Telefonnummer
    .hint = Im internationalen Format, beginnend mit + und der Ländervorwahl. Geben Sie für dringende Rückfragen eine Nummer an, die auch außerhalb der Dienstzeiten erreichbar ist.
art29-preservation-requesting-authority-cell-phone = Mobiltelefonnummer
art29-preservation-requesting-authority-email = E-Mail
art29-preservation-requesting-authority-fax = Faxnummer
art29-preservation-requesting-authority-office-hours = Dienstzeiten
    .hint = Ihre Arbeitstage und -zeiten in der unten angegebenen Zeitzone, zum Beispiel: Montag bis Freitag, 09:00–18:00.
art29-preservation-requesting-authority-time-zone = Zeitzone
    .hint = Die Zeitzone Ihrer Dienststelle als Abweichung von UTC. Alle Zeitangaben in diesem Ersuchen beziehen sich auf sie, sofern nichts anderes angegeben ist.
art29-preservation-requesting-authority-response = Bevorzugter Übermittlungsweg der Antwort
art29-preservation-requesting-authority-response-expedited = Antwort per E-Mail oder auf einem anderen schnellen Weg bevorzugt
art29-preservation-requesting-authority-response-means = Antwort bevorzugt auf folgendem Weg:
art29-preservation-requesting-authority-response-means-detail = Übermittlungsweg der Antwort

## 6 Weitere Kontaktperson

art29-preservation-backup-contact = Falls eine zusätzliche Bestätigung durch die ersuchende Behörde erforderlich ist, wenden Sie sich bitte an
art29-preservation-backup-contact-name = Vor- und Nachname
art29-preservation-backup-contact-job-title = Dienstbezeichnung
art29-preservation-backup-contact-function = Funktion
art29-preservation-backup-contact-telephone = Telefonnummer
art29-preservation-backup-contact-cell-phone = Mobiltelefonnummer
art29-preservation-backup-contact-email = E-Mail

## 7 Ermittlungs- oder operative Behörde

art29-preservation-investigative-authority = Für den Fall zuständige Ermittlungs- oder operative Behörde
art29-preservation-investigative-authority-different = Die Ermittlungs- oder operative Behörde ist nicht die ersuchende Behörde
art29-preservation-investigative-authority-organisation = Dienststelle
art29-preservation-investigative-authority-person = Für den Fall verantwortliche Person
art29-preservation-investigative-authority-address = Anschrift
art29-preservation-investigative-authority-telephone = Telefonnummer
art29-preservation-investigative-authority-cell-phone = Mobiltelefonnummer
art29-preservation-investigative-authority-email = E-Mail
art29-preservation-investigative-authority-fax = Faxnummer

## 8 Staatsanwaltschaft oder Gericht

art29-preservation-prosecution = Zuständige Staatsanwaltschaft oder zuständiges Gericht, falls zutreffend
art29-preservation-prosecution-office = Zuständige Staatsanwaltschaft
art29-preservation-prosecution-office-case = Aktenzeichen der Staatsanwaltschaft
art29-preservation-prosecution-court = Zuständiges Gericht
art29-preservation-prosecution-court-case = Aktenzeichen des Gerichts

## 9 Innerstaatliche Rechtsgrundlage

art29-preservation-domestic-legal-basis = Innerstaatliche Rechtsgrundlage des Ersuchens, falls zutreffend
    .hint = Die Bestimmungen Ihres innerstaatlichen Rechts, auf deren Grundlage in dem Fall ermittelt und um diese Sicherung ersucht wird, zum Beispiel die Artikel bzw. Paragrafen der Strafprozessordnung.

## 10 Straftat und Sachverhalt: Artikel 29 Absatz 2 Buchstabe b

art29-preservation-offence = { $basis ->
        [budapest] Straftat und kurze Sachverhaltsdarstellung (Artikel 29 Absatz 2 Buchstabe b)
       *[other] Straftat und kurze Sachverhaltsdarstellung
    }
art29-preservation-offence-offences = Straftaten, die Gegenstand der strafrechtlichen Ermittlungen oder des Strafverfahrens sind
    .hint = Eine Zeile je Straftat: ihre Bezeichnung oder eine kurze Beschreibung, die Bestimmung Ihres Strafrechts, die sie umschreibt, und die Höchststrafe.
art29-preservation-offence-offences-offence = Straftat
art29-preservation-offence-offences-provision = Gesetzliche Bestimmung
art29-preservation-offence-offences-penalty = Höchststrafe
art29-preservation-offence-facts = Kurze Sachverhaltsdarstellung
    .hint = In wenigen Sätzen: was wann und wo geschehen ist; so viel, wie die ersuchte Behörde zum Verständnis des Ersuchens benötigt, und nicht mehr. Geben Sie jedes Datum und jede Uhrzeit mit Zeitzone an. 24/7-Kontaktstellen leiten dieses Ersuchen häufig an den Diensteanbieter weiter: Nennen Sie einen Verdächtigen oder ein Opfer nur, wenn die ersuchte Behörde den Namen benötigt, um die Daten aufzufinden.
art29-preservation-offence-convention-offence = Die Straftat entspricht einer nach den Artikeln 2 bis 11 des Übereinkommens über Computerkriminalität umschriebenen Straftat
    .hint = Die beiderseitige Strafbarkeit ist keine Voraussetzung für die Sicherung (Artikel 29 Absatz 3), es sei denn, die ersuchte Vertragspartei hat sich vorbehalten, sie für andere als die nach den Artikeln 2 bis 11 umschriebenen Straftaten zu verlangen (Artikel 29 Absatz 4). Kreuzen Sie das Feld an und nennen Sie die Artikel, wenn die Straftat unter einen von ihnen fällt. Wird nur gedruckt, wenn angekreuzt.
art29-preservation-offence-convention-articles = Entsprechende Artikel des Übereinkommens
art29-preservation-offence-convention-articles-art2 = Artikel 2: Rechtswidriger Zugang
art29-preservation-offence-convention-articles-art3 = Artikel 3: Rechtswidriges Abfangen
art29-preservation-offence-convention-articles-art4 = Artikel 4: Eingriff in Daten
art29-preservation-offence-convention-articles-art5 = Artikel 5: Eingriff in ein System
art29-preservation-offence-convention-articles-art6 = Artikel 6: Missbrauch von Vorrichtungen
art29-preservation-offence-convention-articles-art7 = Artikel 7: Computerbezogene Fälschung
art29-preservation-offence-convention-articles-art8 = Artikel 8: Computerbezogener Betrug
art29-preservation-offence-convention-articles-art9 = Artikel 9: Straftaten mit Bezug zu Kinderpornographie
art29-preservation-offence-convention-articles-art10 = Artikel 10: Straftaten in Zusammenhang mit Verletzungen des Urheberrechts und verwandter Schutzrechte
art29-preservation-offence-convention-articles-art11 = Artikel 11: Versuch und Beihilfe oder Anstiftung

## 11 Zu sichernde Daten: Artikel 29 Absatz 2 Buchstabe c

art29-preservation-data = { $basis ->
        [budapest] Zu sichernde gespeicherte Computerdaten (Artikel 29 Absatz 2 Buchstabe c)
       *[other] Zu sichernde gespeicherte Computerdaten
    }
art29-preservation-data-identifiers = Kennungen der zu sichernden Daten
    .hint = Jedes Konto, jeder Benutzername, jede E-Mail-Adresse, Telefonnummer, URL, Domain, jedes Gerät oder jede IP-Adresse, deren Daten gesichert werden sollen. Geben Sie bei einer IP-Adresse den Quellport sowie das genaue Datum und die genaue Uhrzeit der Nutzung mit Zeitzone an: Bei einer gemeinsam genutzten Adresse kann der Anbieter den Nutzer ohne diese Angaben nicht ermitteln. Ein Zeitraum, der nur eine Kennung betrifft, gehört in deren Zeile.
art29-preservation-data-period = Zeitraum der zu sichernden Daten
    .hint = Der Zeitraum, den die Daten abdecken müssen, wenn er für alle Kennungen gleich ist. Geben Sie Beginn und Ende jeweils mit Zeitzone an. Ersuchen Sie nur um den Zeitraum, den die Ermittlungen erfordern: Ersuchen für lange Zeiträume (mehr als 90 Tage) werden häufig als zu weit gefasst abgelehnt.
art29-preservation-data-categories = Kategorien der zu sichernden Daten
    .hint = { $basis ->
            [budapest] Kreuzen Sie nur an, was die Ermittlungen erfordern. Bestandsdaten: Identität und Anschrift des Teilnehmers sowie der genutzte Dienst (Artikel 18 Absatz 3). Verkehrsdaten: Ursprung, Ziel, Leitweg, Uhrzeit, Datum, Umfang und Dauer der Kommunikation oder Art des für die Kommunikation benutzten Dienstes (Artikel 1 Buchstabe d). Inhaltsdaten: die Kommunikation selbst.
           *[other] Kreuzen Sie nur an, was die Ermittlungen erfordern. Bestandsdaten: Identität und Anschrift des Teilnehmers sowie der genutzte Dienst. Verkehrsdaten: Ursprung, Ziel, Leitweg, Uhrzeit, Datum, Umfang und Dauer der Kommunikation oder Art des für die Kommunikation benutzten Dienstes. Inhaltsdaten: die Kommunikation selbst.
        }
art29-preservation-data-categories-subscriber = Bestandsdaten
art29-preservation-data-categories-traffic = Verkehrsdaten
art29-preservation-data-categories-content = Inhaltsdaten
art29-preservation-data-categories-other = Sonstige Daten
art29-preservation-data-categories-other-detail = Sonstige zu sichernde Daten
art29-preservation-data-relationship = Zusammenhang der Daten mit der Straftat
    .hint = Legen Sie dar, wie diese Daten mit der Straftat zusammenhängen, zum Beispiel: Von dem Konto wurden am 20/11/2026 um 14:03 UTC+04:00 die Drohnachrichten versandt, oder die IP-Adresse wurde zur Anmeldung am Server des Opfers verwendet.

## 12 Verwahrer der Daten und Standort: Artikel 29 Absatz 2 Buchstabe d

art29-preservation-custodian = { $basis ->
        [budapest] Verwahrer der Daten und Standort des Computersystems (Artikel 29 Absatz 2 Buchstabe d)
       *[other] Verwahrer der Daten und Standort des Computersystems
    }
art29-preservation-custodian-provider = Diensteanbieter oder sonstiger Verwahrer der Daten
    .hint = Der Name des Unternehmens oder der Person, das bzw. die die Daten innehat, soweit bekannt. Ist er nicht bekannt, geben Sie dies an.
art29-preservation-custodian-contact = Anschrift oder Website des Verwahrers
art29-preservation-custodian-location = Standort des Computersystems
    .hint = Wo sich das Computersystem mit den Daten befindet, soweit bekannt: Staat, Stadt, Hosting-Anbieter oder Rechenzentrum.

## 13 Notwendigkeit: Artikel 29 Absatz 2 Buchstabe e

art29-preservation-necessity = { $basis ->
        [budapest] Notwendigkeit der Sicherung (Artikel 29 Absatz 2 Buchstabe e)
       *[other] Notwendigkeit der Sicherung
    }
art29-preservation-necessity-reasons = Gründe für die umgehende Sicherung
art29-preservation-necessity-reasons-deletion = Die Daten könnten gelöscht, verändert oder unbrauchbar werden
art29-preservation-necessity-reasons-retention = Der Diensteanbieter bewahrt solche Daten nur für kurze Zeit auf
art29-preservation-necessity-reasons-notice = Der Verdächtige könnte von den Ermittlungen erfahren und die Daten löschen
art29-preservation-necessity-reasons-other = Sonstiges
art29-preservation-necessity-reasons-other-detail = Sonstiger Grund
art29-preservation-necessity-explanation = Erläuterung
    .hint = Freiwillig: was die Dringlichkeit konkret macht, zum Beispiel die bekannte Speicherfrist des Anbieters oder das Datum, nach dem die Daten gelöscht werden.

## 14 Nachfolgendes Rechtshilfeersuchen: Artikel 29 Absatz 2 Buchstabe f

art29-preservation-mla = { $basis ->
        [budapest] Nachfolgendes Rechtshilfeersuchen (Artikel 29 Absatz 2 Buchstabe f)
       *[other] Nachfolgendes Rechtshilfeersuchen
    }
art29-preservation-mla-intent = Die ersuchende Vertragspartei beabsichtigt, ein Rechtshilfeersuchen um Durchsuchung oder ähnlichen Zugriff, Beschlagnahme oder ähnliche Sicherstellung oder Weitergabe der gespeicherten Computerdaten zu stellen.
art29-preservation-mla-expected-date = Voraussichtliches Datum des Rechtshilfeersuchens
    .hint = { $basis ->
            [budapest] Nach Artikel 29 Absatz 7 des Übereinkommens erfolgt eine Sicherung für mindestens sechzig Tage, um die Stellung eines Rechtshilfeersuchens zu ermöglichen; nach Eingang dieses Ersuchens werden die Daten weiterhin gesichert, bis über das Ersuchen entschieden worden ist. Wie lange der ersuchte Staat tatsächlich sichert, hängt von seinem Recht und seiner Praxis ab: Beachten Sie die Übersicht zur Sicherungsfrist und übermitteln Sie das Ersuchen deutlich innerhalb der Frist oder beantragen Sie rechtzeitig eine Verlängerung.
           *[other] Wie lange der ersuchte Staat die Daten sichert, hängt von seinem Recht und seiner Praxis ab: Beachten Sie die Übersicht zur Sicherungsfrist und übermitteln Sie das Rechtshilfeersuchen deutlich innerhalb der Frist oder beantragen Sie rechtzeitig eine Verlängerung.
        }

## 15 Artikel 30

art29-preservation-traffic-disclosure = { $basis ->
        [budapest] Umgehende Weitergabe gesicherter Verkehrsdaten (Artikel 30): Wird bei der Sicherung von Verkehrsdaten über eine bestimmte Kommunikation festgestellt, dass ein Diensteanbieter in einem anderen Staat an ihrer Übermittlung beteiligt war, so wird gebeten, umgehend eine ausreichende Menge an Verkehrsdaten weiterzugeben, um diesen Diensteanbieter und den Weg zu identifizieren, auf dem die Kommunikation übermittelt wurde.
       *[other] Umgehende Weitergabe gesicherter Verkehrsdaten: Wird bei der Sicherung von Verkehrsdaten über eine bestimmte Kommunikation festgestellt, dass ein Diensteanbieter in einem anderen Staat an ihrer Übermittlung beteiligt war, so wird gebeten, umgehend eine ausreichende Menge an Verkehrsdaten weiterzugeben, um diesen Diensteanbieter und den Weg zu identifizieren, auf dem die Kommunikation übermittelt wurde.
    }

## 16 Vertraulichkeit

art29-preservation-confidentiality = Vertraulichkeit
art29-preservation-confidentiality-conditions = Erbetene Vertraulichkeit
    .hint = Manche Diensteanbieter unterrichten ihre Nutzer über Ersuchen. Fragen Sie die ersuchte Behörde, ob dies geschehen kann, und kreuzen Sie an, was die Ermittlungen erfordern.
art29-preservation-confidentiality-conditions-no-notification = Bitte benachrichtigen Sie den Teilnehmer oder Kontoinhaber nicht von diesem Ersuchen
art29-preservation-confidentiality-conditions-warn = Bitte unterrichten Sie die ersuchende Behörde vor jeder Maßnahme, die den Nutzer warnen könnte
art29-preservation-confidentiality-conditions-prejudice = { $basis ->
        [budapest] Falls die Sicherung die künftige Verfügbarkeit der Daten nicht gewährleistet oder die Vertraulichkeit der Ermittlungen gefährdet oder diesen in anderer Weise schadet, unterrichten Sie bitte umgehend die ersuchende Behörde, damit sie entscheiden kann, ob das Ersuchen dennoch erledigt werden soll (Artikel 29 Absatz 6)
       *[other] Falls die Sicherung die künftige Verfügbarkeit der Daten nicht gewährleistet oder die Vertraulichkeit der Ermittlungen gefährdet oder diesen in anderer Weise schadet, unterrichten Sie bitte umgehend die ersuchende Behörde, damit sie entscheiden kann, ob das Ersuchen dennoch erledigt werden soll
    }
art29-preservation-confidentiality-details = Weitere Bemerkungen zur Vertraulichkeit

## 17 Bestätigung

art29-preservation-acknowledgement = Bitte bestätigen Sie, dass die Daten gesichert wurden, und teilen Sie das diesem Ersuchen zugewiesene Aktenzeichen sowie das Datum mit, an dem die Sicherung endet
