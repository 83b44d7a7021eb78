# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Файлдан суроо-талап формасын кошуу
packs-heading = Ушул браузерге кошулган суроо-талап формалары
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Чыгарган: { $issuer } · версия { $version } · тилдер: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Булак: { $source } ({ $date })
packs-remove = Бул форманы алып салуу
# Variables:
#   $title (String) - the request form's title
packs-added = Суроо-талап формасы кошулду: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Суроо-талап формасы алып салынды: { $title }. Анын долбоорлору ушул браузерде калат жана окуу үчүн гана ачылат.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Бул браузерде «{ $title }» формасынын { $old } версиясы бар. Аны { $new } версиясы менен алмаштыруу керекпи? Ушул форма менен түзүлгөн долбоорлордун жооптору сакталат.
packs-replace = Алмаштыруу
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Суроо-талап формасы жаңыртылды: { $title }, версия { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Бул браузерде «{ $title }» формасынын { $old } версиясы мурдатан бар; файлдагы версия — { $new }. Эч нерсе өзгөртүлгөн жок.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Бул долбоор «{ $id }» суроо-талап формасы (версия { $version }, чыгарган: { $issuer }) менен түзүлгөн, ал эми ал форма бул браузерде эми жок. Долбоор окуу үчүн гана көрсөтүлөт: долбоорду оңдоо үчүн ошол форманы анын файлынан кайра кошуңуз.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Бул файл суроо-талап формасы катары кошулган жок. Эч нерсе сакталган жок.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Файлдын көлөмү { $limit } килобайттан ашат.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Файлдын уя салуу деңгээли { $limit } деңгээлден терең.
packs-not-pack = Бул файл Tandem суроо-талап формасынын файлы эмес.
packs-unknown-format = Файлда суроо-талап формасынын белгилүү форматы көрсөтүлгөн эмес.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Файл Tandem программасынын жаңыраак версиясы үчүн жазылган (формат { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Файлдын { $field } талаасы жок, бош, өтө узун же анын түрү туура эмес.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Форманын { $id } идентификатору 1-ден 40-ка чейинки кичине латын тамгаларынан, цифралардан жана дефистерден турушу жана тамга менен башталышы керек.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Форманын { $id } идентификатору Tandem программасынын өз суроо-талап түрлөрүндө же тексттеринде колдонулат.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Форманын { $id } идентификатору менен анын үлгүсүнүн { $template } идентификатору дал келбейт.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Форманын үлгүсү төмөнкү жерде жараксыз: { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Форманын үлгүсүндө Tandem программасына белгисиз элемент түрү колдонулган: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = { $lang } тилин Tandem колдобойт же ал эки жолу көрсөтүлгөн.
packs-few-langs = Форма кеминде эки тилде түзүлүшү керек.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Формада { $lang } тилиндеги тексттер жок же ал жарыялабаган тилдеги тексттер бар.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = { $lang } тилиндеги тексттерди окуу мүмкүн эмес (сап { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = { $lang } тилинде { $id } тексти жок.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = { $id } тексти { $prefix } префикси менен башталбайт: форма Tandem программасынын өз тексттерин өзгөртүүгө укуксуз.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = { $lang } тилиндеги { $id } текстинде белгилөө бар; жөнөкөй текстке гана уруксат берилет.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = { $lang } тилиндеги { $id } текстинде функция же термин колдонулган; жөнөкөй текстке, өзгөрмөлөргө жана тандоолорго гана уруксат берилет.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = { $lang } тилиндеги { $id } тексти { $limit } белгиден узун.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Формада бир тилдеги тексттердин саны { $limit } чегинен ашат.
