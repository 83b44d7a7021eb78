# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Ta brskalnik aplikaciji Tandem ne dovoli shranjevanja osnutkov. Vaše delo ostane samo na tej strani: preden jo zaprete, prenesite osnutek.
storage-read-only = Ta osnutek je bil zapisan z novejšo različico aplikacije Tandem in ga tukaj ni mogoče spreminjati.
storage-copy-note = Tukaj je mogoče urejati kopijo; podrobnosti, ki jih ta različica ne pozna, se ohranijo, vendar niso prikazane.
storage-keep-copy = Ohrani kopijo za urejanje
storage-read-only-tag = Samo za branje: zapisano z novejšo različico aplikacije Tandem
storage-changed-elsewhere = Ta osnutek je bil spremenjen v drugem zavihku ali oknu.
storage-changed-newer = Novejša različica aplikacije Tandem je ta osnutek spremenila v drugem zavihku ali oknu.
storage-changed-unreadable = Shranjene različice tega osnutka ni bilo mogoče prebrati: nespremenjena je bila odložena na stran, shranjena pa je bila ta različica.
storage-load-other-note = Če naložite drugo različico, se spremembe, ki v tem zavihku še niso shranjene, izgubijo.
storage-load-other = Naloži drugo različico
storage-keep-mine = Ohrani mojo kot kopijo
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Shranjeni osnutki, ki jih ni bilo mogoče prebrati: { $count }. Nespremenjeni so bili odloženi na stran.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Prenesi { $file }
storage-persistent = Ta brskalnik hrani te osnutke, dokler jih ne izbrišete.
storage-not-persistent = Ta brskalnik lahko te osnutke izbriše, ko zmanjka prostora: izvozite varnostno kopijo.
storage-export-all = Izvozi vse osnutke
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Shranjeni osnutki zasedajo { $kb } kB: { $percent } % od { $limit } kB, ki jih ta brskalnik nameni zanje.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Lastni podatek brskalnika za vse podatke tega spletnega mesta, ki morda ne vključuje osnutkov: { $used } MB od dovoljenih { $quota } MB.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Prostor za osnutke je zaseden { $percent } %. Ko bo poln, sprememb v tem brskalniku ne bo več mogoče shraniti. Vse osnutke izvozite v datoteko, nato izbrišite osnutke, ki jih ne potrebujete več; najstarejši so navedeni spodaj.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: { $kb } kB v shrambi
