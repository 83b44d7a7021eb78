# Template reply-receipt: confirmation of receipt of a request received (T-CY Rec 9).

reply-receipt-legal-basis = Ontvangstbevestiging van het in afdeling 3 vermelde verzoek

## 1 to 4: common to every answer

reply-receipt-date = Datum
reply-receipt-reference = Ons kenmerk
    .hint = Het kenmerk waaronder uw autoriteit het verzoek behandelt, zodat de verzoekende autoriteit het kan vermelden wanneer zij navraag doet.
reply-receipt-request = Beantwoord verzoek
reply-receipt-request-reference = Kenmerk van het verzoek
reply-receipt-request-date = Datum van het verzoek
reply-receipt-request-authority = Verzoekende autoriteit
reply-receipt-request-fingerprint = Vingerafdruk van het verzoek
    .hint = De vingerafdruk die onderaan elke pagina van het verzoek is afgedrukt. Overgenomen uit het ontvangen verzoek: hij laat de verzoekende autoriteit precies zien op welke versie van haar verzoek dit antwoord betrekking heeft.
reply-receipt-responding-authority = Antwoordende autoriteit
reply-receipt-responding-authority-organisation = Autoriteit
reply-receipt-responding-authority-person = Behandelend ambtenaar
reply-receipt-responding-authority-position = Functie of rang
reply-receipt-responding-authority-telephone = Telefoonnummer
reply-receipt-responding-authority-email = E-mailadres

## 5 to 7

reply-receipt-received-date = Datum van ontvangst van het verzoek
reply-receipt-forwarded = Ter uitvoering doorgezonden aan
    .hint = De autoriteit waaraan het verzoek ter uitvoering is doorgezonden, als dat is gebeurd; laat leeg als uw autoriteit het zelf uitvoert.
reply-receipt-remarks = Opmerkingen
