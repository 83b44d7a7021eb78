# The request log: what became of a request once it was sent (T-CY Recommendation 9: confirmation
# of receipt and notice of action taken). Kept in this browser with the draft; never printed.

tracking-heading = Na verzending
tracking-intro = Het logboek van uw dienst voor dit verzoek: wanneer het is verzonden en welke antwoorden zijn ontvangen. Het blijft met het concept in deze browser en wordt nooit in het verzoek afgedrukt.
tracking-status = Status
tracking-status-draft = Nog niet verzonden
tracking-status-sent = Verzonden
tracking-status-receipt-confirmed = Ontvangst bevestigd
tracking-status-executed = Bewaring uitgevoerd
tracking-status-answered = Maatregelen genomen
tracking-status-clarification-asked = Verduidelijking gevraagd
tracking-status-refused = Kan niet worden uitgevoerd
tracking-status-closed = Afgesloten

# Recording the request as sent.
tracking-sent-on = Verzenddatum
tracking-channel = Verzonden via
tracking-channel-email = E-mail
tracking-channel-portal = Portaal van de autoriteit of de serviceprovider
tracking-channel-post = Post of koerier
tracking-channel-diplomatic = Diplomatieke weg
tracking-channel-other = Ander kanaal
tracking-mark-sent = Als verzonden registreren
# Variables:
#   $date (String) - the date sent, e.g. 2026-11-02
#   $channel (String) - how it was sent, e.g. "E-mail"
tracking-sent = Verzonden op { $date } ({ $channel }).
# Variables:
#   $date (String) - the date by which a confirmation of receipt is expected, e.g. 2026-11-12
tracking-due = Ontvangstbevestiging verwacht uiterlijk op { $date }.
# Variables:
#   $days (Number) - the days to wait for a confirmation of receipt, as set on the home screen
tracking-overdue = { $days ->
    [one] Geen ontvangstbevestiging binnen { $days } dag na verzending: doe navraag over het verzoek.
   *[other] Geen ontvangstbevestiging binnen { $days } dagen na verzending: doe navraag over het verzoek.
}
tracking-reminder = Agendaherinnering (.ics)
# The calendar reminder's title and text.
# Variables:
#   $reference (String) - the request's reference number
tracking-ics-summary = Ontvangstbevestiging verwacht: verzoek { $reference }
# Variables:
#   $reference (String) - the request's reference number
#   $date (String) - the date sent, e.g. 2026-11-02
tracking-ics-description = Verzoek { $reference } is verzonden op { $date } en de ontvangst ervan is nog niet bevestigd. Vraag de aangezochte autoriteit om een ontvangstbevestiging.
# Variables:
#   $date (String) - the last day the data are kept, e.g. 2027-02-03
tracking-preserved-until = De aangezochte autoriteit heeft de bewaring bevestigd tot en met { $date }.

# Answers received.
tracking-answers = Ontvangen antwoorden
tracking-answers-none = Nog geen antwoord geregistreerd.
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $date (String) - the answer's date, e.g. 2026-11-04
tracking-answer-line = { $kind } van { $date }
# Variables:
#   $reference (String) - the answering authority's reference
tracking-answer-their-reference = Kenmerk van de antwoordende autoriteit: { $reference }
# Variables:
#   $reasons (String) - the reasons given, separated by commas
tracking-answer-reasons-given = Redenen: { $reasons }
tracking-answer-from-pdf = Gelezen uit de PDF van het antwoord
tracking-answer-by-hand = Handmatig ingevoerd

# Entering an answer by hand (one received on paper, by e-mail or by telephone).
tracking-enter = Een ontvangen antwoord handmatig invoeren
tracking-answer-kind = Antwoord
tracking-answer-date = Datum van het antwoord
tracking-answer-reference = Kenmerk van de antwoordende autoriteit
tracking-answer-ends-on = Gegevens bewaard tot en met
tracking-answer-reasons = Redenen
tracking-reason-incomplete = Verzoek onvolledig
tracking-reason-wrong-addressee = Verkeerde autoriteit of rechtspersoon
tracking-reason-identification = Onvoldoende om de gebruiker of de gegevens te identificeren
tracking-reason-not-held = Gegevens niet aanwezig
tracking-reason-retention-expired = Gegevens niet meer opgeslagen
tracking-reason-legal-obstacle = Juridisch beletsel
tracking-reason-dual-criminality = Geen dubbele strafbaarheid
tracking-reason-other = Andere reden
tracking-record = Het antwoord registreren
tracking-date-needed = Geef de datum als jaar-maand-dag, bijvoorbeeld 2026-11-04.

# Closing and reopening, and the office's offence category for its statistics.
tracking-close = Het verzoek afsluiten
tracking-reopen = Het verzoek heropenen
# Variables:
#   $date (String) - the day the request was closed, e.g. 2026-12-01
tracking-closed = Afgesloten op { $date }.
tracking-category = Categorie van strafbaar feit, voor de statistieken van uw dienst
tracking-category-none = Niet gekozen
tracking-category-confidentiality = Strafbare feiten tegen de vertrouwelijkheid, integriteit en beschikbaarheid van computergegevens en -systemen
tracking-category-computer-related = Computergerelateerde valsheid in geschrifte of fraude
tracking-category-content = Inhoudgerelateerde strafbare feiten
tracking-category-copyright = Strafbare feiten met betrekking tot inbreuken op het auteursrecht en naburige rechten
tracking-category-other = Andere strafbare feiten

# Recording an answer from its PDF (home screen).
tracking-open-answer = Een ontvangen antwoord registreren (de PDF ervan)
# Variables:
#   $kind (String) - the kind of answer, e.g. "Confirmation of receipt of a request"
#   $reference (String) - the request's reference number
tracking-recorded = Geregistreerd voor verzoek { $reference }: { $kind }.
# Variables:
#   $reference (String) - the request's reference number
tracking-already = Dit antwoord is al geregistreerd voor verzoek { $reference }.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-no-match = Geen enkel verzoek in deze browser past bij dit antwoord (het noemt verzoek { $reference }). Importeer eerst het conceptbestand van het verzoek; een vergrendeld verzoek moet worden ontgrendeld. Er is niets opgeslagen.
# Variables:
#   $reference (String) - the reference of the request the answer names
tracking-several = Meerdere verzoeken in deze browser hebben het kenmerk { $reference }, en geen ervan is afgedrukt met de vingerafdruk die dit antwoord noemt. Voer het antwoord handmatig in bij het juiste verzoek. Er is niets opgeslagen.
tracking-not-answer = Deze PDF is een verzoek, geen antwoord op een verzoek: open hem onder "Ontvangen verzoeken". Er is niets opgeslagen.
tracking-is-answer = Deze PDF is een antwoord op een verzoek, geen verzoek: registreer hem met "Een ontvangen antwoord registreren". Er is niets opgeslagen.

# The request log on the home screen: filters, and the days to wait for a confirmation.
tracking-filter-status = Status
tracking-filter-country = Land
tracking-filter-type = Soort verzoek
tracking-filter-all = Alle
tracking-filter-overdue = Alleen verzoeken waarvan de ontvangstbevestiging te laat is
tracking-confirm-days = Wachttijd voor een ontvangstbevestiging (dagen)
tracking-overdue-flag = Ontvangstbevestiging te laat
# Variables:
#   $shown (Number) - drafts shown
#   $total (Number) - drafts stored
tracking-filtered = { $shown } van { $total } getoond
