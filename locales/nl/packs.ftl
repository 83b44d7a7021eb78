# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Een verzoekformulier uit een bestand toevoegen
packs-heading = Verzoekformulieren die in deze browser zijn toegevoegd
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Uitgegeven door { $issuer } · versie { $version } · talen: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Bron: { $source } ({ $date })
packs-remove = Dit formulier verwijderen
# Variables:
#   $title (String) - the request form's title
packs-added = Verzoekformulier toegevoegd: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Verzoekformulier verwijderd: { $title }. De concepten ervan blijven in deze browser en worden alleen-lezen geopend.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Deze browser heeft versie { $old } van „{ $title }”. Vervangen door versie { $new }? Concepten die ermee zijn gemaakt, behouden hun antwoorden.
packs-replace = Vervangen
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Verzoekformulier bijgewerkt: { $title }, versie { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Deze browser heeft al versie { $old } van „{ $title }”; het bestand bevat versie { $new }. Er is niets gewijzigd.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Dit concept is gemaakt met het verzoekformulier „{ $id }”, versie { $version }, uitgegeven door { $issuer }, dat niet meer in deze browser staat. Het wordt alleen-lezen getoond: voeg dat formulier opnieuw toe uit het bestand ervan om het concept te bewerken.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Dit bestand is niet als verzoekformulier toegevoegd. Er is niets opgeslagen.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Het bestand is groter dan { $limit } kB.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Het bestand is dieper genest dan { $limit } niveaus.
packs-not-pack = Het bestand is geen verzoekformulierbestand van Tandem.
packs-unknown-format = Het bestand vermeldt geen bekend formaat voor verzoekformulieren.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Het bestand is geschreven voor een nieuwere versie van Tandem (formaat { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Het veld { $field } van het bestand ontbreekt, is leeg, is te lang of heeft het verkeerde type.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = De identificator van het formulier, { $id }, moet bestaan uit 1 tot 40 kleine letters, cijfers en koppeltekens, en met een letter beginnen.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = De identificator van het formulier, { $id }, is al in gebruik voor de eigen soorten verzoeken of teksten van Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = De identificator van het formulier, { $id }, en die van het sjabloon ervan, { $template }, verschillen.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Het sjabloon van het formulier is ongeldig bij { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Het sjabloon van het formulier gebruikt een soort onderdeel die Tandem niet kent: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = De taal { $lang } wordt niet door Tandem ondersteund of wordt twee keer genoemd.
packs-few-langs = Het formulier moet in ten minste twee talen zijn opgesteld.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Het formulier heeft geen teksten in de taal { $lang }, of heeft teksten in een taal die het niet vermeldt.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = De teksten in de taal { $lang } kunnen niet worden gelezen (regel { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = De tekst { $id } ontbreekt in de taal { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = De identificator van de tekst { $id } begint niet met { $prefix }: een formulier mag de eigen teksten van Tandem niet wijzigen.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = De tekst { $id } in de taal { $lang } bevat opmaakcode; alleen platte tekst is toegestaan.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = De tekst { $id } in de taal { $lang } gebruikt een functie of een term; alleen platte tekst, variabelen en keuzes zijn toegestaan.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = De tekst { $id } in de taal { $lang } is langer dan { $limit } tekens.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Het formulier heeft meer dan { $limit } teksten in één taal.
