# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Svi zahtjevi
home-start = Započni novi zahtjev
home-use-art29-preservation = Počnite ovdje: osigurajte odmah čuvanje podataka, prije nego što budu izbrisani.
home-use-art31-subscriber = Za pribavljanje podataka o pretplatniku putem uzajamne pravne pomoći, nakon što su podaci sačuvani.
home-use-art31-traffic = Za pribavljanje podataka o prometu putem uzajamne pravne pomoći, nakon što su podaci sačuvani.
home-use-art31-content = Za pribavljanje podataka o sadržaju putem uzajamne pravne pomoći, nakon što su podaci sačuvani.
home-use-emergency-disclosure = Samo u slučaju neposredne opasnosti za život ili sigurnost osobe.
home-use-provider-preservation = Kada davatelj usluga izravno prima zahtjeve stranih tijela: osigurajte odmah čuvanje podataka.
home-use-provider-disclosure = Za izravno traženje od davatelja usluga podataka koji nisu podaci o sadržaju, nakon što su podaci sačuvani.
home-drafts = Nacrti u ovom pregledniku
home-no-drafts = Još nema nacrta.
home-untitled = Nacrt bez oznake
home-country = Zamoljena država
home-edited = Posljednja izmjena
home-duplicate = Udvostruči
home-rename = Preimenuj
home-name = Naziv nacrta
home-save-name = Spremi naziv
home-cancel = Odustani
home-delete = Izbriši
home-export = Izvezi u datoteku
home-import = Uvezi datoteku nacrta
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Nacrt je izbrisan: { $name }.
home-undo = Poništi
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Nacrt je uvezen: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Ovaj je nacrt već bio ovdje pa je uvezen kao kopija: { $name }.
home-import-malformed = Ova datoteka nije nacrt aplikacije Tandem. Ništa nije promijenjeno.
home-import-too-large = Ova je datoteka prevelika za nacrt aplikacije Tandem. Ništa nije promijenjeno.
home-import-newer = Ovaj je nacrt izrađen novijom inačicom aplikacije Tandem. Ništa nije promijenjeno.
home-import-unknown = Ovaj je nacrt za vrstu zahtjeva koju ova inačica aplikacije Tandem nema. Ništa nije promijenjeno.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Ovaj ga je preglednik odbio pohraniti ({ $reason }). Ništa nije promijenjeno.
home-not-found = Ovaj nacrt nije u ovom pregledniku.
home-saving = Spremanje…
home-preview = Pregled PDF datoteke
home-preview-title = Pregled PDF datoteke
home-preview-download = Preuzmi ovu PDF datoteku
