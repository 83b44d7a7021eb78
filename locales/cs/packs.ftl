# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Přidat formulář žádosti ze souboru
packs-heading = Formuláře žádostí přidané v tomto prohlížeči
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Vydal: { $issuer } · verze { $version } · jazyky: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Zdroj: { $source } ({ $date })
packs-remove = Odebrat tento formulář
# Variables:
#   $title (String) - the request form's title
packs-added = Formulář žádosti přidán: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Formulář žádosti odebrán: { $title }. Jeho koncepty zůstávají v tomto prohlížeči a otevírají se jen pro čtení.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Tento prohlížeč má verzi { $old } formuláře „{ $title }“. Nahradit ji verzí { $new }? Koncepty vytvořené pomocí tohoto formuláře si ponechají své odpovědi.
packs-replace = Nahradit
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Formulář žádosti aktualizován: { $title }, verze { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Tento prohlížeč již má verzi { $old } formuláře „{ $title }“; soubor obsahuje verzi { $new }. Nic nebylo změněno.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Tento koncept byl vytvořen pomocí formuláře žádosti „{ $id }“ (verze { $version }, vydavatel: { $issuer }), který již v tomto prohlížeči není. Zobrazuje se jen pro čtení: chcete-li koncept upravit, přidejte tento formulář znovu z jeho souboru.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Tento soubor nebyl přidán jako formulář žádosti. Nic nebylo uloženo.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Soubor je větší než { $limit } kB.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Vnoření struktury souboru překračuje povolený počet úrovní ({ $limit }).
packs-not-pack = Soubor není souborem formuláře žádosti aplikace Tandem.
packs-unknown-format = Soubor neuvádí žádný známý formát formuláře žádosti.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Soubor byl zapsán pro novější verzi aplikace Tandem (formát { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Pole souboru { $field } chybí, je prázdné, příliš dlouhé nebo má nesprávný typ.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Identifikátor formuláře { $id } musí mít 1 až 40 znaků z malých písmen, číslic a spojovníků a musí začínat písmenem.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Identifikátor formuláře { $id } je obsazen vlastními druhy žádostí nebo texty aplikace Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Identifikátor formuláře { $id } a identifikátor jeho šablony { $template } se liší.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Šablona formuláře je neplatná v místě { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Šablona formuláře používá druh položky, který aplikace Tandem nezná: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = Jazyk { $lang } aplikace Tandem nepodporuje, nebo je uveden dvakrát.
packs-few-langs = Formulář musí být vyhotoven nejméně ve dvou jazycích.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Formulář nemá texty v jazyce { $lang }, nebo má texty v jazyce, který neuvádí.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Texty v jazyce { $lang } nelze přečíst (řádek { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Text { $id } v jazyce { $lang } chybí.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = Text { $id } nezačíná na { $prefix }: formulář nesmí měnit vlastní texty aplikace Tandem.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = Text { $id } v jazyce { $lang } obsahuje značky; povolen je pouze prostý text.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = Text { $id } v jazyce { $lang } používá funkci nebo term; povoleny jsou pouze prostý text, proměnné a varianty výběru.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Text { $id } v jazyce { $lang } překračuje povolený počet znaků ({ $limit }).
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Počet textů formuláře v jednom jazyce překračuje povolenou hodnotu ({ $limit }).
