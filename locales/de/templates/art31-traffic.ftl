# Vorlage art31-traffic: Rechtshilfeersuchen um gespeicherte Verkehrsdaten, bei Bedarf mit Bestandsdaten (Budapester Übereinkommen, Artikel 31).
# Die Abschnitte 1 bis 11 folgen Nummerierung und Wortlaut von T-CY(2018)10, wie in art31-subscriber; die weiteren Abschnitte folgen Artikel 1 Buchstabe d, Artikel 18 Absatz 3 und Artikel 31 des Übereinkommens.

art31-traffic-legal-basis = { $basis ->
        [budapest] Artikel 31 des Übereinkommens über Computerkriminalität (SEV Nr. 185)
       *[other] { basis-legal-basis }
    }
art31-traffic-date = Datum
art31-traffic-reference = Aktenzeichen / Verfahrensnummer
art31-traffic-status = Status des Ersuchens
    .hint = Kreuzen Sie alle zutreffenden Kästchen an. Bei einem Folgeersuchen werden die Abschnitte 9 und 10 für die Angaben zum früheren Ersuchen geöffnet.
art31-traffic-status-new = Neues Ersuchen
art31-traffic-status-follow-up-mla = Folgeersuchen zu einem früheren Rechtshilfeersuchen (Angaben in Abschnitt 9)
art31-traffic-status-follow-up-preservation = Folgeersuchen zu einem früheren Ersuchen um Sicherung (Angaben in Abschnitt 10)
art31-traffic-requested-authority = Ersuchte Behörde
art31-traffic-requested-authority-country = Ersuchter Staat
art31-traffic-requested-authority-authority = Behörde
    .hint = { $basis ->
            [budapest] Die zentrale Behörde für Rechtshilfe des ersuchten Staates (Artikel 27 Absatz 2) oder die von ihr für die Entgegennahme solcher Ersuchen bestimmte Behörde.
           *[other] Die zentrale Behörde für Rechtshilfe des ersuchten Staates oder die von ihr für die Entgegennahme solcher Ersuchen bestimmte Behörde.
        }
art31-traffic-requesting-authority = Ersuchende Behörde
art31-traffic-requesting-authority-organisation = Dienststelle
art31-traffic-requesting-authority-person = Für das Ersuchen verantwortliche Person
art31-traffic-requesting-authority-address = Anschrift
art31-traffic-requesting-authority-phone = Telefonnummer
art31-traffic-requesting-authority-mobile = Mobiltelefonnummer
art31-traffic-requesting-authority-email = E-Mail-Adresse
art31-traffic-requesting-authority-fax = Faxnummer
art31-traffic-requesting-authority-office-hours = Dienstzeiten
art31-traffic-requesting-authority-time-zone = Zeitzone
    .hint = Die Zeitzone Ihrer Dienststelle als Abweichung von UTC. Jede andere Zeitangabe in diesem Ersuchen trägt ihre eigene Zeitzone.
art31-traffic-requesting-authority-response = Übermittlungsweg der Antwort
art31-traffic-requesting-authority-response-expedited = Antwort per E-Mail oder auf einem anderen schnellen Weg bevorzugt
art31-traffic-requesting-authority-response-other = Antwort auf einem anderen Weg bevorzugt
art31-traffic-requesting-authority-response-other-detail = Antwort bevorzugt auf folgendem Weg
art31-traffic-additional-contact = Falls eine zusätzliche Bestätigung durch die ersuchende Behörde erforderlich ist, wenden Sie sich bitte an
art31-traffic-additional-contact-contacts = Kontaktperson
art31-traffic-additional-contact-contacts-name = Vor- und Nachname
art31-traffic-additional-contact-contacts-job-title = Dienstbezeichnung
art31-traffic-additional-contact-contacts-function = Funktion
art31-traffic-additional-contact-contacts-phone = Telefonnummer
art31-traffic-additional-contact-contacts-mobile = Mobiltelefonnummer
art31-traffic-additional-contact-contacts-email = E-Mail-Adresse
art31-traffic-investigating-authority = Für den Fall zuständige Ermittlungs- oder operative Behörde (falls nicht die ersuchende Behörde)
art31-traffic-investigating-authority-organisation = Dienststelle
art31-traffic-investigating-authority-person = Für den Fall verantwortliche Person
art31-traffic-investigating-authority-address = Anschrift
art31-traffic-investigating-authority-phone = Telefonnummer
art31-traffic-investigating-authority-mobile = Mobiltelefonnummer
art31-traffic-investigating-authority-email = E-Mail-Adresse
art31-traffic-investigating-authority-fax = Faxnummer
art31-traffic-prosecution-court = Zuständige Staatsanwaltschaft oder zuständiges Gericht, falls zutreffend
art31-traffic-prosecution-court-prosecution = Zuständige Staatsanwaltschaft und Aktenzeichen
art31-traffic-prosecution-court-court = Zuständiges Gericht und Aktenzeichen
art31-traffic-prosecution-court-decisions = Entscheidungen der Staatsanwaltschaft oder des Gerichts im Zusammenhang mit diesem Ersuchen
    .hint = Für jede Entscheidung: die Behörde, ihr Datum und ihre Nummer sowie was sie anordnet oder genehmigt. Fügen Sie eine Abschrift bei, wenn der ersuchte Staat dies verlangt.
art31-traffic-previous-mla = Angaben zum früheren Rechtshilfeersuchen, falls zutreffend
art31-traffic-previous-mla-date = Datum
art31-traffic-previous-mla-reference = Vorgangs- / Aktenzeichen
art31-traffic-previous-mla-requesting = Kontaktdaten der Behörde, die das frühere Ersuchen gestellt hat
art31-traffic-previous-mla-executing = Kontaktdaten der Behörde, die das frühere Ersuchen beantwortet (oder erledigt) hat
art31-traffic-previous-mla-channel = Für die Übermittlung des früheren Ersuchens genutzter Kommunikationsweg (E-Mail-Adresse, Faxnummer usw.)
art31-traffic-previous-preservation = Angaben zum früheren Ersuchen um Sicherung, falls zutreffend
art31-traffic-previous-preservation-date = Datum
art31-traffic-previous-preservation-reference = Vorgangs- / Aktenzeichen
art31-traffic-previous-preservation-requesting = Kontaktdaten der Behörde, die um Sicherung ersucht hat
art31-traffic-previous-preservation-executing = Kontaktdaten der Behörde, die das Ersuchen um Sicherung beantwortet (oder erledigt) hat
art31-traffic-previous-preservation-channel = Kommunikationsweg
art31-traffic-previous-preservation-channel-network-247 = Kontaktstelle des 24/7-Netzwerks
art31-traffic-previous-preservation-channel-provider = Unmittelbar an den Diensteanbieter
art31-traffic-previous-preservation-channel-police = Weg der polizeilichen Zusammenarbeit
art31-traffic-previous-preservation-channel-mla = Zentrale Behörde für Rechtshilfe
art31-traffic-previous-preservation-channel-other = Sonstiges
art31-traffic-previous-preservation-channel-other-detail = Genutzter Weg
art31-traffic-previous-preservation-expiry = Daten gesichert bis
    .hint = Das Datum, an dem die Sicherung endet, wie vom ersuchten Staat oder vom Diensteanbieter bestätigt, soweit bekannt.
art31-traffic-legal-grounds = Rechtsgrundlage des Ersuchens
art31-traffic-legal-grounds-domestic = Innerstaatliche Rechtsgrundlage des Ersuchens, falls zutreffend
    .hint = Die Bestimmungen Ihres Rechts, auf deren Grundlage dieses Ersuchen gestellt wird, z. B. die Artikel bzw. Paragrafen der Strafprozessordnung über Rechtshilfeersuchen.
art31-traffic-legal-grounds-instruments = Sonstige anwendbare Verträge oder Vereinbarungen
art31-traffic-legal-grounds-instruments-ets-30 = Europäisches Übereinkommen über die Rechtshilfe in Strafsachen (SEV Nr. 30) und seine Protokolle
art31-traffic-legal-grounds-instruments-bilateral = Bilateraler Vertrag
art31-traffic-legal-grounds-instruments-bilateral-detail = Titel und Datum des Vertrags
art31-traffic-legal-grounds-instruments-reciprocity = Gegenseitigkeit
art31-traffic-offences = Straftat(en)
art31-traffic-offences-offences = Straftat
art31-traffic-offences-offences-name = Straftat
art31-traffic-offences-offences-provision = Gesetzliche Bestimmung
art31-traffic-offences-offences-penalty = Höchststrafe
art31-traffic-offences-damage = Verursachter Schaden
    .hint = Die Höhe des Schadens mit Angabe der Währung, falls ein solcher entstanden ist.
art31-traffic-offences-damage-below-threshold = Der Schaden liegt unter dem Gegenwert von 5 000 USD
    .hint = Ihre eigene Prüfung, die nie in das Ersuchen gedruckt wird. Die Vereinigten Staaten lehnen Ersuchen wegen eines Schadens unter 5 000 USD in der Regel ab; vergleichen Sie den Schaden in Ihrer Währung mit diesem Betrag.
art31-traffic-facts = Kurze Sachverhaltsdarstellung
    .hint = Wer hat was, wann und wo getan, und wie wurde die Straftat mithilfe des betreffenden Dienstes begangen. Geben Sie jede Zeitangabe mit Zeitzone an.
art31-traffic-identifiers = Kennungen und Zeitraum der gesuchten Daten
art31-traffic-identifiers-identifiers = Kennungen der gesuchten Daten
    .hint = Jedes Konto, jede Adresse oder Nummer, deren Daten gesucht werden. Geben Sie bei einer IP-Adresse den Quellport sowie das genaue Datum und die genaue Uhrzeit mit Zeitzone an: Bei gemeinsam genutzten Adressen kann der Anbieter den Teilnehmer ohne diese Angaben nicht ermitteln.
art31-traffic-identifiers-period = Genauer Zeitraum, für den die Daten gesucht werden
    .hint = Beginn und Ende mit ihrer Zeitzone. Ersuchen Sie nur um den Zeitraum, den die Ermittlungen erfordern: Ersuchen für lange Zeiträume (mehr als 90 Tage) werden häufig als zu weit gefasst abgelehnt.
art31-traffic-data = Gesuchte Daten
art31-traffic-data-traffic = Gesuchte Verkehrsdaten
    .hint = { $basis ->
            [budapest] Die ersten acht Kästchen folgen der Begriffsbestimmung der Verkehrsdaten in Artikel 1 Buchstabe d des Übereinkommens: Daten, die von einem Computersystem erzeugt wurden, das Teil der Kommunikationskette war.
           *[other] Daten, die von einem Computersystem erzeugt wurden, das Teil der Kommunikationskette war: Kreuzen Sie nur an, was die Ermittlungen erfordern.
        }
art31-traffic-data-traffic-origin = Ursprung der Kommunikation
art31-traffic-data-traffic-destination = Ziel der Kommunikation
art31-traffic-data-traffic-route = Leitweg
art31-traffic-data-traffic-time = Uhrzeit
art31-traffic-data-traffic-date = Datum
art31-traffic-data-traffic-size = Umfang
art31-traffic-data-traffic-duration = Dauer
art31-traffic-data-traffic-service = Art des zugrunde liegenden Dienstes
art31-traffic-data-traffic-connection-log = IP-Verbindungsverlauf: An- und Abmeldungen mit IP-Adressen, Quellports, Datum und Uhrzeit
art31-traffic-data-traffic-headers = Angaben aus dem Kopf (Header) von E-Mails, ohne Inhalt
art31-traffic-data-traffic-other = Sonstiges
art31-traffic-data-traffic-other-detail = Sonstige gesuchte Verkehrsdaten
art31-traffic-data-subscriber = Gesuchte Bestandsdaten
    .hint = { $basis ->
            [budapest] Kreuzen Sie nur an, was zusätzlich zu den Verkehrsdaten benötigt wird. Die ersten sechs Kästchen folgen der Begriffsbestimmung der Bestandsdaten in Artikel 18 Absatz 3 des Übereinkommens.
           *[other] Kreuzen Sie nur an, was zusätzlich zu den Verkehrsdaten benötigt wird.
        }
art31-traffic-data-subscriber-service = Art des genutzten Kommunikationsdienstes, die dafür getroffenen technischen Maßnahmen und die Dauer des Dienstes
art31-traffic-data-subscriber-identity = Identität des Teilnehmers
art31-traffic-data-subscriber-address = Postanschrift oder geografische Anschrift
art31-traffic-data-subscriber-access-number = Telefonnummer und sonstige Zugangsnummern
art31-traffic-data-subscriber-billing = Angaben über Gebührenabrechnung und Zahlung
art31-traffic-data-subscriber-installation = Ort, an dem sich die Kommunikationsanlage befindet
art31-traffic-data-subscriber-email = Mit dem Konto verknüpfte E-Mail-Adressen
art31-traffic-data-subscriber-registration-ip = IP-Adresse sowie Datum und Uhrzeit der Registrierung
art31-traffic-data-subscriber-other = Sonstiges
art31-traffic-data-subscriber-other-detail = Sonstige gesuchte Bestandsdaten
art31-traffic-preservation = Sicherung der Daten
art31-traffic-preservation-sought = Wurde bereits um Sicherung der Daten ersucht?
    .hint = { $basis ->
            [budapest] Ob die Daten nach Artikel 29 des Übereinkommens über das 24/7-Netzwerk oder unmittelbar beim Diensteanbieter gesichert wurden. Anhand des Aktenzeichens können die ersuchte Behörde und der Anbieter die gesicherten Daten auffinden. Ist dieses Ersuchen ein Folgeersuchen zu dem in Abschnitt 10 beschriebenen Ersuchen um Sicherung, geben Sie dasselbe Datum und dasselbe Aktenzeichen an.
           *[other] Ob die Daten über das 24/7-Netzwerk, eine andere Behörde des ersuchten Staates oder unmittelbar beim Diensteanbieter gesichert wurden. Anhand des Aktenzeichens können die ersuchte Behörde und der Anbieter die gesicherten Daten auffinden. Ist dieses Ersuchen ein Folgeersuchen zu dem in Abschnitt 10 beschriebenen Ersuchen um Sicherung, geben Sie dasselbe Datum und dasselbe Aktenzeichen an.
        }
art31-traffic-preservation-sought-yes = Ja
art31-traffic-preservation-sought-no = Nein
art31-traffic-preservation-date = Datum des Ersuchens um Sicherung
art31-traffic-preservation-reference = Aktenzeichen des Ersuchens um Sicherung
    .hint = Das von der ersuchten Behörde oder vom Diensteanbieter vergebene Aktenzeichen; wurde keines vergeben, Ihr eigenes Aktenzeichen.
art31-traffic-relevance = Zusammenhang der Daten mit den Ermittlungen
    .hint = Erläutern Sie, wie jede Kennung und jede Art der gesuchten Daten mit der Straftat und dem Verdächtigen zusammenhängt und weshalb angenommen wird, dass der Diensteanbieter die Daten innehat.
art31-traffic-service-provider = Diensteanbieter, der die Daten innehat
art31-traffic-service-provider-name = Name des Diensteanbieters
    .hint = Die rechtliche Bezeichnung des Anbieters, wie in seinen Nutzungsbedingungen oder seinen Leitlinien für Strafverfolgungsbehörden angegeben.
art31-traffic-service-provider-address = Anschrift oder Standort
art31-traffic-urgency = Dringlichkeit
art31-traffic-urgency-urgent = Dringliche Erledigung erbeten
art31-traffic-urgency-reasons = Gründe für die Dringlichkeit
    .hint = { $basis ->
            [budapest] Z. B. der Verdächtige befindet sich in Haft, eine Verfahrensfrist läuft, oder es bestehen Gründe zu der Annahme, dass die Daten besonders anfällig für Verlust oder Veränderung sind (Artikel 31 Absatz 3).
           *[other] Z. B. der Verdächtige befindet sich in Haft, eine Verfahrensfrist läuft, oder es bestehen Gründe zu der Annahme, dass die Daten besonders anfällig für Verlust oder Veränderung sind.
        }
art31-traffic-urgency-deadline = Daten benötigt bis
art31-traffic-confidentiality = Vertraulichkeit
art31-traffic-confidentiality-confidential = Bitte behandeln Sie Tatsache und Gegenstand dieses Ersuchens vertraulich, außer soweit dies zu seiner Erledigung erforderlich ist
art31-traffic-confidentiality-no-notification = Den Diensteanbieter ersuchen, weder den Teilnehmer noch Dritte zu benachrichtigen
    .hint = Fragen Sie die ersuchte Behörde, ob die Praxis oder das System des Anbieters den Nutzer warnen kann.
art31-traffic-confidentiality-reasons = Gründe für die Vertraulichkeit
    .hint = Z. B. die Gefahr, dass der Verdächtige Beweismittel vernichtet, flieht oder Mittäter warnt.
art31-traffic-form = Form der Daten und Beglaubigung
art31-traffic-form-electronic = Elektronische Kopie in lesbarem Format
art31-traffic-form-certified = Beglaubigte Abschrift
art31-traffic-form-certificate = Bescheinigung des Diensteanbieters über die Echtheit der Geschäftsunterlagen
art31-traffic-form-other = Sonstiges
art31-traffic-form-other-detail = Sonstige Anforderung
