# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Добавяне на формуляр за искане от файл
packs-heading = Формуляри за искания, добавени в този браузър
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Издаден от { $issuer } · версия { $version } · езици: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Източник: { $source } ({ $date })
packs-remove = Премахване на този формуляр
# Variables:
#   $title (String) - the request form's title
packs-added = Формулярът за искане е добавен: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Формулярът за искане е премахнат: { $title }. Проектите, съставени с него, остават в този браузър и се отварят само за четене.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = В този браузър е версия { $old } на „{ $title }“. Да бъде ли заменена с версия { $new }? Проектите, съставени с този формуляр, не губят отговорите си.
packs-replace = Замяна
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Формулярът за искане е обновен: { $title }, версия { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = В този браузър вече е версия { $old } на „{ $title }“; файлът съдържа версия { $new }. Нищо не е променено.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Този проект е съставен с формуляра за искане „{ $id }“ (версия { $version }, издаден от { $issuer }), който вече не е в този браузър. Проектът се показва само за четене: за да го редактирате, добавете отново този формуляр от неговия файл.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Този файл не е добавен като формуляр за искане. Нищо не е записано.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Файлът е по-голям от { $limit } kB.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Структурата на файла е вложена на повече от { $limit ->
        [one] { $limit } ниво
       *[other] { $limit } нива
    }.
packs-not-pack = Този файл не е файл с формуляр за искане на Tandem.
packs-unknown-format = Файлът не посочва известен формат на формуляр за искане.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Файлът е създаден за по-нова версия на Tandem (формат { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Полето { $field } на файла липсва, е празно, е твърде дълго или е от неправилен тип.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Идентификаторът на формуляра { $id } трябва да се състои от 1 до 40 малки букви, цифри и тирета и да започва с буква.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Идентификаторът на формуляра { $id } вече се използва от собствените видове искания или текстове на Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Идентификаторът на формуляра { $id } и идентификаторът на неговия шаблон { $template } се различават.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Шаблонът на формуляра не е валиден в { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Шаблонът на формуляра използва вид елемент, непознат за Tandem: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = Езикът { $lang } не е сред поддържаните от Tandem езици или е посочен два пъти.
packs-few-langs = Формулярът трябва да бъде написан на поне два езика.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Формулярът няма текстове на езика { $lang } или съдържа текстове на език, който не е посочил.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Текстовете на езика { $lang } не могат да бъдат прочетени (ред { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Текстът { $id } липсва на езика { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = Идентификаторът на текста { $id } не започва с { $prefix }: формулярът не може да променя собствените текстове на Tandem.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = Текстът { $id } на езика { $lang } съдържа маркиране; разрешен е само обикновен текст.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = Текстът { $id } на езика { $lang } използва функция или термин; разрешени са само обикновен текст, променливи и варианти.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Текстът { $id } на езика { $lang } е по-дълъг от { $limit ->
        [one] { $limit } знак
       *[other] { $limit } знака
    }.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Формулярът има повече от { $limit ->
        [one] { $limit } текст
       *[other] { $limit } текста
    } на един език.
