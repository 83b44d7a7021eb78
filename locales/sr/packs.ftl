# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Додај образац захтева из датотеке
packs-heading = Обрасци захтева додати у овом прегледачу
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Издао: { $issuer } · верзија { $version } · језици: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Извор: { $source } ({ $date })
packs-remove = Уклони овај образац
# Variables:
#   $title (String) - the request form's title
packs-added = Образац захтева је додат: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Образац захтева је уклоњен: { $title }. Његови нацрти остају у овом прегледачу и отварају се само за читање.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = У овом прегледачу је верзија { $old } обрасца „{ $title }”. Заменити је верзијом { $new }? Нацрти састављени помоћу овог обрасца задржавају своје одговоре.
packs-replace = Замени
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Образац захтева је ажуриран: { $title }, верзија { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = У овом прегледачу већ је верзија { $old } обрасца „{ $title }”; датотека садржи верзију { $new }. Ништа није промењено.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Овај нацрт је састављен помоћу обрасца захтева „{ $id }”, верзија { $version }, који је издао { $issuer }, а који више није у овом прегледачу. Приказује се само за читање: да бисте изменили нацрт, поново додајте тај образац из његове датотеке.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Ова датотека није додата као образац захтева. Ништа није сачувано.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Датотека је већа од { $limit } КБ.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Датотека је угнежђена дубље од { $limit } нивоа.
packs-not-pack = Датотека није датотека обрасца захтева апликације Tandem.
packs-unknown-format = Датотека не наводи познати формат обрасца захтева.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Датотека је направљена за новију верзију апликације Tandem (формат { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Поље { $field } датотеке недостаје, празно је, предугачко је или је погрешног типа.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Идентификатор обрасца { $id } мора да се састоји од 1 до 40 малих латиничних слова, цифара и цртица и да почиње словом.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Идентификатор обрасца { $id } већ користе сопствене врсте захтева или текстови апликације Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Идентификатор обрасца { $id } и идентификатор његовог шаблона { $template } се разликују.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Шаблон обрасца није исправан на месту { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Шаблон обрасца користи врсту ставке коју Tandem не познаје: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = Језик { $lang } није међу језицима које Tandem подржава или је наведен два пута.
packs-few-langs = Образац мора бити састављен на најмање два језика.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Образац нема текстове на језику { $lang } или има текстове на језику који не наводи.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Текстови на језику { $lang } не могу да се прочитају (ред { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Текст { $id } недостаје на језику { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = Текст { $id } не почиње са { $prefix }: образац не сме да мења сопствене текстове апликације Tandem.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = Текст { $id } на језику { $lang } садржи ознаке за обликовање; дозвољен је само обичан текст.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = Текст { $id } на језику { $lang } користи функцију или термин; дозвољени су само обичан текст, променљиве и избори.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Текст { $id } на језику { $lang } дужи је од { $limit } знакова.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Образац има више од { $limit } текстова на једном језику.
