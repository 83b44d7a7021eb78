# Template reply-refusal: notice that a request received cannot be executed, with its reasons.

reply-refusal-legal-basis = Kennisgeving dat het in afdeling 3 vermelde verzoek niet kan worden uitgevoerd

## 1 to 4: common to every answer

reply-refusal-date = Datum
reply-refusal-reference = Ons kenmerk
    .hint = Het kenmerk waaronder uw autoriteit het verzoek behandelt, zodat de verzoekende autoriteit het kan vermelden wanneer zij navraag doet.
reply-refusal-request = Beantwoord verzoek
reply-refusal-request-reference = Kenmerk van het verzoek
reply-refusal-request-date = Datum van het verzoek
reply-refusal-request-authority = Verzoekende autoriteit
reply-refusal-request-fingerprint = Vingerafdruk van het verzoek
    .hint = De vingerafdruk die onderaan elke pagina van het verzoek is afgedrukt. Overgenomen uit het ontvangen verzoek: hij laat de verzoekende autoriteit precies zien op welke versie van haar verzoek dit antwoord betrekking heeft.
reply-refusal-responding-authority = Antwoordende autoriteit
reply-refusal-responding-authority-organisation = Autoriteit
reply-refusal-responding-authority-person = Behandelend ambtenaar
reply-refusal-responding-authority-position = Functie of rang
reply-refusal-responding-authority-telephone = Telefoonnummer
reply-refusal-responding-authority-email = E-mailadres

## 5 and 6: reasons, and what would allow execution

reply-refusal-reasons = Redenen
reply-refusal-reasons-reasons = Het verzoek kan niet worden uitgevoerd omdat
reply-refusal-reasons-reasons-incomplete = het verzoek onvolledig is
reply-refusal-reasons-reasons-wrong-addressee = het aan de verkeerde autoriteit of rechtspersoon is gericht
reply-refusal-reasons-reasons-identification = de verstrekte informatie niet volstaat om de gebruiker of de gegevens te identificeren
reply-refusal-reasons-reasons-not-held = de gegevens er niet zijn
reply-refusal-reasons-reasons-retention-expired = de gegevens niet meer worden opgeslagen
reply-refusal-reasons-reasons-legal-obstacle = een juridisch beletsel de uitvoering verhindert
reply-refusal-reasons-reasons-dual-criminality = niet is voldaan aan de voorwaarde van dubbele strafbaarheid
reply-refusal-reasons-reasons-other = een andere reden
reply-refusal-reasons-reasons-other-detail = Andere reden
reply-refusal-reasons-explanation = Toelichting
    .hint = Facultatief. De feiten achter de aangevinkte redenen, zo beschreven dat de verzoekende autoriteit er gevolg aan kan geven.
reply-refusal-next = Wat de uitvoering van het verzoek mogelijk zou maken
    .hint = Facultatief. Bijvoorbeeld: de ontbrekende informatie, de bevoegde autoriteit of rechtspersoon, of de te volgen juridische procedure.
