# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Bestätigung des Eingangs des in Abschnitt 3 bezeichneten Ersuchens

## 1 to 4: common to every answer

reply-receipt-date = Datum
reply-receipt-reference = Unser Aktenzeichen
    .hint = Das Aktenzeichen, unter dem Ihre Behörde das Ersuchen bearbeitet, damit die ersuchende Behörde es bei Rückfragen angeben kann.
reply-receipt-request = Beantwortetes Ersuchen
reply-receipt-request-reference = Aktenzeichen des Ersuchens
reply-receipt-request-date = Datum des Ersuchens
reply-receipt-request-authority = Ersuchende Behörde
reply-receipt-request-fingerprint = Prüfsumme des Ersuchens
    .hint = Die Prüfsumme, die am Fuß jeder Seite des Ersuchens gedruckt ist. Aus dem eingegangenen Ersuchen übernommen: Sie zeigt der ersuchenden Behörde genau, auf welche Fassung ihres Ersuchens sich diese Antwort bezieht.
reply-receipt-responding-authority = Antwortende Behörde
reply-receipt-responding-authority-organisation = Behörde
reply-receipt-responding-authority-person = Sachbearbeitende Amtsperson
reply-receipt-responding-authority-position = Funktion oder Dienstgrad
reply-receipt-responding-authority-telephone = Telefonnummer
reply-receipt-responding-authority-email = E-Mail-Adresse

## 5 to 7

reply-receipt-received-date = Datum des Eingangs des Ersuchens
reply-receipt-forwarded = Zur Erledigung weitergeleitet an
    .hint = Die Behörde, an die das Ersuchen zur Erledigung weitergeleitet wurde, falls dies geschehen ist; lassen Sie das Feld leer, wenn Ihre Behörde es selbst erledigt.
reply-receipt-remarks = Bemerkungen
