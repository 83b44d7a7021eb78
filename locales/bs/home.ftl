# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Svi zahtjevi
home-start = Započni novi zahtjev
home-use-art29-preservation = Počnite ovdje: odmah obezbijedite čuvanje podataka, prije nego što budu izbrisani.
home-use-art31-subscriber = Za pribavljanje podataka o pretplatniku putem uzajamne pravne pomoći, nakon što su podaci sačuvani.
home-use-art31-traffic = Za pribavljanje podataka o saobraćaju putem uzajamne pravne pomoći, nakon što su podaci sačuvani.
home-use-art31-content = Za pribavljanje podataka o sadržaju putem uzajamne pravne pomoći, nakon što su podaci sačuvani.
home-use-emergency-disclosure = Samo u slučaju neposredne opasnosti po život ili sigurnost lica.
home-use-provider-preservation = Kada pružalac usluga prima zahtjeve stranih organa direktno: odmah obezbijedite čuvanje podataka.
home-use-provider-disclosure = Za direktno traženje od pružaoca usluga podataka koji nisu podaci o sadržaju, nakon što su podaci sačuvani.
home-drafts = Nacrti u ovom pregledniku
home-no-drafts = Još nema nacrta.
home-untitled = Nacrt bez referentnog broja
home-country = Zamoljena država
home-edited = Posljednja izmjena
home-duplicate = Dupliciraj
home-rename = Preimenuj
home-name = Naziv nacrta
home-save-name = Spremi naziv
home-cancel = Otkaži
home-delete = Izbriši
home-export = Izvezi u fajl
home-import = Uvezi fajl nacrta
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Nacrt je izbrisan: { $name }.
home-undo = Poništi
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Nacrt je uvezen: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Ovaj nacrt je već bio ovdje pa je uvezen kao kopija: { $name }.
home-import-malformed = Ovaj fajl nije nacrt aplikacije Tandem. Ništa nije promijenjeno.
home-import-too-large = Ovaj fajl je prevelik za nacrt aplikacije Tandem. Ništa nije promijenjeno.
home-import-newer = Ovaj nacrt je izrađen novijom verzijom aplikacije Tandem. Ništa nije promijenjeno.
home-import-unknown = Ovaj nacrt je za vrstu zahtjeva koju ova verzija aplikacije Tandem nema. Ništa nije promijenjeno.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Ovaj preglednik ga je odbio pohraniti ({ $reason }). Ništa nije promijenjeno.
home-not-found = Ovaj nacrt nije u ovom pregledniku.
home-saving = Spremanje…
home-preview = Pregled PDF fajla
home-preview-title = Pregled PDF fajla
home-preview-download = Preuzmi ovaj PDF fajl
