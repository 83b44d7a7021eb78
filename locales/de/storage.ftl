# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Dieser Browser erlaubt Tandem nicht, Entwürfe zu speichern. Ihre Arbeit bleibt nur auf dieser Seite: Laden Sie den Entwurf herunter, bevor Sie sie schließen.
storage-read-only = Dieser Entwurf wurde mit einer neueren Version von Tandem erstellt und kann hier nicht geändert werden.
storage-copy-note = Eine Kopie kann hier bearbeitet werden; Angaben, die diese Version nicht kennt, bleiben erhalten, werden aber nicht angezeigt.
storage-keep-copy = Bearbeitbare Kopie behalten
storage-read-only-tag = Schreibgeschützt: mit einer neueren Version von Tandem erstellt
storage-changed-elsewhere = Dieser Entwurf wurde in einem anderen Tab oder Fenster geändert.
storage-changed-newer = Eine neuere Version von Tandem hat diesen Entwurf in einem anderen Tab oder Fenster geändert.
storage-changed-unreadable = Die gespeicherte Fassung dieses Entwurfs konnte nicht gelesen werden: Sie wurde unverändert beiseitegelegt, und diese Fassung wurde gespeichert.
storage-load-other-note = Wenn Sie die andere Fassung laden, gehen die in diesem Tab noch nicht gespeicherten Änderungen verloren.
storage-load-other = Die andere Fassung laden
storage-keep-mine = Meine Fassung als Kopie behalten
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Gespeicherte Entwürfe, die nicht gelesen werden konnten: { $count }. Sie wurden unverändert beiseitegelegt.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = { $file } herunterladen
storage-persistent = Dieser Browser bewahrt diese Entwürfe auf, bis Sie sie löschen.
storage-not-persistent = Dieser Browser kann diese Entwürfe bei Speicherknappheit löschen: Exportieren Sie eine Sicherung.
storage-export-all = Alle Entwürfe exportieren
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Gespeicherte Entwürfe belegen { $kb } kB, also { $percent } % der { $limit } kB, die dieser Browser für sie bereithält.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Eigene Angabe des Browsers zu allen Daten dieser Website, die die Entwürfe möglicherweise nicht mitzählt: { $used } MB von { $quota } MB, die er zulässt.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Der Speicher für Entwürfe ist zu { $percent } % belegt. Ist er voll, können Änderungen in diesem Browser nicht mehr gespeichert werden. Exportieren Sie alle Entwürfe in eine Datei und löschen Sie dann die Entwürfe, die Sie nicht mehr benötigen; die ältesten sind unten aufgeführt.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: { $kb } kB belegt
