# Template reply-action: notice of action taken on a request received (T-CY Rec 9).

reply-action-legal-basis = Kennisgeving van de maatregelen genomen naar aanleiding van het in afdeling 3 vermelde verzoek

## 1 to 4: common to every answer

reply-action-date = Datum
reply-action-reference = Ons kenmerk
    .hint = Het kenmerk waaronder uw autoriteit het verzoek behandelt, zodat de verzoekende autoriteit het kan vermelden wanneer zij navraag doet.
reply-action-request = Beantwoord verzoek
reply-action-request-reference = Kenmerk van het verzoek
reply-action-request-date = Datum van het verzoek
reply-action-request-authority = Verzoekende autoriteit
reply-action-request-fingerprint = Vingerafdruk van het verzoek
    .hint = De vingerafdruk die onderaan elke pagina van het verzoek is afgedrukt. Overgenomen uit het ontvangen verzoek: hij laat de verzoekende autoriteit precies zien op welke versie van haar verzoek dit antwoord betrekking heeft.
reply-action-responding-authority = Antwoordende autoriteit
reply-action-responding-authority-organisation = Autoriteit
reply-action-responding-authority-person = Behandelend ambtenaar
reply-action-responding-authority-position = Functie of rang
reply-action-responding-authority-telephone = Telefoonnummer
reply-action-responding-authority-email = E-mailadres

## 5 Action taken

reply-action-action = Genomen maatregelen
reply-action-action-taken = Naar aanleiding van het verzoek genomen maatregelen
    .hint = Wat tot nu toe is gedaan, bijvoorbeeld: de gegevens zijn bij de serviceprovider verkregen en worden met deze kennisgeving toegezonden, of het verzoek is aan een rechter voorgelegd voor een bevel.
reply-action-action-date = Datum van de maatregel
reply-action-action-next = Verwachte verdere maatregelen
