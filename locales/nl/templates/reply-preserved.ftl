# Template reply-preserved: confirmation that a preservation request was executed.

reply-preserved-legal-basis = Bevestiging van de bewaring waarom is verzocht in het in afdeling 3 vermelde verzoek

## 1 to 4: common to every answer

reply-preserved-date = Datum
reply-preserved-reference = Ons kenmerk
    .hint = Het kenmerk waaronder uw autoriteit het verzoek behandelt, zodat de verzoekende autoriteit het kan vermelden wanneer zij navraag doet.
reply-preserved-request = Beantwoord verzoek
reply-preserved-request-reference = Kenmerk van het verzoek
reply-preserved-request-date = Datum van het verzoek
reply-preserved-request-authority = Verzoekende autoriteit
reply-preserved-request-fingerprint = Vingerafdruk van het verzoek
    .hint = De vingerafdruk die onderaan elke pagina van het verzoek is afgedrukt. Overgenomen uit het ontvangen verzoek: hij laat de verzoekende autoriteit precies zien op welke versie van haar verzoek dit antwoord betrekking heeft.
reply-preserved-responding-authority = Antwoordende autoriteit
reply-preserved-responding-authority-organisation = Autoriteit
reply-preserved-responding-authority-person = Behandelend ambtenaar
reply-preserved-responding-authority-position = Functie of rang
reply-preserved-responding-authority-telephone = Telefoonnummer
reply-preserved-responding-authority-email = E-mailadres

## 5 Preservation

reply-preserved-preservation = Bewaring
reply-preserved-preservation-preserved-on = Datum waarop de gegevens zijn bewaard
reply-preserved-preservation-ends-on = Gegevens bewaard tot en met
    .hint = De laatste dag waarop de gegevens worden vastgehouden, tenzij de bewaring wordt verlengd of vóór die datum een verzoek om verstrekking ervan wordt ontvangen.
reply-preserved-preservation-scope = Bewaarde gegevens
reply-preserved-preservation-scope-all = Alle gevraagde gegevens
reply-preserved-preservation-scope-part = Een deel van de gevraagde gegevens
reply-preserved-preservation-scope-part-detail = Bewaarde gegevens, en niet bewaarde gegevens met de reden
reply-preserved-preservation-holder = Gegevens in het bezit van
reply-preserved-remarks = Opmerkingen
