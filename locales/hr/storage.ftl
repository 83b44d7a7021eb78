# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Ovaj preglednik ne dopušta aplikaciji Tandem spremanje nacrta. Vaš rad ostaje samo na ovoj stranici: preuzmite nacrt prije nego što je zatvorite.
storage-read-only = Ovaj je nacrt izrađen novijom inačicom aplikacije Tandem i ovdje se ne može mijenjati.
storage-copy-note = Ovdje se može uređivati kopija; pojedinosti koje ova inačica ne poznaje zadržavaju se, ali se ne prikazuju.
storage-keep-copy = Zadrži kopiju koja se može uređivati
storage-read-only-tag = Samo za čitanje: izrađeno novijom inačicom aplikacije Tandem
storage-changed-elsewhere = Ovaj je nacrt promijenjen u drugoj kartici ili prozoru.
storage-changed-newer = Novija inačica aplikacije Tandem promijenila je ovaj nacrt u drugoj kartici ili prozoru.
storage-changed-unreadable = Pohranjenu inačicu ovog nacrta nije bilo moguće pročitati: izdvojena je nepromijenjena, a spremljena je ova inačica.
storage-load-other-note = Ako učitate drugu inačicu, izgubit će se promjene koje u ovoj kartici još nisu spremljene.
storage-load-other = Učitaj drugu inačicu
storage-keep-mine = Zadrži moju kao kopiju
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Pohranjeni nacrti koje nije bilo moguće pročitati: { $count }. Izdvojeni su nepromijenjeni.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Preuzmi { $file }
storage-persistent = Ovaj preglednik zadržava ove nacrte dok ih ne izbrišete.
storage-not-persistent = Ovaj preglednik može izbrisati ove nacrte kad ponestane prostora: izvezite sigurnosnu kopiju.
storage-export-all = Izvezi sve nacrte
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Pohranjeni nacrti zauzimaju { $kb } kB: { $percent } % od { $limit } kB koje ovaj preglednik za njih odvaja.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Vlastiti podatak preglednika za sve podatke ove stranice, koji možda ne uključuje nacrte: { $used } MB od dopuštenih { $quota } MB.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Prostor za nacrte popunjen je { $percent } %. Kada se popuni, promjene se u ovom pregledniku više neće moći spremati. Izvezite sve nacrte u datoteku, a zatim izbrišite nacrte koji vam više nisu potrebni; najstariji su navedeni u nastavku.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: { $kb } kB u pohrani
