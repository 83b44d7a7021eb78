# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Ez a böngésző nem engedi, hogy a Tandem tervezeteket mentsen. Munkája csak ezen az oldalon marad meg: töltse le a tervezetet, mielőtt bezárja az oldalt.
storage-read-only = Ezt a tervezetet a Tandem újabb verziója írta, és itt nem módosítható.
storage-copy-note = Itt egy másolat szerkeszthető; az e verzió által nem ismert részletek megmaradnak, de nem jelennek meg.
storage-keep-copy = Szerkeszthető másolat készítése
storage-read-only-tag = Csak olvasható: a Tandem újabb verziója írta
storage-changed-elsewhere = Ezt a tervezetet egy másik lapon vagy ablakban módosították.
storage-changed-newer = A Tandem egy újabb verziója egy másik lapon vagy ablakban módosította ezt a tervezetet.
storage-changed-unreadable = A tervezet tárolt változata nem volt olvasható: változatlanul félre lett téve, és ez a változat lett mentve.
storage-load-other-note = Ha a másik változatot tölti be, az ezen a lapon még nem mentett módosítások elvesznek.
storage-load-other = A másik változat betöltése
storage-keep-mine = Az enyém megtartása másolatként
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Nem olvasható tárolt tervezetek: { $count }. Változatlanul félre lettek téve.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = { $file } letöltése
storage-persistent = Ez a böngésző addig tárolja ezeket a tervezeteket, amíg Ön nem törli őket.
storage-not-persistent = Ez a böngésző helyhiány esetén törölheti ezeket a tervezeteket: exportáljon biztonsági másolatot.
storage-export-all = Az összes tervezet exportálása
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = A tárolt tervezetek { $kb } kB-ot foglalnak: ez a böngésző által számukra fenntartott { $limit } kB { $percent } %-a.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = A böngésző saját adata a webhely összes adatáról, amelyből a tervezetek kimaradhatnak: { $used } MB az engedélyezett { $quota } MB-ból.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = A tervezetek tárhelye { $percent } %-ban megtelt. Ha megtelik, a módosítások már nem menthetők ebben a böngészőben. Exportálja az összes tervezetet egy fájlba, majd törölje azokat a tervezeteket, amelyekre már nincs szüksége; a legrégebbiek lent láthatók.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: { $kb } kB a tárhelyen
