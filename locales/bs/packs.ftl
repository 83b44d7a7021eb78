# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Dodaj obrazac zahtjeva iz fajla
packs-heading = Obrasci zahtjeva dodani u ovom pregledniku
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Izdao: { $issuer } · verzija { $version } · jezici: { $langs }
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
packs-replace-question = U ovom pregledniku je verzija { $old } obrasca „{ $title }“. Zamijeniti je verzijom { $new }? Nacrti izrađeni u njemu zadržavaju svoje odgovore.
packs-replace = Zamijeni
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Obrazac zahtjeva je ažuriran: { $title }, verzija { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = U ovom pregledniku već je verzija { $old } obrasca „{ $title }“; fajl sadrži verziju { $new }. Ništa nije promijenjeno.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Ovaj nacrt je izrađen u obrascu zahtjeva „{ $id }“ (verzija { $version }, izdao: { $issuer }), kojeg više nema u ovom pregledniku. Prikazuje se samo za čitanje: da biste uređivali nacrt, ponovo dodajte taj obrazac iz njegovog fajla.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Ovaj fajl nije dodan kao obrazac zahtjeva. Ništa nije pohranjeno.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Ovaj fajl je veći od { $limit } kB.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Struktura ovog fajla ugniježđena je u više od { $limit } nivoa.
packs-not-pack = Ovaj fajl nije fajl obrasca zahtjeva aplikacije Tandem.
packs-unknown-format = Ovaj fajl ne navodi poznati format obrasca zahtjeva.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Ovaj fajl je izrađen za noviju verziju aplikacije Tandem (format { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Polje fajla { $field } nedostaje, prazno je, predugo ili je pogrešne vrste.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Identifikator obrasca { $id } mora imati od 1 do 40 malih slova, cifara i crtica i počinjati slovom.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Identifikator obrasca { $id } već je zauzet vlastitim vrstama zahtjeva ili tekstovima aplikacije Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Identifikator obrasca { $id } razlikuje se od identifikatora njegovog šablona { $template }.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Šablon obrasca nije valjan na mjestu { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Šablon obrasca koristi vrstu stavke koju aplikacija Tandem ne poznaje: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = Jezik { $lang } aplikacija Tandem ne podržava ili je naveden dvaput.
packs-few-langs = Obrazac mora biti sastavljen na najmanje dva jezika.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Obrazac nema tekstova na jeziku { $lang } ili ima tekstove na jeziku koji ne navodi.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Tekstovi na jeziku { $lang } ne mogu se pročitati (red { $line }).
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
packs-markup = Tekst { $id } na jeziku { $lang } sadrži oznake; dozvoljen je samo običan tekst.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = Tekst { $id } na jeziku { $lang } koristi funkciju ili termin; dozvoljeni su samo običan tekst, varijable i izbori.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Tekst { $id } na jeziku { $lang } duži je od { $limit ->
        [one] { $limit } znaka
        [few] { $limit } znaka
       *[other] { $limit } znakova
    }.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Obrazac ima više od { $limit ->
        [one] { $limit } teksta
        [few] { $limit } teksta
       *[other] { $limit } tekstova
    } na jednom jeziku.
