# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Wszystkie wnioski
home-start = Rozpocznij nowy wniosek
home-use-art29-preservation = Zacznij tutaj: doprowadź do natychmiastowego zabezpieczenia danych, zanim zostaną usunięte.
home-use-art31-subscriber = Aby uzyskać informacje o abonentach w drodze wzajemnej pomocy prawnej, po ich zabezpieczeniu.
home-use-art31-traffic = Aby uzyskać dane dotyczące ruchu w drodze wzajemnej pomocy prawnej, po ich zabezpieczeniu.
home-use-art31-content = Aby uzyskać dane dotyczące treści w drodze wzajemnej pomocy prawnej, po ich zabezpieczeniu.
home-use-emergency-disclosure = Wyłącznie w razie bezpośredniego zagrożenia życia lub bezpieczeństwa osoby.
home-use-provider-preservation = Gdy dostawca usług przyjmuje wnioski bezpośrednio od organów zagranicznych: doprowadź do natychmiastowego zabezpieczenia danych.
home-use-provider-disclosure = Aby zwrócić się bezpośrednio do dostawcy usług o dane inne niż dane dotyczące treści, po ich zabezpieczeniu.
home-drafts = Projekty w tej przeglądarce
home-no-drafts = Nie ma jeszcze żadnych projektów.
home-untitled = Projekt bez sygnatury
home-country = Państwo wezwane
home-edited = Ostatnia zmiana
home-duplicate = Powiel
home-rename = Zmień nazwę
home-name = Nazwa projektu
home-save-name = Zapisz nazwę
home-cancel = Anuluj
home-delete = Usuń
home-export = Eksportuj do pliku
home-import = Importuj plik projektu
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Usunięto projekt: { $name }.
home-undo = Cofnij
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Zaimportowano projekt: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Ten projekt już tu był, dlatego zaimportowano go jako kopię: { $name }.
home-import-malformed = Ten plik nie jest projektem Tandem. Niczego nie zmieniono.
home-import-too-large = Ten plik jest zbyt duży jak na projekt Tandem. Niczego nie zmieniono.
home-import-newer = Ten projekt utworzono w nowszej wersji Tandem. Niczego nie zmieniono.
home-import-unknown = Ten projekt dotyczy rodzaju wniosku, którego ta wersja Tandem nie zna. Niczego nie zmieniono.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Ta przeglądarka odmówiła jego zapisania ({ $reason }). Niczego nie zmieniono.
home-not-found = Tego projektu nie ma w tej przeglądarce.
home-saving = Zapisywanie…
home-preview = Podgląd pliku PDF
home-preview-title = Podgląd pliku PDF
home-preview-download = Pobierz ten plik PDF
