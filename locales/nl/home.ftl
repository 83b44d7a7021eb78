# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Alle verzoeken
home-start = Een nieuw verzoek beginnen
home-use-art29-preservation = Begin hier: laat de gegevens onmiddellijk bewaren, voordat ze kunnen worden gewist.
home-use-art31-subscriber = Om abonnee-informatie te verkrijgen via wederzijdse rechtshulp, nadat de gegevens zijn bewaard.
home-use-art31-traffic = Om verkeersgegevens te verkrijgen via wederzijdse rechtshulp, nadat de gegevens zijn bewaard.
home-use-art31-content = Om inhoudsgegevens te verkrijgen via wederzijdse rechtshulp, nadat de gegevens zijn bewaard.
home-use-emergency-disclosure = Uitsluitend bij een dreigend gevaar voor het leven of de veiligheid van een persoon.
home-use-provider-preservation = Wanneer een serviceprovider verzoeken van buitenlandse autoriteiten rechtstreeks aanneemt: laat de gegevens onmiddellijk bewaren.
home-use-provider-disclosure = Om een serviceprovider rechtstreeks om andere gegevens dan inhoudsgegevens te vragen, nadat de gegevens zijn bewaard.
home-drafts = Concepten in deze browser
home-no-drafts = Er zijn nog geen concepten.
home-untitled = Concept zonder kenmerk
home-country = Aangezochte Staat
home-edited = Laatst bewerkt
home-duplicate = Dupliceren
home-rename = Naam wijzigen
home-name = Naam van het concept
home-save-name = Naam opslaan
home-cancel = Annuleren
home-delete = Verwijderen
home-export = Exporteren naar een bestand
home-import = Een conceptbestand importeren
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Concept verwijderd: { $name }.
home-undo = Ongedaan maken
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Concept geïmporteerd: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Dit concept was hier al, daarom is het als kopie geïmporteerd: { $name }.
home-import-malformed = Dit bestand is geen Tandem-concept. Er is niets gewijzigd.
home-import-too-large = Dit bestand is te groot voor een Tandem-concept. Er is niets gewijzigd.
home-import-newer = Dit concept is gemaakt met een nieuwere versie van Tandem. Er is niets gewijzigd.
home-import-unknown = Dit concept betreft een soort verzoek die deze versie van Tandem niet kent. Er is niets gewijzigd.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Deze browser weigerde het op te slaan ({ $reason }). Er is niets gewijzigd.
home-not-found = Dit concept staat niet in deze browser.
home-saving = Opslaan…
home-preview = Voorbeeld van de PDF bekijken
home-preview-title = Voorbeeld van de PDF
home-preview-download = Deze PDF downloaden
