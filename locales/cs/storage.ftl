# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Tento prohlížeč nedovoluje aplikaci Tandem ukládat koncepty. Vaše práce zůstává pouze na této stránce: před jejím zavřením si koncept stáhněte.
storage-read-only = Tento koncept byl zapsán novější verzí aplikace Tandem a nelze jej zde měnit.
storage-copy-note = Zde lze upravovat kopii; podrobnosti, které tato verze nezná, zůstanou zachovány, ale nezobrazí se.
storage-keep-copy = Ponechat upravitelnou kopii
storage-read-only-tag = Jen pro čtení: zapsáno novější verzí aplikace Tandem
storage-changed-elsewhere = Tento koncept byl změněn v jiné kartě nebo jiném okně.
storage-changed-newer = Novější verze aplikace Tandem změnila tento koncept v jiné kartě nebo jiném okně.
storage-changed-unreadable = Uloženou verzi tohoto konceptu nebylo možné přečíst: byla beze změny odložena stranou a uložena byla tato verze.
storage-load-other-note = Pokud načtete druhou verzi, změny dosud neuložené v této kartě se ztratí.
storage-load-other = Načíst druhou verzi
storage-keep-mine = Ponechat moji jako kopii
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Uložené koncepty, které nebylo možné přečíst: { $count }. Byly beze změny odloženy stranou.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Stáhnout { $file }
storage-persistent = Tento prohlížeč uchovává tyto koncepty, dokud je nesmažete.
storage-not-persistent = Tento prohlížeč může tyto koncepty smazat, když dojde místo: exportujte zálohu.
storage-export-all = Exportovat všechny koncepty
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Uložené koncepty zabírají { $kb } kB: { $percent } % z { $limit } kB, které pro ně tento prohlížeč vyhrazuje.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Vlastní údaj prohlížeče o všech datech tohoto webu, který nemusí zahrnovat koncepty: { $used } MB z povolených { $quota } MB.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Úložiště konceptů je zaplněno na { $percent } %. Jakmile se zaplní, změny již nebude možné v tomto prohlížeči uložit. Exportujte všechny koncepty do souboru a poté smažte koncepty, které již nepotřebujete; nejstarší jsou uvedeny níže.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: { $kb } kB v úložišti
