# Requests received: a request made with Tandem by another authority, opened from its PDF (which
# carries the request as data) or from its draft file, and shown read-only in the language of the
# screen. Nothing is stored when a file is refused.

received-heading = Ontvangen verzoeken
received-intro = Een verzoek dat een andere autoriteit met Tandem heeft opgesteld, wordt hier alleen-lezen geopend, met elk label, elk vinkje, elk land en elke datum in de taal van dit scherm. Het bestand blijft in deze browser.
received-open = Een ontvangen verzoek openen (de PDF of het conceptbestand ervan)
received-none = Nog geen verzoeken ontvangen.
# Terms of a request received in the list (each followed by its value).
received-from = Verzoekende autoriteit
received-reference = Kenmerk
received-date = Ontvangen op
received-delete = Verwijderen
# Variables:
#   $title (String) - the request's type, e.g. "Request for expedited preservation of stored computer data"
received-deleted = Ontvangen verzoek verwijderd: { $title }. Open het bestand ervan opnieuw om het terug te halen.

# Why a file was not opened as a request received. Each ends by saying that nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
received-refused-too-large = Dit bestand is groter dan { $limit } kB, groter dan enig verzoek dat met Tandem is opgesteld. Er is niets opgeslagen.
received-refused-not-pdf = Dit bestand is geen PDF en geen conceptbestand van Tandem. Er is niets opgeslagen.
received-refused-no-data = Deze PDF bevat het verzoek niet als gegevens: de PDF is niet met Tandem opgesteld, of is na het opstellen gewijzigd. Er is niets opgeslagen.
received-refused-unreadable = De gegevens van het verzoek in dit bestand kunnen niet worden gelezen: ze zijn beschadigd of niet in de indeling van Tandem. Er is niets opgeslagen.
received-refused-newer = Dit verzoek is opgesteld met een nieuwere versie van Tandem. Er is niets opgeslagen.
received-refused-unknown = Dit verzoek betreft een soort verzoek die deze versie van Tandem niet kent. Er is niets opgeslagen.
received-refused-locked = Dit conceptbestand is vergrendeld met een wachtwoordzin. Vraag de verzoekende autoriteit om de PDF van het verzoek. Er is niets opgeslagen.
received-refused-fingerprint = De gegevens van het verzoek in deze PDF komen niet overeen met de vingerafdruk die erop is afgedrukt: het bestand is na het opstellen gewijzigd. Er is niets opgeslagen. Lees de afgedrukte pagina's van de PDF zelf en vraag de verzoekende autoriteit om een nieuw exemplaar.
# Variables:
#   $reason (String) - the browser's own reason, as it gives it
received-refused-storage = Deze browser weigerde het verzoek op te slaan ({ $reason }). Er is niets opgeslagen.

# The screen of a request received.
received-banner = Ontvangen verzoek — alleen-lezen. Met Tandem opgesteld door de verzoekende autoriteit; de antwoorden zijn de hare.
# Variables:
#   $date (String) - the date and time the request was opened in this browser, in the local style
received-on = Ontvangen in deze browser op { $date }.
# Variables:
#   $a (String) - the name of the request's language A, in that language, e.g. "ქართული"
#   $b (String) - the name of the request's language B, in that language, e.g. "English"
received-doc-langs = Documenttalen van het verzoek: { $a } | { $b }. Vrije tekst wordt getoond zoals de verzoekende autoriteit die in { $a } heeft geschreven, met haar eigen vertaling in { $b } ernaast.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-checked = Vingerafdruk { $fingerprint }: die komt overeen met de gegevens van het verzoek, zoals afgedrukt op elke pagina van de PDF ervan.
# Variables:
#   $fingerprint (String) - 16 hexadecimal digits, e.g. 0123456789abcdef
received-fingerprint-draft = Vingerafdruk { $fingerprint }: berekend uit het conceptbestand, dat geen afgedrukte vingerafdruk heeft om die mee te vergelijken.
received-copy-heading = Leesexemplaar
received-copy-intro = Exporteer dit verzoek als PDF in twee talen naar keuze, bijvoorbeeld de eigen taal van het verzoek naast de uwe. Elke pagina is gemarkeerd als leesexemplaar van een ontvangen verzoek; het heeft geen ondertekeningsblok.
received-copy-export = Een leesexemplaar exporteren (PDF)

# Answering a request received: each answer is a draft of its own (a reply template), made here.
received-answer-heading = Dit verzoek beantwoorden
received-answer-intro = Elk antwoord is een afzonderlijk formulier, ingevuld met het kenmerk, de datum en de vingerafdruk van dit verzoek, en geëxporteerd als tweetalige PDF in uw taal en die van de verzoekende autoriteit. De PDF bevat het antwoord als gegevens, zodat Tandem het bij de verzoekende autoriteit bij dit verzoek registreert.
received-answers-made = Antwoorden voorbereid voor dit verzoek
