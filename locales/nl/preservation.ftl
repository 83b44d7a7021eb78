# Preservation periods (T-CY Rec 16) in a preservation request, and the requests that follow it.
# $kind and $date are filled in by the app; the table's own wording stays in English.
preservation-heading = Bewaartermijn
preservation-needs = Vermeld het aangezochte land en de datum waarop de bewaring is uitgevoerd, om te zien wanneer zij afloopt.
preservation-end-label = Verwacht einde van de bewaring
preservation-end = { $kind ->
    [date] { $date }
    [no-time-limit] Geen termijn, volgens de tabel van de T-CY
    [not-fixed] Niet vastgelegd in de tabel van de T-CY, en de gekozen rechtsgrondslag stelt geen minimumtermijn: vraag de aangezochte autoriteit wanneer de bewaring eindigt
   *[convention-minimum] Niet vastgelegd in de tabel van de T-CY: vast staat alleen de minimumtermijn van 60 dagen van het Verdrag (artikel 29, zevende lid), tot { $date }
}
preservation-days-left = { $days ->
    [one] Nog { $days } dag
   *[other] Nog { $days } dagen
}
preservation-expired = De bewaartermijn is verstreken.
preservation-renewal-label = Verlenging of hernieuwing
preservation-renewal = { $kind ->
    [days] { $n } dagen
    [months] { $n } maanden
    [up-to-days] Tot { $n } dagen
    [up-to-months] Tot { $n } maanden
    [not-permitted] Geen verlenging toegestaan
    [reported-not-permitted] Gemeld als niet toegestaan (T-CY-rapport, afdeling 3.2)
    [conditional] Onder voorwaarden: zie de tekst van de tabel
   *[unknown] Niet vermeld in de tabel van de T-CY
}
preservation-impractical = De T-CY acht bewaartermijnen van minder dan 90 dagen zonder mogelijkheid van ten minste één hernieuwing niet werkbaar: verzend het verzoek om wederzijdse rechtshulp onverwijld.
preservation-table = Tekst van de tabel van de T-CY (Engels, T-CY(2017)2, Aanbeveling 16)
preservation-table-period = Bewaartermijn na een buitenlands verzoek
preservation-table-renewal = Voorwaarden en termijnen van verlenging of hernieuwing
preservation-table-notes = Vergelijking met afdeling 3.2 van het rapport
preservation-table-missing = De tabel van de T-CY bevat geen vermelding voor dit land.
preservation-extend = Verlenging vragen
preservation-follow-up = Het verzoek om wederzijdse rechtshulp voorbereiden
preservation-follow-up-kind = Te verkrijgen gegevens
preservation-follow-up-create = Het verzoek aanmaken
preservation-calendar = Een herinnering aan mijn agenda toevoegen (.ics)
preservation-ics-summary = Einde van de bewaring: { $reference } ({ $country })
preservation-ics-description = De bewaring waarom onder kenmerk { $reference } ({ $country }) is verzocht, eindigt op { $date }. Vraag vóór die datum verlenging aan of verzend het verzoek om wederzijdse rechtshulp.
preservation-links = Gekoppelde verzoeken
preservation-link = { $kind ->
    [extension-of] Verlenging van verzoek om bewaring { $reference }
    [extended-by] Verlengd door verzoek { $reference }
    [follow-up-of] Vervolg op verzoek om bewaring { $reference }
   *[followed-up-by] Gevolgd door verzoek om wederzijdse rechtshulp { $reference }
}
preservation-link-missing = Dat verzoek is niet in deze browser opgeslagen.
preservation-next-steps = Volgende stappen
preservation-follow-up-disclosure = Het verzoek om verstrekking voorbereiden
preservation-link-disclosure = Gevolgd door verzoek om verstrekking { $reference }
