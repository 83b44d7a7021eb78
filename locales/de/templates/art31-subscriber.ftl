# Vorlage art31-subscriber: Rechtshilfeersuchen um Bestandsdaten (Budapester Übereinkommen, Artikel 31).
# Die Abschnitte 1 bis 11 folgen Nummerierung und Wortlaut von T-CY(2018)10; die weiteren Abschnitte folgen Artikel 18 Absatz 3 und Artikel 31 des Übereinkommens.

art31-subscriber-legal-basis = { $basis ->
        [budapest] Artikel 31 des Übereinkommens über Computerkriminalität (SEV Nr. 185)
       *[other] { basis-legal-basis }
    }
art31-subscriber-date = Datum
art31-subscriber-reference = Aktenzeichen / Verfahrensnummer
art31-subscriber-status = Status des Ersuchens
    .hint = Kreuzen Sie alle zutreffenden Kästchen an. Bei einem Folgeersuchen werden die Abschnitte 9 und 10 für die Angaben zum früheren Ersuchen geöffnet.
art31-subscriber-status-new = Neues Ersuchen
art31-subscriber-status-follow-up-mla = Folgeersuchen zu einem früheren Rechtshilfeersuchen (Angaben in Abschnitt 9)
art31-subscriber-status-follow-up-preservation = Folgeersuchen zu einem früheren Ersuchen um Sicherung (Angaben in Abschnitt 10)
art31-subscriber-requested-authority = Ersuchte Behörde
art31-subscriber-requested-authority-country = Ersuchter Staat
art31-subscriber-requested-authority-authority = Behörde
    .hint = { $basis ->
            [budapest] Die zentrale Behörde für Rechtshilfe des ersuchten Staates (Artikel 27 Absatz 2) oder die von ihr für die Entgegennahme solcher Ersuchen bestimmte Behörde.
           *[other] Die zentrale Behörde für Rechtshilfe des ersuchten Staates oder die von ihr für die Entgegennahme solcher Ersuchen bestimmte Behörde.
        }
art31-subscriber-requesting-authority = Ersuchende Behörde
art31-subscriber-requesting-authority-organisation = Dienststelle
art31-subscriber-requesting-authority-person = Für das Ersuchen verantwortliche Person
art31-subscriber-requesting-authority-address = Anschrift
art31-subscriber-requesting-authority-phone = Telefonnummer
art31-subscriber-requesting-authority-mobile = Mobiltelefonnummer
art31-subscriber-requesting-authority-email = E-Mail-Adresse
art31-subscriber-requesting-authority-fax = Faxnummer
art31-subscriber-requesting-authority-office-hours = Dienstzeiten
art31-subscriber-requesting-authority-time-zone = Zeitzone
    .hint = Die Zeitzone Ihrer Dienststelle als Abweichung von UTC. Jede andere Zeitangabe in diesem Ersuchen trägt ihre eigene Zeitzone.
art31-subscriber-requesting-authority-response = Übermittlungsweg der Antwort
art31-subscriber-requesting-authority-response-expedited = Antwort per E-Mail oder auf einem anderen schnellen Weg bevorzugt
art31-subscriber-requesting-authority-response-other = Antwort auf einem anderen Weg bevorzugt
art31-subscriber-requesting-authority-response-other-detail = Antwort bevorzugt auf folgendem Weg
art31-subscriber-additional-contact = Falls eine zusätzliche Bestätigung durch die ersuchende Behörde erforderlich ist, wenden Sie sich bitte an
art31-subscriber-additional-contact-contacts = Kontaktperson
art31-subscriber-additional-contact-contacts-name = Vor- und Nachname
art31-subscriber-additional-contact-contacts-job-title = Dienstbezeichnung
art31-subscriber-additional-contact-contacts-function = Funktion
art31-subscriber-additional-contact-contacts-phone = Telefonnummer
art31-subscriber-additional-contact-contacts-mobile = Mobiltelefonnummer
art31-subscriber-additional-contact-contacts-email = E-Mail-Adresse
art31-subscriber-investigating-authority = Für den Fall zuständige Ermittlungs- oder operative Behörde (falls nicht die ersuchende Behörde)
art31-subscriber-investigating-authority-organisation = Dienststelle
art31-subscriber-investigating-authority-person = Für den Fall verantwortliche Person
art31-subscriber-investigating-authority-address = Anschrift
art31-subscriber-investigating-authority-phone = Telefonnummer
art31-subscriber-investigating-authority-mobile = Mobiltelefonnummer
art31-subscriber-investigating-authority-email = E-Mail-Adresse
art31-subscriber-investigating-authority-fax = Faxnummer
art31-subscriber-prosecution-court = Zuständige Staatsanwaltschaft oder zuständiges Gericht, falls zutreffend
art31-subscriber-prosecution-court-prosecution = Zuständige Staatsanwaltschaft und Aktenzeichen
art31-subscriber-prosecution-court-court = Zuständiges Gericht und Aktenzeichen
art31-subscriber-prosecution-court-decisions = Entscheidungen der Staatsanwaltschaft oder des Gerichts im Zusammenhang mit diesem Ersuchen
    .hint = Für jede Entscheidung: die Behörde, ihr Datum und ihre Nummer sowie was sie anordnet oder genehmigt. Fügen Sie eine Abschrift bei, wenn der ersuchte Staat dies verlangt.
art31-subscriber-previous-mla = Angaben zum früheren Rechtshilfeersuchen, falls zutreffend
art31-subscriber-previous-mla-date = Datum
art31-subscriber-previous-mla-reference = Vorgangs- / Aktenzeichen
art31-subscriber-previous-mla-requesting = Kontaktdaten der Behörde, die das frühere Ersuchen gestellt hat
art31-subscriber-previous-mla-executing = Kontaktdaten der Behörde, die das frühere Ersuchen beantwortet (oder erledigt) hat
art31-subscriber-previous-mla-channel = Für die Übermittlung des früheren Ersuchens genutzter Kommunikationsweg (E-Mail-Adresse, Faxnummer usw.)
art31-subscriber-previous-preservation = Angaben zum früheren Ersuchen um Sicherung, falls zutreffend
art31-subscriber-previous-preservation-date = Datum
art31-subscriber-previous-preservation-reference = Vorgangs- / Aktenzeichen
art31-subscriber-previous-preservation-requesting = Kontaktdaten der Behörde, die um Sicherung ersucht hat
art31-subscriber-previous-preservation-executing = Kontaktdaten der Behörde, die das Ersuchen um Sicherung beantwortet (oder erledigt) hat
art31-subscriber-previous-preservation-channel = Kommunikationsweg
art31-subscriber-previous-preservation-channel-network-247 = Kontaktstelle des 24/7-Netzwerks
art31-subscriber-previous-preservation-channel-provider = Unmittelbar an den Diensteanbieter
art31-subscriber-previous-preservation-channel-police = Weg der polizeilichen Zusammenarbeit
art31-subscriber-previous-preservation-channel-mla = Zentrale Behörde für Rechtshilfe
art31-subscriber-previous-preservation-channel-other = Sonstiges
art31-subscriber-previous-preservation-channel-other-detail = Genutzter Weg
art31-subscriber-previous-preservation-expiry = Daten gesichert bis
    .hint = Das Datum, an dem die Sicherung endet, wie vom ersuchten Staat oder vom Diensteanbieter bestätigt, soweit bekannt.
art31-subscriber-legal-grounds = Rechtsgrundlage des Ersuchens
art31-subscriber-legal-grounds-domestic = Innerstaatliche Rechtsgrundlage des Ersuchens, falls zutreffend
    .hint = Die Bestimmungen Ihres Rechts, auf deren Grundlage dieses Ersuchen gestellt wird, z. B. die Artikel bzw. Paragrafen der Strafprozessordnung über Rechtshilfeersuchen.
art31-subscriber-legal-grounds-instruments = Sonstige anwendbare Verträge oder Vereinbarungen
art31-subscriber-legal-grounds-instruments-ets-30 = Europäisches Übereinkommen über die Rechtshilfe in Strafsachen (SEV Nr. 30) und seine Protokolle
art31-subscriber-legal-grounds-instruments-bilateral = Bilateraler Vertrag
art31-subscriber-legal-grounds-instruments-bilateral-detail = Titel und Datum des Vertrags
art31-subscriber-legal-grounds-instruments-reciprocity = Gegenseitigkeit
art31-subscriber-offences = Straftat(en)
art31-subscriber-offences-offences = Straftat
art31-subscriber-offences-offences-name = Straftat
art31-subscriber-offences-offences-provision = Gesetzliche Bestimmung
art31-subscriber-offences-offences-penalty = Höchststrafe
art31-subscriber-offences-damage = Verursachter Schaden
    .hint = Die Höhe des Schadens mit Angabe der Währung, falls ein solcher entstanden ist.
art31-subscriber-offences-damage-below-threshold = Der Schaden liegt unter dem Gegenwert von 5 000 USD
    .hint = Ihre eigene Prüfung, die nie in das Ersuchen gedruckt wird. Die Vereinigten Staaten lehnen Ersuchen wegen eines Schadens unter 5 000 USD in der Regel ab; vergleichen Sie den Schaden in Ihrer Währung mit diesem Betrag.
art31-subscriber-facts = Kurze Sachverhaltsdarstellung
    .hint = Wer hat was, wann und wo getan, und wie wurde die Straftat mithilfe des betreffenden Dienstes begangen. Geben Sie jede Zeitangabe mit Zeitzone an.
art31-subscriber-identifiers = Kennungen und Zeitraum der gesuchten Daten
art31-subscriber-identifiers-identifiers = Kennungen der gesuchten Daten
    .hint = Jedes Konto, jede Adresse oder Nummer, deren Teilnehmer gesucht wird. Geben Sie bei einer IP-Adresse den Quellport sowie das genaue Datum und die genaue Uhrzeit mit Zeitzone an: Bei gemeinsam genutzten Adressen kann der Anbieter den Teilnehmer ohne diese Angaben nicht ermitteln.
art31-subscriber-identifiers-period = Genauer Zeitraum, für den die Daten gesucht werden
    .hint = Beginn und Ende mit ihrer Zeitzone. Ersuchen Sie nur um den Zeitraum, den die Ermittlungen erfordern: Ersuchen für lange Zeiträume (mehr als 90 Tage) werden häufig als zu weit gefasst abgelehnt.
art31-subscriber-categories = Gesuchte Bestandsdaten
    .hint = { $basis ->
            [budapest] Kreuzen Sie nur an, was die Ermittlungen erfordern. Die ersten sechs Kästchen folgen der Begriffsbestimmung der Bestandsdaten in Artikel 18 Absatz 3 des Übereinkommens.
           *[other] Kreuzen Sie nur an, was die Ermittlungen erfordern.
        }
art31-subscriber-categories-service = Art des genutzten Kommunikationsdienstes, die dafür getroffenen technischen Maßnahmen und die Dauer des Dienstes
art31-subscriber-categories-identity = Identität des Teilnehmers
art31-subscriber-categories-address = Postanschrift oder geografische Anschrift
art31-subscriber-categories-access-number = Telefonnummer und sonstige Zugangsnummern
art31-subscriber-categories-billing = Angaben über Gebührenabrechnung und Zahlung
art31-subscriber-categories-installation = Ort, an dem sich die Kommunikationsanlage befindet
art31-subscriber-categories-email = Mit dem Konto verknüpfte E-Mail-Adressen
art31-subscriber-categories-registration-ip = IP-Adresse sowie Datum und Uhrzeit der Registrierung
art31-subscriber-categories-login-ip-at = IP-Adresse einer Anmeldung an dem Datum und zu der Uhrzeit, die bei der Kennung angegeben sind (zur Identifizierung des Teilnehmers)
art31-subscriber-categories-other = Sonstiges
art31-subscriber-categories-other-detail = Sonstige gesuchte Angaben
art31-subscriber-relevance = Zusammenhang der Daten mit den Ermittlungen
    .hint = Erläutern Sie, wie jede Kennung mit der Straftat und dem Verdächtigen zusammenhängt und weshalb angenommen wird, dass der Diensteanbieter die Daten innehat.
art31-subscriber-service-provider = Diensteanbieter, der die Daten innehat
art31-subscriber-service-provider-name = Name des Diensteanbieters
    .hint = Die rechtliche Bezeichnung des Anbieters, wie in seinen Nutzungsbedingungen oder seinen Leitlinien für Strafverfolgungsbehörden angegeben.
art31-subscriber-service-provider-address = Anschrift oder Standort
art31-subscriber-urgency = Dringlichkeit
art31-subscriber-urgency-urgent = Dringliche Erledigung erbeten
art31-subscriber-urgency-reasons = Gründe für die Dringlichkeit
    .hint = { $basis ->
            [budapest] Z. B. der Verdächtige befindet sich in Haft, eine Verfahrensfrist läuft, oder es bestehen Gründe zu der Annahme, dass die Daten besonders anfällig für Verlust oder Veränderung sind (Artikel 31 Absatz 3).
           *[other] Z. B. der Verdächtige befindet sich in Haft, eine Verfahrensfrist läuft, oder es bestehen Gründe zu der Annahme, dass die Daten besonders anfällig für Verlust oder Veränderung sind.
        }
art31-subscriber-urgency-deadline = Daten benötigt bis
art31-subscriber-confidentiality = Vertraulichkeit
art31-subscriber-confidentiality-confidential = Bitte behandeln Sie Tatsache und Gegenstand dieses Ersuchens vertraulich, außer soweit dies zu seiner Erledigung erforderlich ist
art31-subscriber-confidentiality-no-notification = Den Diensteanbieter ersuchen, weder den Teilnehmer noch Dritte zu benachrichtigen
    .hint = Fragen Sie die ersuchte Behörde, ob die Praxis oder das System des Anbieters den Nutzer warnen kann.
art31-subscriber-confidentiality-reasons = Gründe für die Vertraulichkeit
    .hint = Z. B. die Gefahr, dass der Verdächtige Beweismittel vernichtet, flieht oder Mittäter warnt.
art31-subscriber-form = Form der Daten und Beglaubigung
art31-subscriber-form-electronic = Elektronische Kopie in lesbarem Format
art31-subscriber-form-certified = Beglaubigte Abschrift
art31-subscriber-form-certificate = Bescheinigung des Diensteanbieters über die Echtheit der Geschäftsunterlagen
art31-subscriber-form-other = Sonstiges
art31-subscriber-form-other-detail = Sonstige Anforderung
