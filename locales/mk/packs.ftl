# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Додај образец за барање од датотека
packs-heading = Обрасци за барање додадени во овој прелистувач
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Издаден од { $issuer } · верзија { $version } · јазици: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Извор: { $source } ({ $date })
packs-remove = Отстрани го овој образец
# Variables:
#   $title (String) - the request form's title
packs-added = Образецот за барање е додаден: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Образецот за барање е отстранет: { $title }. Неговите нацрти остануваат во овој прелистувач и се отвораат само за читање.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Во овој прелистувач е верзијата { $old } на „{ $title }“. Да се замени со верзијата { $new }? Нацртите составени со овој образец ги задржуваат своите одговори.
packs-replace = Замени
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Образецот за барање е ажуриран: { $title }, верзија { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Во овој прелистувач веќе е верзијата { $old } на „{ $title }“; датотеката ја содржи верзијата { $new }. Ништо не е променето.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Овој нацрт е составен со образецот за барање „{ $id }“ (верзија { $version }, издаден од { $issuer }), кој повеќе не е во овој прелистувач. Нацртот е прикажан само за читање: за да го уредувате, повторно додајте го тој образец од неговата датотека.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Оваа датотека не е додадена како образец за барање. Ништо не е зачувано.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Датотеката е поголема од { $limit } КБ.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Датотеката е вгнездена подлабоко од { $limit ->
        [one] { $limit } ниво
       *[other] { $limit } нивоа
    }.
packs-not-pack = Оваа датотека не е датотека со образец за барање на Tandem.
packs-unknown-format = Датотеката не наведува познат формат на образец за барање.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Датотеката е напишана за понова верзија на Tandem (формат { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Полето { $field } на датотеката недостасува, празно е, предолго е или е од погрешен тип.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Идентификаторот на образецот { $id } мора да има од 1 до 40 мали букви, цифри и цртички и да започнува со буква.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Идентификаторот на образецот { $id } веќе го користат сопствените видови барања или текстови на Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Идентификаторот на образецот { $id } и идентификаторот на неговиот шаблон { $template } се разликуваат.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Шаблонот на образецот не е валиден на местото { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Шаблонот на образецот користи вид ставка што Tandem не го познава: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = Јазикот { $lang } не е меѓу јазиците што ги поддржува Tandem или е наведен двапати.
packs-few-langs = Образецот мора да биде составен на најмалку два јазика.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Образецот нема текстови на јазикот { $lang } или има текстови на јазик што не го наведува.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Текстовите на јазикот { $lang } не можат да се прочитаат (ред { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Текстот { $id } недостасува на јазикот { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = Идентификаторот на текстот { $id } не започнува со { $prefix }: образецот не смее да ги менува сопствените текстови на Tandem.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = Текстот { $id } на јазикот { $lang } содржи ознаки за форматирање; дозволен е само обичен текст.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = Текстот { $id } на јазикот { $lang } користи функција или термин; дозволени се само обичен текст, променливи и варијанти.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Текстот { $id } на јазикот { $lang } е подолг од { $limit ->
        [one] { $limit } знак
       *[other] { $limit } знаци
    }.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Образецот има повеќе од { $limit ->
        [one] { $limit } текст
       *[other] { $limit } текстови
    } на еден јазик.
