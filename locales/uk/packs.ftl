# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Додати форму запиту з файлу
packs-heading = Форми запитів, додані в цьому браузері
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Видано: { $issuer } · версія { $version } · мови: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Джерело: { $source } ({ $date })
packs-remove = Видалити цю форму
# Variables:
#   $title (String) - the request form's title
packs-added = Форму запиту додано: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Форму запиту видалено: { $title }. Її чернетки залишаються в цьому браузері й відкриваються лише для читання.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = У цьому браузері є версія { $old } форми «{ $title }». Замінити її версією { $new }? Відповіді в чернетках, створених за цією формою, збережуться.
packs-replace = Замінити
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Форму запиту оновлено: { $title }, версія { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = У цьому браузері вже є версія { $old } форми «{ $title }»; у файлі міститься версія { $new }. Нічого не змінено.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Цю чернетку створено за формою запиту «{ $id }» (версія { $version }, видано: { $issuer }), якої більше немає в цьому браузері. Чернетка відкрита лише для читання: щоб її змінити, знову додайте цю форму з її файлу.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Цей файл не додано як форму запиту. Нічого не збережено.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Розмір файлу перевищує { $limit } КБ.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Вкладеність структури файлу перевищує { $limit ->
        [one] { $limit } рівень
        [few] { $limit } рівні
       *[other] { $limit } рівнів
    }.
packs-not-pack = Цей файл не є файлом форми запиту Tandem.
packs-unknown-format = У файлі не зазначено відомого формату форми запиту.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Цей файл створено для новішої версії Tandem (формат { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Поле { $field } файлу відсутнє, порожнє, занадто довге або має неправильний тип.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Ідентифікатор форми { $id } має складатися з 1–40 малих латинських літер, цифр і дефісів та починатися з літери.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Ідентифікатор форми { $id } уже зайнятий власними видами запитів або текстами Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Ідентифікатор форми { $id } не збігається з ідентифікатором її шаблону { $template }.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Шаблон форми недійсний в елементі { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = У шаблоні форми використано невідомий Tandem вид елемента: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = Мова { $lang } не підтримується Tandem або зазначена двічі.
packs-few-langs = Форму має бути складено щонайменше двома мовами.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Форма не містить текстів мовою { $lang } або містить тексти мовою, якої в ній не заявлено.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Тексти мовою { $lang } не вдається прочитати (рядок { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Текст { $id } відсутній мовою { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = Текст { $id } не починається з { $prefix }: форма не може змінювати власні тексти Tandem.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = Текст { $id } мовою { $lang } містить розмітку; допускається лише простий текст.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = У тексті { $id } мовою { $lang } використано функцію або термін; допускаються лише простий текст, змінні та варіанти вибору.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Довжина тексту { $id } мовою { $lang } перевищує { $limit ->
        [one] { $limit } символ
        [few] { $limit } символи
       *[other] { $limit } символів
    }.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Форма містить понад { $limit ->
        [one] { $limit } текст
        [few] { $limit } тексти
       *[other] { $limit } текстів
    } однією мовою.
