# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Mitteilung, dass das in Abschnitt 3 bezeichnete Ersuchen nicht erledigt werden kann

## 1 to 4: common to every answer

reply-refusal-date = Datum
reply-refusal-reference = Unser Aktenzeichen
    .hint = Das Aktenzeichen, unter dem Ihre Behörde das Ersuchen bearbeitet, damit die ersuchende Behörde es bei Rückfragen angeben kann.
reply-refusal-request = Beantwortetes Ersuchen
reply-refusal-request-reference = Aktenzeichen des Ersuchens
reply-refusal-request-date = Datum des Ersuchens
reply-refusal-request-authority = Ersuchende Behörde
reply-refusal-request-fingerprint = Prüfsumme des Ersuchens
    .hint = Die Prüfsumme, die am Fuß jeder Seite des Ersuchens gedruckt ist. Aus dem eingegangenen Ersuchen übernommen: Sie zeigt der ersuchenden Behörde genau, auf welche Fassung ihres Ersuchens sich diese Antwort bezieht.
reply-refusal-responding-authority = Antwortende Behörde
reply-refusal-responding-authority-organisation = Behörde
reply-refusal-responding-authority-person = Sachbearbeitende Amtsperson
reply-refusal-responding-authority-position = Funktion oder Dienstgrad
reply-refusal-responding-authority-telephone = Telefonnummer
reply-refusal-responding-authority-email = E-Mail-Adresse

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Gründe
reply-refusal-reasons-reasons = Das Ersuchen kann nicht erledigt werden, weil
reply-refusal-reasons-reasons-incomplete = das Ersuchen unvollständig ist
reply-refusal-reasons-reasons-wrong-addressee = es an die falsche Behörde oder juristische Person gerichtet wurde
reply-refusal-reasons-reasons-identification = die Angaben nicht ausreichen, um den Nutzer oder die Daten zu identifizieren
reply-refusal-reasons-reasons-not-held = die Daten nicht vorliegen
reply-refusal-reasons-reasons-retention-expired = die Daten nicht mehr gespeichert sind
reply-refusal-reasons-reasons-legal-obstacle = ein rechtliches Hindernis der Erledigung entgegensteht
reply-refusal-reasons-reasons-dual-criminality = die Voraussetzung der beiderseitigen Strafbarkeit nicht erfüllt ist
reply-refusal-reasons-reasons-other = ein sonstiger Grund vorliegt
reply-refusal-reasons-reasons-other-detail = Sonstiger Grund
reply-refusal-reasons-explanation = Erläuterung
    .hint = Freiwillig. Die Tatsachen, auf denen die angekreuzten Gründe beruhen, so dargestellt, dass die ersuchende Behörde darauf reagieren kann.
reply-refusal-next = Was die Erledigung des Ersuchens ermöglichen würde
    .hint = Freiwillig. Zum Beispiel: die fehlenden Angaben, die zuständige Behörde oder juristische Person oder das einzuhaltende rechtliche Verfahren.
