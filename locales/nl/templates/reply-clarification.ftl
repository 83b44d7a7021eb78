# Template reply-clarification: request for clarification of a request received.

reply-clarification-legal-basis = Verzoek om verduidelijking van het in afdeling 3 vermelde verzoek

## 1 to 4: common to every answer

reply-clarification-date = Datum
reply-clarification-reference = Ons kenmerk
    .hint = Het kenmerk waaronder uw autoriteit het verzoek behandelt, zodat de verzoekende autoriteit het kan vermelden wanneer zij navraag doet.
reply-clarification-request = Beantwoord verzoek
reply-clarification-request-reference = Kenmerk van het verzoek
reply-clarification-request-date = Datum van het verzoek
reply-clarification-request-authority = Verzoekende autoriteit
reply-clarification-request-fingerprint = Vingerafdruk van het verzoek
    .hint = De vingerafdruk die onderaan elke pagina van het verzoek is afgedrukt. Overgenomen uit het ontvangen verzoek: hij laat de verzoekende autoriteit precies zien op welke versie van haar verzoek dit antwoord betrekking heeft.
reply-clarification-responding-authority = Antwoordende autoriteit
reply-clarification-responding-authority-organisation = Autoriteit
reply-clarification-responding-authority-person = Behandelend ambtenaar
reply-clarification-responding-authority-position = Functie of rang
reply-clarification-responding-authority-telephone = Telefoonnummer
reply-clarification-responding-authority-email = E-mailadres

## 5 Clarification requested

reply-clarification-clarification = Gevraagde verduidelijking
reply-clarification-clarification-fields = Betrokken velden van het verzoek
    .hint = Eén regel voor elk genummerd veld van het verzoek dat onduidelijk of onvolledig is: het nummer zoals afgedrukt in het verzoek, en wat er nodig is.
reply-clarification-clarification-fields-field = Veldnummer
reply-clarification-clarification-fields-question = Wat onduidelijk is of ontbreekt
reply-clarification-clarification-by = Gelieve te antwoorden uiterlijk op
    .hint = Facultatief. Bij een bewaring: de datum waarop het antwoord nodig is om de gegevens te kunnen blijven vasthouden.
