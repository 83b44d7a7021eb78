# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Bestätigung der mit dem in Abschnitt 3 bezeichneten Ersuchen erbetenen Sicherung

## 1 to 4: common to every answer

reply-preserved-date = Datum
reply-preserved-reference = Unser Aktenzeichen
    .hint = Das Aktenzeichen, unter dem Ihre Behörde das Ersuchen bearbeitet, damit die ersuchende Behörde es bei Rückfragen angeben kann.
reply-preserved-request = Beantwortetes Ersuchen
reply-preserved-request-reference = Aktenzeichen des Ersuchens
reply-preserved-request-date = Datum des Ersuchens
reply-preserved-request-authority = Ersuchende Behörde
reply-preserved-request-fingerprint = Prüfsumme des Ersuchens
    .hint = Die Prüfsumme, die am Fuß jeder Seite des Ersuchens gedruckt ist. Aus dem eingegangenen Ersuchen übernommen: Sie zeigt der ersuchenden Behörde genau, auf welche Fassung ihres Ersuchens sich diese Antwort bezieht.
reply-preserved-responding-authority = Antwortende Behörde
reply-preserved-responding-authority-organisation = Behörde
reply-preserved-responding-authority-person = Sachbearbeitende Amtsperson
reply-preserved-responding-authority-position = Funktion oder Dienstgrad
reply-preserved-responding-authority-telephone = Telefonnummer
reply-preserved-responding-authority-email = E-Mail-Adresse

## 5 Preservation

reply-preserved-preservation = Sicherung
reply-preserved-preservation-preserved-on = Datum, an dem die Daten gesichert wurden
reply-preserved-preservation-ends-on = Daten gesichert bis
    .hint = Der letzte Tag, an dem die Daten aufbewahrt werden, sofern nicht die Sicherung verlängert wird oder bis dahin ein Ersuchen um ihre Weitergabe eingeht.
reply-preserved-preservation-scope = Gesicherte Daten
reply-preserved-preservation-scope-all = Sämtliche erbetenen Daten
reply-preserved-preservation-scope-part = Ein Teil der erbetenen Daten
reply-preserved-preservation-scope-part-detail = Gesicherte Daten sowie nicht gesicherte Daten mit Angabe des Grundes
reply-preserved-preservation-holder = Daten gespeichert bei
reply-preserved-remarks = Bemerkungen
