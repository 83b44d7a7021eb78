# Stored drafts: storage refused or unreadable, newer versions' drafts, two tabs, persistence, backup, how full storage is.

storage-unavailable = Ta przeglądarka nie pozwala aplikacji Tandem zapisywać projektów. Twoja praca pozostaje tylko na tej stronie: pobierz projekt przed jej zamknięciem.
storage-read-only = Ten projekt zapisano w nowszej wersji Tandem i nie można go tu zmienić.
storage-copy-note = Tutaj można edytować kopię; dane, których ta wersja nie zna, zostają zachowane, ale nie są wyświetlane.
storage-keep-copy = Zachowaj kopię do edycji
storage-read-only-tag = Tylko do odczytu: zapisany w nowszej wersji Tandem
storage-changed-elsewhere = Ten projekt zmieniono w innej karcie lub innym oknie.
storage-changed-newer = Nowsza wersja Tandem zmieniła ten projekt w innej karcie lub innym oknie.
storage-changed-unreadable = Nie udało się odczytać zapisanej wersji tego projektu: odłożono ją bez zmian, a zapisano tę wersję.
storage-load-other-note = Jeśli wczytasz drugą wersję, zmiany niezapisane jeszcze w tej karcie zostaną utracone.
storage-load-other = Wczytaj drugą wersję
storage-keep-mine = Zachowaj moją jako kopię
# Variables:
#   $count (Number) - how many stored drafts could not be read
storage-unreadable = Zapisane projekty, których nie udało się odczytać: { $count }. Odłożono je bez zmian.
# Variables:
#   $file (String) - the name of the file offered for download
storage-download-file = Pobierz { $file }
storage-persistent = Ta przeglądarka przechowuje te projekty, dopóki ich nie usuniesz.
storage-not-persistent = Ta przeglądarka może usunąć te projekty, gdy zabraknie miejsca: wyeksportuj kopię zapasową.
storage-export-all = Eksportuj wszystkie projekty
# Variables:
#   $kb (Number) - kilobytes the stored drafts take
#   $percent (Number) - that share of the browser's limit, in whole percent
#   $limit (Number) - kilobytes this browser keeps at most for them (its local storage limit)
storage-usage = Zapisane projekty zajmują { $kb } kB: { $percent } % z { $limit } kB, które ta przeglądarka na nie przeznacza.
# Variables:
#   $used (Number) - megabytes the browser counts for all of this site's data (it may leave local storage out)
#   $quota (Number) - megabytes the browser allows this site in all
storage-usage-estimate = Własne wyliczenie przeglądarki dla wszystkich danych tej witryny, które może nie obejmować projektów: { $used } MB z dozwolonych { $quota } MB.
# Variables:
#   $percent (Number) - share of the limit used, in whole percent (80 or more)
storage-usage-warning = Miejsce na projekty jest zapełnione w { $percent } %. Po jego zapełnieniu zmian nie będzie można już zapisać w tej przeglądarce. Wyeksportuj wszystkie projekty do pliku, a następnie usuń projekty, których już nie potrzebujesz; najstarsze wymieniono poniżej.
# Variables:
#   $name (String) - what the drafts list calls the draft
#   $kb (Number) - kilobytes its entry takes
storage-usage-draft = { $name }: { $kb } kB w pamięci
