# Home screen (request types, drafts kept in this browser), autosave and the PDF preview.

home-all-requests = Vsa zaprosila
home-start = Začni novo zaprosilo
home-use-art29-preservation = Začnite tukaj: poskrbite za takojšnje zavarovanje podatkov, preden jih je mogoče izbrisati.
home-use-art31-subscriber = Za pridobitev podatkov o naročnikih z medsebojno pravno pomočjo, ko so zavarovani.
home-use-art31-traffic = Za pridobitev podatkov o prometu z medsebojno pravno pomočjo, ko so zavarovani.
home-use-art31-content = Za pridobitev podatkov o vsebini z medsebojno pravno pomočjo, ko so zavarovani.
home-use-emergency-disclosure = Samo ob neposredni nevarnosti za življenje ali varnost osebe.
home-use-provider-preservation = Kadar ponudnik storitev sprejema zaprosila tujih organov neposredno: poskrbite za takojšnje zavarovanje podatkov.
home-use-provider-disclosure = Za neposredno pridobitev podatkov, ki niso podatki o vsebini, od ponudnika storitev, ko so zavarovani.
home-drafts = Osnutki v tem brskalniku
home-no-drafts = Osnutkov še ni.
home-untitled = Osnutek brez opravilne številke
home-country = Zaprošena država
home-edited = Nazadnje urejeno
home-duplicate = Podvoji
home-rename = Preimenuj
home-name = Ime osnutka
home-save-name = Shrani ime
home-cancel = Prekliči
home-delete = Izbriši
home-export = Izvozi v datoteko
home-import = Uvozi datoteko osnutka
# Variables:
#   $name (String) - the draft's name or reference number
home-deleted = Osnutek izbrisan: { $name }.
home-undo = Razveljavi
# Variables:
#   $name (String) - the draft's name or reference number
home-imported = Osnutek uvožen: { $name }.
# Variables:
#   $name (String) - the draft's name or reference number
home-imported-copy = Ta osnutek je bil že tukaj, zato je bil uvožen kot kopija: { $name }.
home-import-malformed = Ta datoteka ni osnutek aplikacije Tandem. Nič ni bilo spremenjeno.
home-import-too-large = Ta datoteka je prevelika za osnutek aplikacije Tandem. Nič ni bilo spremenjeno.
home-import-newer = Ta osnutek je bil izdelan z novejšo različico aplikacije Tandem. Nič ni bilo spremenjeno.
home-import-unknown = Ta osnutek je za vrsto zaprosila, ki je ta različica aplikacije Tandem ne pozna. Nič ni bilo spremenjeno.
# Variables:
#   $reason (String) - the browser's reason
home-storage-failed = Ta brskalnik ga ni hotel shraniti ({ $reason }). Nič ni bilo spremenjeno.
home-not-found = Tega osnutka ni v tem brskalniku.
home-saving = Shranjevanje …
home-preview = Predogled PDF
home-preview-title = Predogled PDF
home-preview-download = Prenesi ta PDF
