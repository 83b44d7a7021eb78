# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Ավելացնել հարցման ձև ֆայլից
packs-heading = Այս դիտարկիչում ավելացված հարցման ձևեր
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Թողարկող՝ { $issuer } · տարբերակ { $version } · լեզուներ՝ { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Աղբյուր՝ { $source } ({ $date })
packs-remove = Հեռացնել այս ձևը
# Variables:
#   $title (String) - the request form's title
packs-added = Հարցման ձևն ավելացված է՝ { $title }։
# Variables:
#   $title (String) - the request form's title
packs-removed = Հարցման ձևը հեռացված է՝ { $title }։ Դրա նախագծերը մնում են այս դիտարկիչում և բացվում են միայն ընթերցման համար։
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Այս դիտարկիչում կա «{ $title }» ձևի { $old } տարբերակը։ Փոխարինե՞լ այն { $new } տարբերակով։ Դրանով կազմված նախագծերը պահպանում են իրենց պատասխանները։
packs-replace = Փոխարինել
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Հարցման ձևը թարմացված է՝ { $title }, տարբերակ { $version }։
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Այս դիտարկիչում արդեն կա «{ $title }» ձևի { $old } տարբերակը, իսկ ֆայլը պարունակում է { $new } տարբերակը։ Ոչինչ չի փոխվել։
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Այս նախագիծը կազմվել է «{ $id }» հարցման ձևով (տարբերակ { $version }, թողարկող՝ { $issuer }), որն այլևս այս դիտարկիչում չկա։ Նախագիծը ցուցադրվում է միայն ընթերցման համար. այն խմբագրելու համար կրկին ավելացրեք այդ ձևը դրա ֆայլից։

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Այս ֆայլը չի ավելացվել որպես հարցման ձև։ Ոչինչ չի պահպանվել։
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Ֆայլը գերազանցում է { $limit } ԿԲ-ը։
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Ֆայլի ներդրվածությունը գերազանցում է { $limit } մակարդակը։
packs-not-pack = Այս ֆայլը Tandem-ի հարցման ձևի ֆայլ չէ։
packs-unknown-format = Ֆայլում նշված չէ հարցման ձևի հայտնի ձևաչափ։
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Ֆայլը ստեղծվել է Tandem-ի ավելի նոր տարբերակի համար (ձևաչափ { $format })։
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Ֆայլի { $field } դաշտը բացակայում է, դատարկ է, չափազանց երկար է կամ սխալ տեսակի է։
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Ձևի { $id } նույնացուցիչը պետք է կազմված լինի 1-ից 40 լատինական փոքրատառերից, թվանշաններից և գծիկներից և սկսվի տառով։
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Ձևի { $id } նույնացուցիչն արդեն զբաղեցված է Tandem-ի սեփական հարցման տեսակների կամ տեքստերի կողմից։
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Ձևի { $id } նույնացուցիչը և դրա կաղապարի { $template } նույնացուցիչը չեն համընկնում։
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Ձևի կաղապարն անվավեր է հետևյալ տեղում՝ { $path }։
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Ձևի կաղապարն օգտագործում է տարրի տեսակ, որն անհայտ է Tandem-ին՝ { $kind }։
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = { $lang } լեզուն Tandem-ի աջակցվող լեզուներից չէ կամ նշված է երկու անգամ։
packs-few-langs = Ձևը պետք է կազմված լինի առնվազն երկու լեզվով։
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Ձևը չունի տեքստեր { $lang } լեզվով, կամ ունի տեքստեր այնպիսի լեզվով, որը չի հայտարարում։
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = { $lang } լեզվով տեքստերը հնարավոր չէ կարդալ (տող { $line })։
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = { $id } տեքստը բացակայում է { $lang } լեզվով։
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = { $id } տեքստը չի սկսվում { $prefix } նախածանցով. ձևն իրավունք չունի փոխելու Tandem-ի սեփական տեքստերը։
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = { $lang } լեզվով { $id } տեքստը պարունակում է նշարկում. թույլատրվում է միայն պարզ տեքստ։
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = { $lang } լեզվով { $id } տեքստն օգտագործում է ֆունկցիա կամ տերմին. թույլատրվում են միայն պարզ տեքստ, փոփոխականներ և ընտրության տարբերակներ։
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = { $lang } լեզվով { $id } տեքստը { $limit } նիշից երկար է։
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Ձևն ունի ավելի քան { $limit } տեքստ մեկ լեզվով։
