# Bildschirme der Anwendung.

app-name = Tandem
app-tagline = Grenzüberschreitende Ersuchen um elektronische Beweismittel, zweisprachig
app-ui-language = Sprache der Benutzeroberfläche
# Shown beside a language in the language menus when its translation is machine-drafted.
app-machine-translation = maschinelle Übersetzung, noch nicht geprüft
app-language-search = Sprache suchen (Name oder Code)
app-language-none = Keine Sprache entspricht Ihrer Eingabe.
app-language-group-latin = Lateinische Schrift
app-language-group-cyrillic = Kyrillische Schrift
app-language-group-rtl = Arabische und hebräische Schrift
app-language-group-other = Andere Schriften
app-document-languages = Sprachen des Dokuments
app-document-language-a = Sprache der ersuchenden Behörde
app-document-language-b = Sprache des ersuchten Staates
# Shown when the language chosen for one side of the document was the other side's: the two
# change places. A one-language PDF is made with a single-language layout at export.
app-languages-swapped = Die Sprache der ersuchenden Behörde und die Sprache des ersuchten Staates wurden vertauscht: Die beiden Dokumentsprachen sind immer verschieden. Für ein PDF in nur einer Sprache behalten Sie hier zwei Sprachen bei und wählen beim Export ein einsprachiges Layout.
app-export-pdf = PDF exportieren
app-export-consultation = Entwurf zur Abstimmung exportieren
app-exporting = PDF wird erstellt…
# Variables:
#   $reason (String) - what went wrong, as reported by the PDF engine
app-export-failed = Das PDF konnte nicht erstellt werden: { $reason }
app-export-font-missing = die Schriftart { $font } ist noch nicht auf diesem Gerät. Sie wird gespeichert, wenn zum ersten Mal ein PDF in dieser Sprache mit Internetverbindung erstellt wird: Stellen Sie einmal eine Verbindung her und erstellen Sie das PDF erneut.
app-saved = In diesem Browser gespeichert
# Variables:
#   $reason (String) - the browser's reason
app-save-failed = Dieser Browser hat das Speichern des Entwurfs verweigert ({ $reason }). Laden Sie ihn jetzt herunter, damit nichts verloren geht.
app-download-draft = Entwurf herunterladen
app-privacy = Alles bleibt in diesem Browser: Ihre Eingaben werden nirgendwohin übermittelt.
app-request-type = Art des Ersuchens
app-template-loading = Diese Art des Ersuchens wird geladen…
app-template-failed = Diese Art des Ersuchens konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut: Es ist nichts verloren gegangen.
app-load-failed = Dieser Teil von Tandem konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut: Es ist nichts verloren gegangen.
app-choose = Bitte wählen…
app-required = Pflichtangabe
app-errors-heading = Es liegt ein Problem vor
# Variables:
#   $done (Number) - required items answered
#   $total (Number) - required items in the template
#   $translate (Number) - answers whose wording in the other document language is still missing
app-completeness = { $translate ->
    [0] { $done } von { $total } Pflichtangaben ausgefüllt
    [one] { $done } von { $total } Pflichtangaben ausgefüllt · { $translate } Antwort zu übersetzen
   *[other] { $done } von { $total } Pflichtangaben ausgefüllt · { $translate } Antworten zu übersetzen
}

# Wiederholbare Zeilen und Kennungen.
app-add-row = Zeile hinzufügen
app-remove-row = Entfernen
app-move-up = Nach oben
app-move-down = Nach unten
# Variables:
#   $number (String) - the row's number, e.g. 10.2
app-row = Zeile { $number }
app-add-identifier = Kennung hinzufügen
identifier-type = Art der Kennung
identifier-type-ip = IP-Adresse
identifier-type-email = E-Mail-Adresse
identifier-type-phone = Telefonnummer
identifier-type-account = Konto oder Benutzerkennung
identifier-type-username = Benutzername
identifier-type-url = URL
identifier-type-domain = Domainname
identifier-type-device = Gerätekennung (IMEI, MAC-Adresse, Seriennummer)
identifier-value = Kennung
identifier-port = Quellport
identifier-at = Datum und Uhrzeit der Nutzung
identifier-from = Daten ab
identifier-to = Daten bis
app-date = Datum
app-time = Uhrzeit
app-time-zone = Zeitzone
app-choose-time-zone = Zeitzone wählen…
# Variables:
#   $zone (String) - the office's UTC offset, e.g. UTC+04:00
app-time-zone-office = { $zone } — Zeitzone der ersuchenden Behörde
app-currency = Währung
app-utc-equivalent = Entsprechende Zeit in UTC
app-translation = Wortlaut in der anderen Dokumentsprache

# Prüfmeldungen, angezeigt beim Feld und in der Übersicht.
validation-required = Beantworten Sie diese Frage.
validation-choose-one = Wählen Sie eine der Optionen.
validation-exclusive = „Nichts davon“ kann nicht zusammen mit einer anderen Option angekreuzt werden.
validation-email = Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.org.
validation-phone = Geben Sie die Nummer im internationalen Format ein, beginnend mit + und der Ländervorwahl, zum Beispiel +995 32 200 00 00.
validation-url = Geben Sie eine vollständige Webadresse ein, die mit https:// oder http:// beginnt.
validation-domain = Geben Sie einen Domainnamen ein, zum Beispiel example.org.
validation-ip = Geben Sie eine IPv4-Adresse wie 192.0.2.10 oder eine IPv6-Adresse wie 2001:db8::1 ein.
validation-port = Geben Sie eine Portnummer von 1 bis 65535 ein.
validation-ip-port-missing = Geben Sie den Quellport an: Bei gemeinsam genutzten Adressen kann der Anbieter den Teilnehmer ohne ihn möglicherweise nicht ermitteln.
validation-ip-time-missing = Geben Sie das genaue Datum und die genaue Uhrzeit der Nutzung der IP-Adresse mit Zeitzone an.
validation-date = Geben Sie ein Datum im Format Jahr-Monat-Tag ein, zum Beispiel 2026-11-22.
validation-date-time = Geben Sie ein Datum und eine Uhrzeit ein.
validation-time-zone-missing = Wählen Sie die Zeitzone dieser Uhrzeit.
validation-time-zone = Wählen Sie eine Zeitzone.
validation-country = Wählen Sie einen Staat aus der Liste.
validation-amount = Geben Sie den Betrag in Ziffern ein, mit einem Punkt vor etwaigen Cent-Beträgen, zum Beispiel 4500 oder 4500.50.
validation-currency = Wählen Sie die Währung des Betrags.
validation-identifier-type = Wählen Sie die Art dieser Kennung.
validation-identifier-missing = Fügen Sie mindestens eine Kennung der gesuchten Daten hinzu.
validation-range-open = Geben Sie Beginn und Ende des Zeitraums an.
validation-range-order = Das Ende des Zeitraums liegt vor seinem Beginn.
validation-dates-order = Dieses Datum liegt vor dem Datum, auf das es folgen muss.
validation-us-damage-threshold = Die Vereinigten Staaten lehnen Ersuchen wegen eines Schadens unter 5 000 USD in der Regel ab: Prüfen Sie, ob dieses Ersuchen dort erledigt werden kann.
validation-period-long = Dieser Zeitraum ist länger, als Ersuchen dieser Art ihn üblicherweise rechtfertigen: Ersuchen Sie nur um den Zeitraum, den die Ermittlungen erfordern, oder begründen Sie ihn im Ersuchen.
validation-recommended = Empfohlen: Ersuchen ohne diese Angabe werden häufig abgelehnt oder zurückgesandt.
validation-answers-differ = Diese Antwort weicht von derselben Angabe ab, die bereits früher im Ersuchen gemacht wurde.
validation-untranslated = Geben Sie den Wortlaut dieser Antwort in der anderen Dokumentsprache an, oder kreuzen Sie „In beiden Sprachen gleich“ oder „Nicht übersetzen“ an.
validation-answers-contradict = Diese Antwort widerspricht dem Status des Ersuchens: Ein Folgeersuchen zu einem Ersuchen um Sicherung bedeutet, dass um Sicherung ersucht wurde.
app-layout = Layout des PDF
app-layout-side-by-side = Beide Dokumentsprachen nebeneinander
app-layout-target-only = Nur die Sprache des ersuchten Staates
app-layout-single = Nur die Sprache der ersuchenden Behörde
