# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Bitte um Klarstellung zu dem in Abschnitt 3 bezeichneten Ersuchen

## 1 to 4: common to every answer

reply-clarification-date = Datum
reply-clarification-reference = Unser Aktenzeichen
    .hint = Das Aktenzeichen, unter dem Ihre Behörde das Ersuchen bearbeitet, damit die ersuchende Behörde es bei Rückfragen angeben kann.
reply-clarification-request = Beantwortetes Ersuchen
reply-clarification-request-reference = Aktenzeichen des Ersuchens
reply-clarification-request-date = Datum des Ersuchens
reply-clarification-request-authority = Ersuchende Behörde
reply-clarification-request-fingerprint = Prüfsumme des Ersuchens
    .hint = Die Prüfsumme, die am Fuß jeder Seite des Ersuchens gedruckt ist. Aus dem eingegangenen Ersuchen übernommen: Sie zeigt der ersuchenden Behörde genau, auf welche Fassung ihres Ersuchens sich diese Antwort bezieht.
reply-clarification-responding-authority = Antwortende Behörde
reply-clarification-responding-authority-organisation = Behörde
reply-clarification-responding-authority-person = Sachbearbeitende Amtsperson
reply-clarification-responding-authority-position = Funktion oder Dienstgrad
reply-clarification-responding-authority-telephone = Telefonnummer
reply-clarification-responding-authority-email = E-Mail-Adresse

## 5 Clarification requested

reply-clarification-clarification = Erbetene Klarstellung
reply-clarification-clarification-fields = Betroffene Felder des Ersuchens
    .hint = Eine Zeile für jedes nummerierte Feld des Ersuchens, das unklar oder unvollständig ist: seine Nummer, wie sie im Ersuchen gedruckt ist, und was benötigt wird.
reply-clarification-clarification-fields-field = Feldnummer
reply-clarification-clarification-fields-question = Was unklar ist oder fehlt
reply-clarification-clarification-by = Bitte antworten Sie bis
    .hint = Freiwillig. Bei einer Sicherung das Datum, bis zu dem die Antwort benötigt wird, damit die Daten weiter aufbewahrt werden können.
