# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Deze browser staat Tandem niet toe concepten op te slaan. Uw werk blijft alleen op deze pagina: download het concept voordat u de pagina sluit.
storage-read-only = Dit concept is geschreven door een nieuwere versie van Tandem en kan hier niet worden gewijzigd.
storage-copy-note = Een kopie kan hier worden bewerkt; gegevens die deze versie niet kent, blijven behouden maar worden niet getoond.
storage-keep-copy = Een bewerkbare kopie behouden
storage-read-only-tag = Alleen-lezen: geschreven door een nieuwere versie van Tandem
storage-changed-elsewhere = Dit concept is in een ander tabblad of venster gewijzigd.
storage-changed-newer = Een nieuwere versie van Tandem heeft dit concept in een ander tabblad of venster gewijzigd.
storage-changed-unreadable = De opgeslagen versie van dit concept kon niet worden gelezen: zij is ongewijzigd apart gezet en deze versie is opgeslagen.
storage-load-other-note = Als u de andere versie laadt, gaan de nog niet opgeslagen wijzigingen in dit tabblad verloren.
storage-load-other = De andere versie laden
storage-keep-mine = Mijn versie als kopie behouden
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Opgeslagen concepten die niet konden worden gelezen: { $count }. Ze zijn ongewijzigd apart gezet.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = { $file } downloaden
storage-persistent = Deze browser houdt deze concepten vast totdat u ze verwijdert.
storage-not-persistent = Deze browser kan deze concepten verwijderen wanneer de ruimte opraakt: exporteer een back-up.
storage-export-all = Alle concepten exporteren
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Opgeslagen concepten nemen { $kb } kB in: { $percent } % van de { $limit } kB die deze browser ervoor reserveert.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Het eigen cijfer van de browser voor alle gegevens van deze site, waarin de concepten mogelijk niet zijn meegeteld: { $used } MB van de { $quota } MB die hij toestaat.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = De opslag voor concepten is voor { $percent } % vol. Zodra hij vol is, kunnen wijzigingen niet meer in deze browser worden opgeslagen. Exporteer alle concepten naar een bestand en verwijder daarna de concepten die u niet meer nodig hebt; de oudste staan hieronder.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: { $kb } kB in de opslag
