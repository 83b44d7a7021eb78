# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Questo browser non consente a Tandem di salvare le bozze. Il lavoro resta solo in questa pagina: scarichi la bozza prima di chiuderla.
storage-read-only = Questa bozza è stata redatta con una versione più recente di Tandem e non può essere modificata qui.
storage-copy-note = Una copia può essere modificata qui; i dati che questa versione non riconosce sono conservati ma non mostrati.
storage-keep-copy = Conserva una copia modificabile
storage-read-only-tag = Sola lettura: redatta con una versione più recente di Tandem
storage-changed-elsewhere = Questa bozza è stata modificata in un'altra scheda o finestra.
storage-changed-newer = Una versione più recente di Tandem ha modificato questa bozza in un'altra scheda o finestra.
storage-changed-unreadable = Non è stato possibile leggere la versione salvata di questa bozza: è stata messa da parte, invariata, ed è stata salvata questa versione.
storage-load-other-note = Se carica l'altra versione, le modifiche non ancora salvate in questa scheda andranno perse.
storage-load-other = Carica l'altra versione
storage-keep-mine = Conserva la mia come copia
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Bozze salvate che non è stato possibile leggere: { $count }. Sono state messe da parte, invariate.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Scarica { $file }
storage-persistent = Questo browser conserva queste bozze finché non le elimina.
storage-not-persistent = Questo browser può eliminare queste bozze quando lo spazio scarseggia: esporti una copia di sicurezza.
storage-export-all = Esporta tutte le bozze
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Le bozze salvate occupano { $kb } kB, ossia il { $percent } % dei { $limit } kB che questo browser riserva loro.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Dato proprio del browser per tutti i dati di questo sito, che può non includere le bozze: { $used } MB sui { $quota } MB consentiti.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Lo spazio per le bozze è pieno al { $percent } %. Una volta pieno, le modifiche non potranno più essere salvate in questo browser. Esporti tutte le bozze in un file, poi elimini le bozze che non Le servono più; le più vecchie sono elencate qui sotto.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: occupa { $kb } kB
