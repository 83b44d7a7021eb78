# Vorlage art31-content: Rechtshilfeersuchen um gespeicherte Inhaltsdaten, bei Bedarf mit Verkehrsdaten und Bestandsdaten (Budapester Übereinkommen, Artikel 31).
# Die Abschnitte 1 bis 11 folgen Nummerierung und Wortlaut von T-CY(2018)10, wie in art31-subscriber; die weiteren Abschnitte folgen Artikel 1 Buchstabe d, Artikel 18 Absatz 3, Artikel 25 Absatz 5, Artikel 28 und Artikel 31 des Übereinkommens.

art31-content-legal-basis = { $basis ->
        [budapest] Artikel 31 des Übereinkommens über Computerkriminalität (SEV Nr. 185)
       *[other] { basis-legal-basis }
    }
art31-content-date = Datum
art31-content-reference = Aktenzeichen / Verfahrensnummer
art31-content-status = Status des Ersuchens
    .hint = Kreuzen Sie alle zutreffenden Kästchen an. Bei einem Folgeersuchen werden die Abschnitte 9 und 10 für die Angaben zum früheren Ersuchen geöffnet.
art31-content-status-new = Neues Ersuchen
art31-content-status-follow-up-mla = Folgeersuchen zu einem früheren Rechtshilfeersuchen (Angaben in Abschnitt 9)
art31-content-status-follow-up-preservation = Folgeersuchen zu einem früheren Ersuchen um Sicherung (Angaben in Abschnitt 10)
art31-content-requested-authority = Ersuchte Behörde
art31-content-requested-authority-country = Ersuchter Staat
art31-content-requested-authority-authority = Behörde
    .hint = { $basis ->
            [budapest] Die zentrale Behörde für Rechtshilfe des ersuchten Staates (Artikel 27 Absatz 2) oder die von ihr für die Entgegennahme solcher Ersuchen bestimmte Behörde.
           *[other] Die zentrale Behörde für Rechtshilfe des ersuchten Staates oder die von ihr für die Entgegennahme solcher Ersuchen bestimmte Behörde.
        }
art31-content-requesting-authority = Ersuchende Behörde
art31-content-requesting-authority-organisation = Dienststelle
art31-content-requesting-authority-person = Für das Ersuchen verantwortliche Person
art31-content-requesting-authority-address = Anschrift
art31-content-requesting-authority-phone = Telefonnummer
art31-content-requesting-authority-mobile = Mobiltelefonnummer
art31-content-requesting-authority-email = E-Mail-Adresse
art31-content-requesting-authority-fax = Faxnummer
art31-content-requesting-authority-office-hours = Dienstzeiten
art31-content-requesting-authority-time-zone = Zeitzone
    .hint = Die Zeitzone Ihrer Dienststelle als Abweichung von UTC. Jede andere Zeitangabe in diesem Ersuchen trägt ihre eigene Zeitzone.
art31-content-requesting-authority-response = Übermittlungsweg der Antwort
art31-content-requesting-authority-response-expedited = Antwort per E-Mail oder auf einem anderen schnellen Weg bevorzugt
art31-content-requesting-authority-response-other = Antwort auf einem anderen Weg bevorzugt
art31-content-requesting-authority-response-other-detail = Antwort bevorzugt auf folgendem Weg
art31-content-additional-contact = Falls eine zusätzliche Bestätigung durch die ersuchende Behörde erforderlich ist, wenden Sie sich bitte an
art31-content-additional-contact-contacts = Kontaktperson
art31-content-additional-contact-contacts-name = Vor- und Nachname
art31-content-additional-contact-contacts-job-title = Dienstbezeichnung
art31-content-additional-contact-contacts-function = Funktion
art31-content-additional-contact-contacts-phone = Telefonnummer
art31-content-additional-contact-contacts-mobile = Mobiltelefonnummer
art31-content-additional-contact-contacts-email = E-Mail-Adresse
art31-content-investigating-authority = Für den Fall zuständige Ermittlungs- oder operative Behörde (falls nicht die ersuchende Behörde)
art31-content-investigating-authority-organisation = Dienststelle
art31-content-investigating-authority-person = Für den Fall verantwortliche Person
art31-content-investigating-authority-address = Anschrift
art31-content-investigating-authority-phone = Telefonnummer
art31-content-investigating-authority-mobile = Mobiltelefonnummer
art31-content-investigating-authority-email = E-Mail-Adresse
art31-content-investigating-authority-fax = Faxnummer
art31-content-prosecution-court = Zuständige Staatsanwaltschaft oder zuständiges Gericht, falls zutreffend
art31-content-prosecution-court-prosecution = Zuständige Staatsanwaltschaft und Aktenzeichen
art31-content-prosecution-court-court = Zuständiges Gericht und Aktenzeichen
art31-content-prosecution-court-decisions = Entscheidungen der Staatsanwaltschaft oder des Gerichts im Zusammenhang mit diesem Ersuchen
    .hint = Für jede Entscheidung: die Behörde, ihr Datum und ihre Nummer sowie was sie anordnet oder genehmigt. Fügen Sie eine Abschrift bei, wenn der ersuchte Staat dies verlangt.
art31-content-previous-mla = Angaben zum früheren Rechtshilfeersuchen, falls zutreffend
art31-content-previous-mla-date = Datum
art31-content-previous-mla-reference = Vorgangs- / Aktenzeichen
art31-content-previous-mla-requesting = Kontaktdaten der Behörde, die das frühere Ersuchen gestellt hat
art31-content-previous-mla-executing = Kontaktdaten der Behörde, die das frühere Ersuchen beantwortet (oder erledigt) hat
art31-content-previous-mla-channel = Für die Übermittlung des früheren Ersuchens genutzter Kommunikationsweg (E-Mail-Adresse, Faxnummer usw.)
art31-content-previous-preservation = Angaben zum früheren Ersuchen um Sicherung, falls zutreffend
art31-content-previous-preservation-date = Datum
art31-content-previous-preservation-reference = Vorgangs- / Aktenzeichen
art31-content-previous-preservation-requesting = Kontaktdaten der Behörde, die um Sicherung ersucht hat
art31-content-previous-preservation-executing = Kontaktdaten der Behörde, die das Ersuchen um Sicherung beantwortet (oder erledigt) hat
art31-content-previous-preservation-channel = Kommunikationsweg
art31-content-previous-preservation-channel-network-247 = Kontaktstelle des 24/7-Netzwerks
art31-content-previous-preservation-channel-provider = Unmittelbar an den Diensteanbieter
art31-content-previous-preservation-channel-police = Weg der polizeilichen Zusammenarbeit
art31-content-previous-preservation-channel-mla = Zentrale Behörde für Rechtshilfe
art31-content-previous-preservation-channel-other = Sonstiges
art31-content-previous-preservation-channel-other-detail = Genutzter Weg
art31-content-previous-preservation-expiry = Daten gesichert bis
    .hint = Das Datum, an dem die Sicherung endet, wie vom ersuchten Staat oder vom Diensteanbieter bestätigt, soweit bekannt.
art31-content-legal-grounds = Rechtsgrundlage des Ersuchens
art31-content-legal-grounds-domestic = Innerstaatliche Rechtsgrundlage des Ersuchens, falls zutreffend
    .hint = Die Bestimmungen Ihres Rechts, auf deren Grundlage dieses Ersuchen gestellt wird, z. B. die Artikel bzw. Paragrafen der Strafprozessordnung über Rechtshilfeersuchen.
art31-content-legal-grounds-instruments = Sonstige anwendbare Verträge oder Vereinbarungen
art31-content-legal-grounds-instruments-ets-30 = Europäisches Übereinkommen über die Rechtshilfe in Strafsachen (SEV Nr. 30) und seine Protokolle
art31-content-legal-grounds-instruments-bilateral = Bilateraler Vertrag
art31-content-legal-grounds-instruments-bilateral-detail = Titel und Datum des Vertrags
art31-content-legal-grounds-instruments-reciprocity = Gegenseitigkeit
art31-content-offences = Straftat(en)
art31-content-offences-offences = Straftat
art31-content-offences-offences-name = Straftat
art31-content-offences-offences-provision = Gesetzliche Bestimmung
art31-content-offences-offences-penalty = Höchststrafe
art31-content-offences-damage = Verursachter Schaden
    .hint = Die Höhe des Schadens mit Angabe der Währung, falls ein solcher entstanden ist.
art31-content-offences-damage-below-threshold = Der Schaden liegt unter dem Gegenwert von 5 000 USD
    .hint = Ihre eigene Prüfung, die nie in das Ersuchen gedruckt wird. Die Vereinigten Staaten lehnen Ersuchen wegen eines Schadens unter 5 000 USD in der Regel ab; vergleichen Sie den Schaden in Ihrer Währung mit diesem Betrag.
art31-content-facts = Kurze Sachverhaltsdarstellung
    .hint = Wer hat was, wann und wo getan, und wie wurde die Straftat mithilfe des betreffenden Dienstes begangen. Geben Sie jede Zeitangabe mit Zeitzone an.
art31-content-identifiers = Kennungen und Zeitraum der gesuchten Daten
art31-content-identifiers-identifiers = Kennungen der gesuchten Daten
    .hint = Jedes Konto, jede Adresse oder Nummer, deren Daten gesucht werden. Geben Sie bei einer IP-Adresse den Quellport sowie das genaue Datum und die genaue Uhrzeit mit Zeitzone an: Bei gemeinsam genutzten Adressen kann der Anbieter den Teilnehmer ohne diese Angaben nicht ermitteln.
art31-content-identifiers-period = Genauer Zeitraum, für den die Daten gesucht werden
    .hint = Beginn und Ende mit ihrer Zeitzone. Ersuchen Sie nur um den Zeitraum, den die Ermittlungen erfordern: Ersuchen für lange Zeiträume (mehr als 90 Tage) werden häufig als zu weit gefasst abgelehnt.
art31-content-data = Gesuchte Daten
art31-content-data-content = Gesuchte Inhaltsdaten
    .hint = Nennen Sie nur die Inhalte, die der Sachverhalt rechtfertigt; der ersuchte Staat benötigt dafür möglicherweise eine gerichtliche Anordnung.
art31-content-data-content-messages = Gespeicherte Nachrichten, einschließlich Chat- und Direktnachrichten
art31-content-data-content-emails = Gespeicherte E-Mails mit ihren Anhängen
art31-content-data-content-files = Gespeicherte Dateien und Dokumente, einschließlich Cloud-Speicher
art31-content-data-content-media = Fotos und Videos
art31-content-data-content-posts = Beiträge, Kommentare und sonstige veröffentlichte Inhalte
art31-content-data-content-location = Gespeicherte Standortangaben
art31-content-data-content-contacts = Kontaktlisten und Adressbücher
art31-content-data-content-other = Sonstiges
art31-content-data-content-other-detail = Sonstige gesuchte Inhaltsdaten
art31-content-data-traffic = Gesuchte Verkehrsdaten
    .hint = { $basis ->
            [budapest] Kreuzen Sie nur an, was zusätzlich zu den Inhalten benötigt wird. Die ersten acht Kästchen folgen der Begriffsbestimmung der Verkehrsdaten in Artikel 1 Buchstabe d des Übereinkommens: Daten, die von einem Computersystem erzeugt wurden, das Teil der Kommunikationskette war.
           *[other] Kreuzen Sie nur an, was zusätzlich zu den Inhalten benötigt wird. Verkehrsdaten sind Daten, die von einem Computersystem erzeugt wurden, das Teil der Kommunikationskette war.
        }
art31-content-data-traffic-origin = Ursprung der Kommunikation
art31-content-data-traffic-destination = Ziel der Kommunikation
art31-content-data-traffic-route = Leitweg
art31-content-data-traffic-time = Uhrzeit
art31-content-data-traffic-date = Datum
art31-content-data-traffic-size = Umfang
art31-content-data-traffic-duration = Dauer
art31-content-data-traffic-service = Art des zugrunde liegenden Dienstes
art31-content-data-traffic-connection-log = IP-Verbindungsverlauf: An- und Abmeldungen mit IP-Adressen, Quellports, Datum und Uhrzeit
art31-content-data-traffic-headers = Angaben aus dem Kopf (Header) von E-Mails, ohne Inhalt
art31-content-data-traffic-other = Sonstiges
art31-content-data-traffic-other-detail = Sonstige gesuchte Verkehrsdaten
art31-content-data-subscriber = Gesuchte Bestandsdaten
    .hint = { $basis ->
            [budapest] Kreuzen Sie nur an, was zusätzlich zu den Inhalten benötigt wird. Die ersten sechs Kästchen folgen der Begriffsbestimmung der Bestandsdaten in Artikel 18 Absatz 3 des Übereinkommens.
           *[other] Kreuzen Sie nur an, was zusätzlich zu den Inhalten benötigt wird.
        }
art31-content-data-subscriber-service = Art des genutzten Kommunikationsdienstes, die dafür getroffenen technischen Maßnahmen und die Dauer des Dienstes
art31-content-data-subscriber-identity = Identität des Teilnehmers
art31-content-data-subscriber-address = Postanschrift oder geografische Anschrift
art31-content-data-subscriber-access-number = Telefonnummer und sonstige Zugangsnummern
art31-content-data-subscriber-billing = Angaben über Gebührenabrechnung und Zahlung
art31-content-data-subscriber-installation = Ort, an dem sich die Kommunikationsanlage befindet
art31-content-data-subscriber-email = Mit dem Konto verknüpfte E-Mail-Adressen
art31-content-data-subscriber-registration-ip = IP-Adresse sowie Datum und Uhrzeit der Registrierung
art31-content-data-subscriber-other = Sonstiges
art31-content-data-subscriber-other-detail = Sonstige gesuchte Bestandsdaten
art31-content-measures = Erbetene Maßnahmen
    .hint = { $basis ->
            [budapest] Artikel 31 Absatz 1: Die ersuchte Vertragspartei kann in ihrem Hoheitsgebiet gespeicherte Daten, einschließlich der nach Artikel 29 gesicherten Daten, durchsuchen oder in ähnlicher Weise darauf zugreifen, sie beschlagnahmen oder in ähnlicher Weise sicherstellen und sie weitergeben.
           *[other] Worum der ersuchte Staat in Bezug auf die in seinem Hoheitsgebiet gespeicherten Daten, einschließlich bereits gesicherter Daten, ersucht wird: sie zu durchsuchen oder in ähnlicher Weise darauf zuzugreifen, sie zu beschlagnahmen oder in ähnlicher Weise sicherzustellen und sie weiterzugeben.
        }
art31-content-measures-search = Durchsuchung oder ähnlicher Zugriff
art31-content-measures-seizure = Beschlagnahme oder ähnliche Sicherstellung
art31-content-measures-disclosure = Weitergabe
art31-content-preservation = Sicherung der Daten
art31-content-preservation-sought = Wurde bereits um Sicherung der Daten ersucht?
    .hint = { $basis ->
            [budapest] Ob die Daten nach Artikel 29 des Übereinkommens über das 24/7-Netzwerk oder unmittelbar beim Diensteanbieter gesichert wurden. Anhand des Aktenzeichens können die ersuchte Behörde und der Anbieter die gesicherten Daten auffinden. Ist dieses Ersuchen ein Folgeersuchen zu dem in Abschnitt 10 beschriebenen Ersuchen um Sicherung, geben Sie dasselbe Datum und dasselbe Aktenzeichen an.
           *[other] Ob die Daten über das 24/7-Netzwerk, eine andere Behörde des ersuchten Staates oder unmittelbar beim Diensteanbieter gesichert wurden. Anhand des Aktenzeichens können die ersuchte Behörde und der Anbieter die gesicherten Daten auffinden. Ist dieses Ersuchen ein Folgeersuchen zu dem in Abschnitt 10 beschriebenen Ersuchen um Sicherung, geben Sie dasselbe Datum und dasselbe Aktenzeichen an.
        }
art31-content-preservation-sought-yes = Ja
art31-content-preservation-sought-no = Nein
art31-content-preservation-date = Datum des Ersuchens um Sicherung
art31-content-preservation-reference = Aktenzeichen des Ersuchens um Sicherung
    .hint = Das von der ersuchten Behörde oder vom Diensteanbieter vergebene Aktenzeichen; wurde keines vergeben, Ihr eigenes Aktenzeichen.
art31-content-relevance = Zusammenhang der Daten mit den Ermittlungen
    .hint = Erläutern Sie, wie jede Kennung und jede Art der gesuchten Daten mit der Straftat und dem Verdächtigen zusammenhängt und weshalb angenommen wird, dass der Diensteanbieter die Daten innehat.
art31-content-grounds = Tatsächliche Grundlage für die Durchsuchung oder Herausgabe der Inhaltsdaten
    .hint = Die konkreten Tatsachen, die die Schwelle des ersuchten Staates für Zwangsmaßnahmen erreichen, z. B. „probable cause“ (hinreichender Verdacht) in den Vereinigten Staaten: Tatsachen, aus denen hervorgeht, dass das Konto im Zusammenhang mit der Straftat genutzt wurde und dass Beweise dafür voraussichtlich in den gesuchten Inhalten zu finden sind, sowie wann sich diese Tatsachen ereignet haben. Schlussfolgerungen oder bloße Vermutungen genügen nicht.
art31-content-dual-criminality = Beiderseitige Strafbarkeit
    .hint = { $basis ->
            [budapest] Erläutern Sie, inwiefern das in Abschnitt 13 beschriebene Verhalten auch nach dem Recht des ersuchten Staates eine Straftat darstellt, und nennen Sie, soweit bekannt, die entsprechende Bestimmung. Nach Artikel 25 Absatz 5 des Übereinkommens gilt die Voraussetzung der beiderseitigen Strafbarkeit als erfüllt, wenn die der Straftat zugrunde liegende Handlung dort eine Straftat darstellt, gleichviel, welcher Kategorie von Straftaten sie zugeordnet oder wie sie bezeichnet wird.
           *[other] Erläutern Sie, inwiefern das in Abschnitt 13 beschriebene Verhalten auch nach dem Recht des ersuchten Staates eine Straftat darstellt, und nennen Sie, soweit bekannt, die entsprechende Bestimmung.
        }
art31-content-use = Beschränkungen der Verwendung der Daten
art31-content-use-undertakings = Zusicherungen der ersuchenden Behörde
    .hint = { $basis ->
            [budapest] Artikel 28 findet Anwendung, wenn zwischen den Vertragsparteien kein Rechtshilfevertrag und keine Vereinbarung auf der Grundlage einheitlicher oder auf Gegenseitigkeit beruhender Rechtsvorschriften in Kraft ist; andernfalls gelten die Bestimmungen dieses Vertrags oder dieser Vereinbarung über Vertraulichkeit und Verwendung.
           *[other] Die Bedingungen der Vertraulichkeit und der Verwendungsbeschränkung sind die der gewählten Übereinkunft oder, wenn kein Vertrag besteht, die vom ersuchten Staat gestellten.
        }
art31-content-use-undertakings-article-28 = { $basis ->
        [budapest] Die ersuchende Behörde wird die Bedingungen der Vertraulichkeit und der Verwendungsbeschränkung einhalten, welche die ersuchte Vertragspartei nach Artikel 28 Absatz 2 des Übereinkommens stellt
       *[other] Die ersuchende Behörde wird die Bedingungen der Vertraulichkeit und der Verwendungsbeschränkung einhalten, die der ersuchte Staat stellt
    }
art31-content-use-undertakings-speciality = Die Daten werden nur für die in diesem Ersuchen genannten Ermittlungen und Verfahren verwendet, es sei denn, die ersuchte Vertragspartei stimmt einer anderen Verwendung zu (Grundsatz der Spezialität)
art31-content-use-explanation = Erläuterung der beabsichtigten Verwendung der Daten
    .hint = Z. B. ob die Daten der Verteidigung offengelegt oder in damit zusammenhängenden Verfahren verwendet werden müssen, damit die ersuchte Vertragspartei ihre Bedingungen entsprechend festlegen kann.
art31-content-service-provider = Diensteanbieter, der die Daten innehat
art31-content-service-provider-name = Name des Diensteanbieters
    .hint = Die rechtliche Bezeichnung des Anbieters, wie in seinen Nutzungsbedingungen oder seinen Leitlinien für Strafverfolgungsbehörden angegeben.
art31-content-service-provider-address = Anschrift oder Standort
art31-content-urgency = Dringlichkeit
art31-content-urgency-urgent = Dringliche Erledigung erbeten
art31-content-urgency-reasons = Gründe für die Dringlichkeit
    .hint = { $basis ->
            [budapest] Z. B. der Verdächtige befindet sich in Haft, eine Verfahrensfrist läuft, oder es bestehen Gründe zu der Annahme, dass die Daten besonders anfällig für Verlust oder Veränderung sind (Artikel 31 Absatz 3).
           *[other] Z. B. der Verdächtige befindet sich in Haft, eine Verfahrensfrist läuft, oder es bestehen Gründe zu der Annahme, dass die Daten besonders anfällig für Verlust oder Veränderung sind.
        }
art31-content-urgency-deadline = Daten benötigt bis
art31-content-confidentiality = Vertraulichkeit
art31-content-confidentiality-confidential = Bitte behandeln Sie Tatsache und Gegenstand dieses Ersuchens vertraulich, außer soweit dies zu seiner Erledigung erforderlich ist
art31-content-confidentiality-no-notification = Den Diensteanbieter ersuchen, weder den Teilnehmer noch Dritte zu benachrichtigen
    .hint = Fragen Sie die ersuchte Behörde, ob die Praxis oder das System des Anbieters den Nutzer warnen kann.
art31-content-confidentiality-reasons = Gründe für die Vertraulichkeit
    .hint = Z. B. die Gefahr, dass der Verdächtige Beweismittel vernichtet, flieht oder Mittäter warnt.
art31-content-form = Form der Daten, Beglaubigung und Beweismittelkette
    .hint = Damit Inhalte als Beweismittel zugelassen werden, muss ihre Echtheit in der Regel nachgewiesen werden: Kreuzen Sie an, was Ihre Gerichte benötigen, z. B. eine forensische Kopie mit Hashwerten und eine Dokumentation aller Personen, die mit den Daten umgegangen sind, oder die Bescheinigung des Diensteanbieters über die Echtheit seiner Geschäftsunterlagen.
art31-content-form-electronic = Elektronische Kopie in lesbarem Format
art31-content-form-certified = Beglaubigte Abschrift
art31-content-form-certificate = Bescheinigung des Diensteanbieters über die Echtheit der Geschäftsunterlagen
art31-content-form-forensic = Forensische Kopie mit Hashwerten
art31-content-form-custody = Dokumentation der Beweismittelkette
art31-content-form-other = Sonstiges
art31-content-form-other-detail = Sonstige Anforderung
