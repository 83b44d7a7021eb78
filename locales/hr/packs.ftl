# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Dodaj obrazac zahtjeva iz datoteke
packs-heading = Obrasci zahtjeva dodani u ovom pregledniku
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Izdao: { $issuer } · inačica { $version } · jezici: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Izvor: { $source } ({ $date })
packs-remove = Ukloni ovaj obrazac
# Variables:
#   $title (String) - the request form's title
packs-added = Obrazac zahtjeva je dodan: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Obrazac zahtjeva je uklonjen: { $title }. Njegovi nacrti ostaju u ovom pregledniku i otvaraju se samo za čitanje.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = U ovom je pregledniku inačica { $old } obrasca „{ $title }”. Zamijeniti je inačicom { $new }? Nacrti izrađeni s pomoću tog obrasca zadržavaju svoje odgovore.
packs-replace = Zamijeni
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Obrazac zahtjeva je ažuriran: { $title }, inačica { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = U ovom je pregledniku već inačica { $old } obrasca „{ $title }”; datoteka sadržava inačicu { $new }. Ništa nije promijenjeno.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Ovaj je nacrt izrađen s pomoću obrasca zahtjeva „{ $id }” (inačica { $version }, izdavatelj: { $issuer }), kojega više nema u ovom pregledniku. Prikazuje se samo za čitanje: da biste uredili nacrt, ponovno dodajte taj obrazac iz njegove datoteke.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Ova datoteka nije dodana kao obrazac zahtjeva. Ništa nije pohranjeno.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Datoteka je veća od { $limit } kB.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Ugniježđenost strukture datoteke premašuje dopušteni broj razina ({ $limit }).
packs-not-pack = Datoteka nije datoteka obrasca zahtjeva aplikacije Tandem.
packs-unknown-format = Datoteka ne navodi poznati format obrasca zahtjeva.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Datoteka je izrađena za noviju inačicu aplikacije Tandem (format { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Polje datoteke { $field } nedostaje, prazno je, predugo je ili je pogrešne vrste.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Identifikator obrasca { $id } mora se sastojati od 1 do 40 malih slova, znamenki i spojnica te počinjati slovom.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Identifikator obrasca { $id } već upotrebljavaju vlastite vrste zahtjeva ili tekstovi aplikacije Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Identifikator obrasca { $id } i identifikator njegova predloška { $template } razlikuju se.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Predložak obrasca nije valjan na mjestu { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Predložak obrasca upotrebljava vrstu stavke koju aplikacija Tandem ne poznaje: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = Jezik { $lang } nije među jezicima koje aplikacija Tandem podržava ili je naveden dvaput.
packs-few-langs = Obrazac mora biti sastavljen na najmanje dva jezika.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Obrazac nema tekstove na jeziku { $lang } ili ima tekstove na jeziku koji ne navodi.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Tekstovi na jeziku { $lang } ne mogu se pročitati (redak { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Tekst { $id } nedostaje na jeziku { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = Tekst { $id } ne počinje s { $prefix }: obrazac ne smije mijenjati vlastite tekstove aplikacije Tandem.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = Tekst { $id } na jeziku { $lang } sadržava oznake; dopušten je samo običan tekst.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = Tekst { $id } na jeziku { $lang } upotrebljava funkciju ili termin; dopušteni su samo običan tekst, varijable i izbori.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Tekst { $id } na jeziku { $lang } premašuje dopušteni broj znakova ({ $limit }).
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Broj tekstova obrasca na jednom jeziku premašuje dopuštenu vrijednost ({ $limit }).
