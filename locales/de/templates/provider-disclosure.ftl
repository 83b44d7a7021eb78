# Vorlage provider-disclosure: unmittelbar an einen Diensteanbieter gerichtetes Ersuchen um freiwillige Weitergabe
# von Daten, die keine Inhaltsdaten sind (Bestandsdaten, IP-Adressen und Anmeldedaten). Es wird kein Vertrag
# angeführt: Der Anbieter entscheidet nach seinen eigenen Richtlinien und seinem Recht über die Weitergabe; das
# Ersuchen nennt das innerstaatliche Recht, auf dessen Grundlage die ersuchende Behörde handelt.

provider-disclosure-legal-basis = Von der ersuchenden Behörde auf Grund ihres innerstaatlichen Rechts (Abschnitt 6) unmittelbar an den Diensteanbieter gerichtetes Ersuchen um freiwillige Weitergabe
provider-disclosure-date = Datum
provider-disclosure-reference = Aktenzeichen / Verfahrensnummer
provider-disclosure-status = Status des Ersuchens
provider-disclosure-status-new = Neues Ersuchen
provider-disclosure-status-follow-up-preservation = Folgeersuchen zu einem an den Diensteanbieter gerichteten Sicherungsersuchen
provider-disclosure-previous-preservation = Sicherungsersuchen, an das angeschlossen wird
provider-disclosure-previous-preservation-date = Datum des Sicherungsersuchens
provider-disclosure-previous-preservation-reference = Aktenzeichen des Sicherungsersuchens
provider-disclosure-previous-preservation-provider-reference = Vom Diensteanbieter für die Sicherung vergebenes Aktenzeichen
    .hint = Hat der Diensteanbieter die Sicherung unter einem eigenen Aktenzeichen bestätigt, geben Sie es an: Der Anbieter findet die gesicherten Daten dann sofort.

## 4 Ersuchter Diensteanbieter

provider-disclosure-addressee = Ersuchter Diensteanbieter
provider-disclosure-addressee-name = Ersuchte juristische Person
    .hint = Das Unternehmen, das für den Dienst und die betroffenen Nutzer einsteht. An die falsche juristische Person gerichtete Ersuchen werden häufig abgelehnt: Wählen Sie oben den Anbieter oder geben Sie die in seinen Leitlinien für Strafverfolgungsbehörden genannte juristische Person ein.
provider-disclosure-addressee-service = Betroffener Dienst
    .hint = Der Dienst, dessen Daten gesucht werden, so wie seine Nutzer ihn kennen (zum Beispiel ein soziales Netzwerk, ein E-Mail- oder ein Messaging-Dienst).
provider-disclosure-addressee-country = Staat, in dem die juristische Person niedergelassen ist
provider-disclosure-addressee-address = Zustellungsanschrift
provider-disclosure-addressee-portal = Portal oder Webformular für Ersuchen von Strafverfolgungsbehörden
provider-disclosure-addressee-email = E-Mail-Adresse für Ersuchen von Strafverfolgungsbehörden

## 5 Ersuchende Behörde

provider-disclosure-requesting-authority = Ersuchende Behörde
provider-disclosure-requesting-authority-organisation = Behörde
provider-disclosure-requesting-authority-person = Für das Ersuchen verantwortliche Amtsperson
provider-disclosure-requesting-authority-position = Dienststellung oder Dienstgrad
provider-disclosure-requesting-authority-address = Anschrift
provider-disclosure-requesting-authority-telephone = Telefonnummer
    .hint = Im internationalen Format, beginnend mit + und der Ländervorwahl, damit der Diensteanbieter zurückrufen und die Echtheit des Ersuchens prüfen kann.
provider-disclosure-requesting-authority-cell-phone = Mobiltelefonnummer
provider-disclosure-requesting-authority-email = Dienstliche E-Mail-Adresse
    .hint = Eine Adresse in der dienstlichen Domain Ihrer Behörde: Diensteanbieter können Ersuchen ablehnen, die von privaten oder kostenlosen E-Mail-Adressen gesendet werden.
provider-disclosure-requesting-authority-time-zone = Zeitzone
    .hint = Die Zeitzone Ihrer Dienststelle als Abweichung von UTC. Alle Zeitangaben in diesem Ersuchen beziehen sich auf sie, sofern nichts anderes angegeben ist.

## 6 Innerstaatliche Rechtsgrundlage

provider-disclosure-domestic-legal-basis = Rechtsgrundlage des Ersuchens im Recht der ersuchenden Behörde
provider-disclosure-domestic-legal-basis-domestic-legal-basis = Bestimmungen des innerstaatlichen Rechts, auf deren Grundlage die ersuchende Behörde handelt
    .hint = Die Artikel bzw. Paragrafen Ihres innerstaatlichen Rechts (zum Beispiel der Strafprozessordnung), die Ihre Behörde ermächtigen, in dem Fall zu ermitteln und um diese Daten zu ersuchen. Führen Sie keinen Vertrag an und erläutern Sie dem Diensteanbieter nicht sein eigenes Recht: Er entscheidet nach seinen eigenen Richtlinien und seinem Recht über die Weitergabe.
provider-disclosure-domestic-legal-basis-decision = Entscheidung oder Anordnung, die das Ersuchen genehmigt, falls vorhanden
    .hint = Behörde, Datum und Nummer der Entscheidung, der Anordnung oder des Beschlusses, auf deren Grundlage das Ersuchen gestellt wird, wenn Ihr Recht dies verlangt. Viele Diensteanbieter verlangen das Dokument, das ihr eigenes Recht verlangen würde, oder seine Entsprechung im Recht der ersuchenden Behörde: Beachten Sie die oben angegebenen Anforderungen des Anbieters.

## 7 Straftat und Sachverhalt

provider-disclosure-offence = Straftat und kurze Sachverhaltsdarstellung
provider-disclosure-offence-offences = Straftaten, in denen ermittelt wird
    .hint = Eine Zeile je Straftat: ihre Bezeichnung oder eine kurze Beschreibung, die Bestimmung Ihres Strafrechts, die sie umschreibt, und die Höchststrafe.
provider-disclosure-offence-offences-offence = Straftat
provider-disclosure-offence-offences-provision = Gesetzliche Bestimmung
provider-disclosure-offence-offences-penalty = Höchststrafe
provider-disclosure-offence-facts = Kurze Sachverhaltsdarstellung
    .hint = In wenigen Sätzen: was wann und wo geschehen ist, mit jedem Datum und jeder Uhrzeit samt Zeitzone. Der Diensteanbieter benötigt nicht mehr, als erforderlich ist, um die Daten aufzufinden und zu erkennen, weshalb sie benötigt werden: Nennen Sie einen Verdächtigen oder ein Opfer nur, wenn dies erforderlich ist.

## 8 Gesuchte Daten

provider-disclosure-data = Gesuchte Daten (keine Inhalte der Kommunikation)
provider-disclosure-data-identifiers = Kennungen der betroffenen Konten
    .hint = Jedes Konto, jeder Benutzername, jede Nutzer-ID, E-Mail-Adresse, Telefonnummer, URL oder IP-Adresse genau so, wie der Dienst sie anzeigt. Falsche oder unvollständige Kennungen sind ein Hauptgrund für Ablehnungen. Geben Sie bei einer IP-Adresse den Quellport sowie das genaue Datum und die genaue Uhrzeit der Nutzung mit Zeitzone an. Ein Zeitraum, der nur eine Kennung betrifft, gehört in deren Zeile.
provider-disclosure-data-period = Zeitraum der gesuchten Daten
    .hint = Beginn und Ende jeweils mit Zeitzone, so eng, wie die Ermittlungen es zulassen. Ersuchen für lange Zeiträume (mehr als 90 Tage) werden häufig als zu weit gefasst abgelehnt.
provider-disclosure-data-categories = Kategorien der gesuchten Daten
    .hint = Nur Daten, die keine Inhaltsdaten sind: Diensteanbieter geben den Inhalt der Kommunikation an ausländische Behörden in der Regel nur im Wege der Rechtshilfe weiter. Kreuzen Sie nur an, was die Ermittlungen erfordern.
provider-disclosure-data-categories-subscriber = Bestandsdaten: angegebener Name, angegebene Anschrift, E-Mail-Adresse und Telefonnummer sowie das Datum der Einrichtung des Kontos
provider-disclosure-data-categories-registration-ip = Zur Einrichtung des Kontos verwendete IP-Adresse, mit Datum, Uhrzeit, Zeitzone und Quellport
provider-disclosure-data-categories-login-ip = IP-Adressen der Anmeldungen (Anmeldedaten), mit Datum, Uhrzeit, Zeitzone und Quellport
provider-disclosure-data-categories-services = Genutzte Dienste und Zeitraum der Nutzung
provider-disclosure-data-categories-other = Sonstige Daten, die keine Inhaltsdaten sind
provider-disclosure-data-categories-other-detail = Sonstige gesuchte Daten
provider-disclosure-data-relationship = Bedeutung der Daten für die Ermittlungen
    .hint = Legen Sie dar, wie diese Konten mit der Straftat zusammenhängen und was die Daten belegen werden, zum Beispiel: Von dem Konto wurden am 20/11/2026 um 14:03 UTC+04:00 die Drohnachrichten versandt; seine Bestandsdaten und Anmeldedaten werden die Person identifizieren, die es genutzt hat.

## 9 Dringlichkeit

provider-disclosure-urgency = Dringlichkeit
provider-disclosure-urgency-reasons = Gründe, weshalb das Ersuchen dringend ist, falls es dies ist
    .hint = Zum Beispiel ein Termin der Hauptverhandlung oder der Haftprüfung. Besteht eine Gefahr für das Leben oder die Sicherheit einer Person, verwenden Sie stattdessen das Ersuchen um Weitergabe in einem Notfall.
provider-disclosure-urgency-deadline = Daten benötigt bis
    .hint = Leer lassen, wenn es keine Frist gibt.

## 10 Vertraulichkeit

provider-disclosure-confidentiality = Vertraulichkeit
provider-disclosure-confidentiality-conditions = Erbetene Vertraulichkeit
    .hint = Manche Diensteanbieter unterrichten ihre Nutzer über Ersuchen, sofern sie nicht gebeten werden, dies zu unterlassen, und entscheiden selbst darüber. Kreuzen Sie an, was die Ermittlungen erfordern, und geben Sie unten die Gründe an.
provider-disclosure-confidentiality-conditions-no-notification = Bitte benachrichtigen Sie weder den Nutzer oder Kontoinhaber noch Dritte von diesem Ersuchen
provider-disclosure-confidentiality-conditions-warn = Falls Ihre Richtlinien eine Benachrichtigung des Nutzers verlangen, unterrichten Sie bitte zuvor die ersuchende Behörde
provider-disclosure-confidentiality-details = Gründe für die Vertraulichkeit

## 11 Antwort

provider-disclosure-reply = Antwort
provider-disclosure-reply-format = Bevorzugtes Format der Daten
provider-disclosure-reply-format-electronic = Elektronisch und maschinenlesbar (zum Beispiel eine Tabelle oder eine CSV-Datei)
provider-disclosure-reply-format-document = Elektronisches Dokument (PDF)
provider-disclosure-reply-format-usual = Das von Ihnen üblicherweise verwendete Format
provider-disclosure-reply-channel = Bitte antworten Sie
provider-disclosure-reply-channel-email = Per E-Mail an die in Abschnitt 5 angegebene dienstliche Adresse der ersuchenden Behörde
provider-disclosure-reply-channel-portal = Über Ihr Portal für Strafverfolgungsbehörden
provider-disclosure-reply-channel-other = Auf anderem Weg
provider-disclosure-reply-channel-other-detail = Übermittlungsweg der Antwort
