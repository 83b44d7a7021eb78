# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Mitteilung über die auf das in Abschnitt 3 bezeichnete Ersuchen hin getroffenen Maßnahmen

## 1 to 4: common to every answer

reply-action-date = Datum
reply-action-reference = Unser Aktenzeichen
    .hint = Das Aktenzeichen, unter dem Ihre Behörde das Ersuchen bearbeitet, damit die ersuchende Behörde es bei Rückfragen angeben kann.
reply-action-request = Beantwortetes Ersuchen
reply-action-request-reference = Aktenzeichen des Ersuchens
reply-action-request-date = Datum des Ersuchens
reply-action-request-authority = Ersuchende Behörde
reply-action-request-fingerprint = Prüfsumme des Ersuchens
    .hint = Die Prüfsumme, die am Fuß jeder Seite des Ersuchens gedruckt ist. Aus dem eingegangenen Ersuchen übernommen: Sie zeigt der ersuchenden Behörde genau, auf welche Fassung ihres Ersuchens sich diese Antwort bezieht.
reply-action-responding-authority = Antwortende Behörde
reply-action-responding-authority-organisation = Behörde
reply-action-responding-authority-person = Sachbearbeitende Amtsperson
reply-action-responding-authority-position = Funktion oder Dienstgrad
reply-action-responding-authority-telephone = Telefonnummer
reply-action-responding-authority-email = E-Mail-Adresse

## 5 Action taken

reply-action-action = Getroffene Maßnahmen
reply-action-action-taken = Auf das Ersuchen hin getroffene Maßnahmen
    .hint = Was bisher veranlasst wurde, zum Beispiel: Die Daten wurden beim Diensteanbieter erhoben und werden mit dieser Mitteilung übermittelt, oder das Ersuchen wurde einem Gericht zum Erlass einer Anordnung vorgelegt.
reply-action-action-date = Datum der Maßnahme
reply-action-action-next = Weitere vorgesehene Maßnahmen
