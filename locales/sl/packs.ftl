# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Dodaj obrazec zaprosila iz datoteke
packs-heading = Obrazci zaprosil, dodani v tem brskalniku
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Izdajatelj: { $issuer } · različica { $version } · jeziki: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Vir: { $source } ({ $date })
packs-remove = Odstrani ta obrazec
# Variables:
#   $title (String) - the request form's title
packs-added = Obrazec zaprosila dodan: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Obrazec zaprosila odstranjen: { $title }. Njegovi osnutki ostanejo v tem brskalniku in se odprejo samo za branje.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = V tem brskalniku je različica { $old } obrazca »{ $title }«. Jo želite zamenjati z različico { $new }? Osnutki, izdelani s tem obrazcem, obdržijo svoje odgovore.
packs-replace = Zamenjaj
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Obrazec zaprosila posodobljen: { $title }, različica { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = V tem brskalniku je že različica { $old } obrazca »{ $title }«; datoteka vsebuje različico { $new }. Nič ni bilo spremenjeno.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Ta osnutek je bil izdelan z obrazcem zaprosila »{ $id }« (različica { $version }, izdajatelj: { $issuer }), ki ga v tem brskalniku ni več. Prikazan je samo za branje: če želite osnutek urejati, znova dodajte ta obrazec iz njegove datoteke.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Ta datoteka ni bila dodana kot obrazec zaprosila. Nič ni bilo shranjeno.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Datoteka je večja od { $limit } kB.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Gnezdenje strukture datoteke presega dovoljeno število ravni ({ $limit }).
packs-not-pack = Datoteka ni datoteka obrazca zaprosila aplikacije Tandem.
packs-unknown-format = Datoteka ne navaja znane oblike obrazca zaprosila.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Datoteka je bila zapisana za novejšo različico aplikacije Tandem (oblika { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Polje datoteke { $field } manjka, je prazno, predolgo ali ima napačen tip.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Identifikator obrazca { $id } mora biti sestavljen iz 1 do 40 malih črk, števk in vezajev ter se začeti s črko.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Identifikator obrazca { $id } že uporabljajo lastne vrste zaprosil ali besedila aplikacije Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Identifikator obrazca { $id } in identifikator njegove predloge { $template } se razlikujeta.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Predloga obrazca ni veljavna na mestu { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Predloga obrazca uporablja vrsto postavke, ki je aplikacija Tandem ne pozna: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = Jezik { $lang } ni med jeziki, ki jih aplikacija Tandem podpira, ali pa je naveden dvakrat.
packs-few-langs = Obrazec mora biti sestavljen v vsaj dveh jezikih.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Obrazec nima besedil v jeziku { $lang } ali pa ima besedila v jeziku, ki ga ne navaja.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Besedil v jeziku { $lang } ni mogoče prebrati (vrstica { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Besedilo { $id } v jeziku { $lang } manjka.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = Besedilo { $id } se ne začne z { $prefix }: obrazec ne sme spreminjati lastnih besedil aplikacije Tandem.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = Besedilo { $id } v jeziku { $lang } vsebuje oznake; dovoljeno je samo navadno besedilo.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = Besedilo { $id } v jeziku { $lang } uporablja funkcijo ali term; dovoljeni so samo navadno besedilo, spremenljivke in izbire.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Besedilo { $id } v jeziku { $lang } presega dovoljeno število znakov ({ $limit }).
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Število besedil obrazca v enem jeziku presega dovoljeno vrednost ({ $limit }).
