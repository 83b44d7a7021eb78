# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Pridať formulár žiadosti zo súboru
packs-heading = Formuláre žiadostí pridané v tomto prehliadači
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Vydal: { $issuer } · verzia { $version } · jazyky: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Zdroj: { $source } ({ $date })
packs-remove = Odstrániť tento formulár
# Variables:
#   $title (String) - the request form's title
packs-added = Formulár žiadosti pridaný: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Formulár žiadosti odstránený: { $title }. Jeho návrhy zostávajú v tomto prehliadači a otvárajú sa len na čítanie.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = V tomto prehliadači je verzia { $old } formulára „{ $title }“. Nahradiť ju verziou { $new }? Návrhy vytvorené v tomto formulári si zachovajú svoje odpovede.
packs-replace = Nahradiť
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Formulár žiadosti aktualizovaný: { $title }, verzia { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = V tomto prehliadači už je verzia { $old } formulára „{ $title }“; súbor obsahuje verziu { $new }. Nič sa nezmenilo.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Tento návrh bol vytvorený vo formulári žiadosti „{ $id }“ (verzia { $version }, vydal: { $issuer }), ktorý už v tomto prehliadači nie je. Návrh sa zobrazuje len na čítanie: ak ho chcete upraviť, pridajte tento formulár znova z jeho súboru.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Tento súbor nebol pridaný ako formulár žiadosti. Nič sa neuložilo.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Tento súbor je väčší ako { $limit } kB.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Tento súbor má viac ako { $limit ->
        [one] { $limit } úroveň
        [few] { $limit } úrovne
        [many] { $limit } úrovne
       *[other] { $limit } úrovní
    } vnorenia.
packs-not-pack = Tento súbor nie je súborom formulára žiadosti aplikácie Tandem.
packs-unknown-format = Tento súbor neuvádza žiadny známy formát formulára žiadosti.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Tento súbor bol zapísaný pre novšiu verziu aplikácie Tandem (formát { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Pole súboru { $field } chýba, je prázdne, príliš dlhé alebo má nesprávny typ.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Identifikátor formulára { $id } musí mať 1 až 40 znakov z malých písmen, číslic a spojovníkov a musí sa začínať písmenom.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Identifikátor formulára { $id } je už obsadený vlastnými druhmi žiadostí alebo textami aplikácie Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Identifikátor formulára { $id } sa líši od identifikátora jeho šablóny { $template }.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Šablóna formulára je neplatná na mieste { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Šablóna formulára používa druh položky, ktorý aplikácia Tandem nepozná: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = Jazyk { $lang } aplikácia Tandem nepodporuje alebo je uvedený dvakrát.
packs-few-langs = Formulár musí byť vyhotovený aspoň v dvoch jazykoch.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Formulár nemá žiadne texty v jazyku { $lang } alebo má texty v jazyku, ktorý neuvádza.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Texty v jazyku { $lang } nemožno prečítať (riadok { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Text { $id } chýba v jazyku { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = Text { $id } sa nezačína na { $prefix }: formulár nesmie meniť vlastné texty aplikácie Tandem.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = Text { $id } v jazyku { $lang } obsahuje značky; povolený je len čistý text.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = Text { $id } v jazyku { $lang } používa funkciu alebo termín; povolené sú len čistý text, premenné a voľby.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Text { $id } v jazyku { $lang } je dlhší ako { $limit ->
        [one] { $limit } znak
        [few] { $limit } znaky
        [many] { $limit } znaku
       *[other] { $limit } znakov
    }.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Formulár má v jednom jazyku viac ako { $limit ->
        [one] { $limit } text
        [few] { $limit } texty
        [many] { $limit } textu
       *[other] { $limit } textov
    }.
