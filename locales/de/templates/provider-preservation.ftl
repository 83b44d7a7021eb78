# Vorlage provider-preservation: unmittelbar an einen Diensteanbieter gerichtetes Ersuchen um Sicherung von Daten.
# Es wird kein Vertrag angeführt: Der Anbieter entscheidet nach seinen eigenen Richtlinien und seinem Recht; das
# Ersuchen nennt das innerstaatliche Recht, auf dessen Grundlage die ersuchende Behörde handelt.

provider-preservation-legal-basis = Von der ersuchenden Behörde auf Grund ihres innerstaatlichen Rechts (Abschnitt 6) unmittelbar an den Diensteanbieter gerichtetes Ersuchen

## 1 bis 3: Datum, Aktenzeichen, Status

provider-preservation-date = Datum
provider-preservation-reference = Aktenzeichen / Verfahrensnummer
provider-preservation-status = Status des Ersuchens
provider-preservation-status-new = Neues Ersuchen
provider-preservation-status-extension = Verlängerung eines früheren Sicherungsersuchens
provider-preservation-status-previous-reference = Aktenzeichen des früheren Ersuchens (das des Diensteanbieters, falls er eines vergeben hat)
provider-preservation-previous-request-date = Datum des früheren Ersuchens

## 4 Ersuchter Diensteanbieter

provider-preservation-addressee = Ersuchter Diensteanbieter
provider-preservation-addressee-name = Ersuchte juristische Person
    .hint = Das Unternehmen, das für den Dienst und die betroffenen Nutzer einsteht. An die falsche juristische Person gerichtete Ersuchen werden häufig abgelehnt: Wählen Sie oben den Anbieter oder geben Sie die in seinen Leitlinien für Strafverfolgungsbehörden genannte juristische Person ein.
provider-preservation-addressee-service = Betroffener Dienst
    .hint = Der Dienst, dessen Daten gesichert werden sollen, so wie seine Nutzer ihn kennen (zum Beispiel ein soziales Netzwerk, ein E-Mail- oder ein Messaging-Dienst).
provider-preservation-addressee-country = Staat, in dem die juristische Person niedergelassen ist
provider-preservation-addressee-address = Zustellungsanschrift
provider-preservation-addressee-portal = Portal oder Webformular für Ersuchen von Strafverfolgungsbehörden
provider-preservation-addressee-email = E-Mail-Adresse für Ersuchen von Strafverfolgungsbehörden

## 5 Ersuchende Behörde

provider-preservation-requesting-authority = Ersuchende Behörde
provider-preservation-requesting-authority-organisation = Behörde
provider-preservation-requesting-authority-person = Für das Ersuchen verantwortliche Amtsperson
provider-preservation-requesting-authority-position = Dienststellung oder Dienstgrad
provider-preservation-requesting-authority-address = Anschrift
provider-preservation-requesting-authority-telephone = Telefonnummer
    .hint = Im internationalen Format, beginnend mit + und der Ländervorwahl, damit der Diensteanbieter zurückrufen und die Echtheit des Ersuchens prüfen kann.
provider-preservation-requesting-authority-cell-phone = Mobiltelefonnummer
provider-preservation-requesting-authority-email = Dienstliche E-Mail-Adresse
    .hint = Eine Adresse in der dienstlichen Domain Ihrer Behörde: Diensteanbieter können Ersuchen ablehnen, die von privaten oder kostenlosen E-Mail-Adressen gesendet werden.
provider-preservation-requesting-authority-time-zone = Zeitzone
    .hint = Die Zeitzone Ihrer Dienststelle als Abweichung von UTC. Alle Zeitangaben in diesem Ersuchen beziehen sich auf sie, sofern nichts anderes angegeben ist.

## 6 Innerstaatliche Rechtsgrundlage

provider-preservation-domestic-legal-basis = Rechtsgrundlage des Ersuchens im Recht der ersuchenden Behörde
provider-preservation-domestic-legal-basis-domestic-legal-basis = Bestimmungen des innerstaatlichen Rechts, auf deren Grundlage die ersuchende Behörde handelt
    .hint = Die Artikel bzw. Paragrafen Ihres innerstaatlichen Rechts (zum Beispiel der Strafprozessordnung), die Ihre Behörde ermächtigen, in dem Fall zu ermitteln und dieses Ersuchen zu stellen. Führen Sie keinen Vertrag an und erläutern Sie dem Diensteanbieter nicht sein eigenes Recht: Er entscheidet nach seinen eigenen Richtlinien und seinem Recht, ob er dem Ersuchen nachkommt.
provider-preservation-domestic-legal-basis-decision = Entscheidung oder Anordnung, die das Ersuchen genehmigt, falls vorhanden
    .hint = Behörde, Datum und Nummer der Entscheidung, der Anordnung oder des Beschlusses, auf deren Grundlage das Ersuchen gestellt wird, wenn Ihr Recht dies verlangt.

## 7 Straftat und Sachverhalt

provider-preservation-offence = Straftat und kurze Sachverhaltsdarstellung
provider-preservation-offence-offences = Straftaten, in denen ermittelt wird
    .hint = Eine Zeile je Straftat: ihre Bezeichnung oder eine kurze Beschreibung, die Bestimmung Ihres Strafrechts, die sie umschreibt, und die Höchststrafe.
provider-preservation-offence-offences-offence = Straftat
provider-preservation-offence-offences-provision = Gesetzliche Bestimmung
provider-preservation-offence-offences-penalty = Höchststrafe
provider-preservation-offence-facts = Kurze Sachverhaltsdarstellung
    .hint = In wenigen Sätzen: was wann und wo geschehen ist, mit jedem Datum und jeder Uhrzeit samt Zeitzone. Der Diensteanbieter benötigt nicht mehr, als zum Auffinden der Daten erforderlich ist: Nennen Sie einen Verdächtigen oder ein Opfer nur, wenn dies erforderlich ist.

## 8 Zu sichernde Daten

provider-preservation-data = Zu sichernde Daten
provider-preservation-data-identifiers = Kennungen der zu sichernden Konten oder Daten
    .hint = Jedes Konto, jeder Benutzername, jede Nutzer-ID, E-Mail-Adresse, Telefonnummer, URL oder IP-Adresse genau so, wie der Dienst sie anzeigt. Falsche oder unvollständige Kennungen sind ein Hauptgrund für Ablehnungen. Geben Sie bei einer IP-Adresse den Quellport sowie das genaue Datum und die genaue Uhrzeit der Nutzung mit Zeitzone an. Ein Zeitraum, der nur eine Kennung betrifft, gehört in deren Zeile.
provider-preservation-data-period = Zeitraum der zu sichernden Daten
    .hint = Der Zeitraum, den die Daten abdecken müssen, wenn er für alle Kennungen gleich ist, Beginn und Ende jeweils mit Zeitzone. Ersuchen für lange Zeiträume (mehr als 90 Tage) werden häufig als zu weit gefasst abgelehnt.
provider-preservation-data-categories = Kategorien der zu sichernden Daten
    .hint = Kreuzen Sie nur an, was die Ermittlungen erfordern. Die Sicherung bewahrt die Daten unverändert auf; sie gibt sie nicht weiter: Sie werden mit dem in Abschnitt 9 genannten förmlichen Verfahren erlangt.
provider-preservation-data-categories-subscriber = Bestandsdaten
provider-preservation-data-categories-traffic = Verkehrsdaten, einschließlich IP-Adressen und Anmeldedaten
provider-preservation-data-categories-content = Inhaltsdaten
provider-preservation-data-categories-other = Sonstige Daten
provider-preservation-data-categories-other-detail = Sonstige zu sichernde Daten
provider-preservation-data-relationship = Zusammenhang der Daten mit den Ermittlungen
    .hint = Legen Sie dar, wie diese Konten oder Daten mit der Straftat zusammenhängen, zum Beispiel: Von dem Konto wurden am 20/11/2026 um 14:03 UTC+04:00 die Drohnachrichten versandt.

## 9 Nachfolgendes Verfahren

provider-preservation-follow-up = Weitergabe der gesicherten Daten
provider-preservation-follow-up-process = Die ersuchende Behörde wird um Weitergabe der gesicherten Daten ersuchen durch
    .hint = Kreuzen Sie an, was Sie übermitteln werden. Eine Sicherung bewahrt die Daten nur auf; um sie zu erlangen, übermitteln Sie das Ersuchen um Weitergabe deutlich vor dem Ende der Sicherung oder beantragen Sie rechtzeitig eine Verlängerung.
provider-preservation-follow-up-process-mla = Ein Rechtshilfeersuchen an den Staat, in dem der Diensteanbieter niedergelassen ist
provider-preservation-follow-up-process-provider = Ein Ersuchen an den Diensteanbieter um freiwillige Weitergabe
provider-preservation-follow-up-process-other = Ein anderes förmliches Verfahren
provider-preservation-follow-up-process-other-detail = Förmliches Verfahren
provider-preservation-follow-up-expected-date = Voraussichtliches Datum des Ersuchens um Weitergabe
    .hint = Wie lange ein Diensteanbieter Daten sichert, hängt von seinen Richtlinien ab: Beachten Sie sein Profil oben und übermitteln Sie das Ersuchen um Weitergabe innerhalb dieser Frist.

## 10 Vertraulichkeit

provider-preservation-confidentiality = Vertraulichkeit
provider-preservation-confidentiality-conditions = Erbetene Vertraulichkeit
    .hint = Manche Diensteanbieter unterrichten ihre Nutzer über Ersuchen, sofern sie nicht gebeten werden, dies zu unterlassen, und entscheiden selbst darüber. Kreuzen Sie an, was die Ermittlungen erfordern, und geben Sie unten die Gründe an.
provider-preservation-confidentiality-conditions-no-notification = Bitte benachrichtigen Sie weder den Nutzer oder Kontoinhaber noch Dritte von diesem Ersuchen
provider-preservation-confidentiality-conditions-warn = Falls Ihre Richtlinien eine Benachrichtigung des Nutzers verlangen, unterrichten Sie bitte zuvor die ersuchende Behörde
provider-preservation-confidentiality-details = Gründe für die Vertraulichkeit

## 11 Antwort

provider-preservation-reply = Antwort
provider-preservation-reply-acknowledgement = Bitte bestätigen Sie, dass die Daten gesichert wurden, und teilen Sie das diesem Ersuchen zugewiesene Aktenzeichen sowie das Datum mit, an dem die Sicherung endet
provider-preservation-reply-channel = Bitte antworten Sie
provider-preservation-reply-channel-email = Per E-Mail an die in Abschnitt 5 angegebene dienstliche Adresse der ersuchenden Behörde
provider-preservation-reply-channel-portal = Über Ihr Portal für Strafverfolgungsbehörden
provider-preservation-reply-channel-other = Auf anderem Weg
provider-preservation-reply-channel-other-detail = Übermittlungsweg der Antwort
