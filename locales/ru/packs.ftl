# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Добавить форму запроса из файла
packs-heading = Формы запросов, добавленные в этом браузере
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Издана: { $issuer } · версия { $version } · языки: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Источник: { $source } ({ $date })
packs-remove = Удалить эту форму
# Variables:
#   $title (String) - the request form's title
packs-added = Форма запроса добавлена: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Форма запроса удалена: { $title }. Ее черновики остаются в этом браузере и открываются только для чтения.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = В этом браузере есть версия { $old } формы «{ $title }». Заменить ее версией { $new }? Ответы в черновиках, созданных по этой форме, сохранятся.
packs-replace = Заменить
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Форма запроса обновлена: { $title }, версия { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = В этом браузере уже есть версия { $old } формы «{ $title }»; в файле содержится версия { $new }. Ничего не изменено.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Этот черновик создан по форме запроса «{ $id }», версия { $version } (издана: { $issuer }), которой больше нет в этом браузере. Он открыт только для чтения: чтобы изменить черновик, снова добавьте эту форму из ее файла.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Этот файл не добавлен как форма запроса. Ничего не сохранено.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Размер файла превышает { $limit } КБ.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Вложенность структуры файла превышает { $limit ->
        [one] { $limit } уровень
        [few] { $limit } уровня
       *[other] { $limit } уровней
    }.
packs-not-pack = Этот файл не является файлом формы запроса Tandem.
packs-unknown-format = В файле не указан известный формат формы запроса.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Этот файл создан для более новой версии Tandem (формат { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Поле { $field } файла отсутствует, пустое, слишком длинное или имеет неверный тип.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Идентификатор формы { $id } должен состоять из 1–40 строчных латинских букв, цифр и дефисов и начинаться с буквы.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Идентификатор формы { $id } уже занят собственными видами запросов или текстами Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Идентификатор формы { $id } не совпадает с идентификатором ее шаблона { $template }.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Шаблон формы недопустим в элементе { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = В шаблоне формы используется неизвестный Tandem вид элемента: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = Язык { $lang } не поддерживается Tandem или указан дважды.
packs-few-langs = Форма должна быть составлена не менее чем на двух языках.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = В форме нет текстов на языке { $lang } или есть тексты на языке, который в ней не заявлен.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Тексты на языке { $lang } не удается прочитать (строка { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Текст { $id } отсутствует на языке { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = Текст { $id } не начинается с { $prefix }: форма не может изменять собственные тексты Tandem.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = Текст { $id } на языке { $lang } содержит разметку; допускается только простой текст.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = В тексте { $id } на языке { $lang } используется функция или термин; допускаются только простой текст, переменные и варианты выбора.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Длина текста { $id } на языке { $lang } превышает { $limit ->
        [one] { $limit } символ
        [few] { $limit } символа
       *[other] { $limit } символов
    }.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = В форме более { $limit ->
        [one] { $limit } текста
       *[other] { $limit } текстов
    } на одном языке.
