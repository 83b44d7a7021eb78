# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Илова кардани шакли дархост аз файл
packs-heading = Шаклҳои дархост, ки дар ин браузер илова шудаанд
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Мақомоти содиркунанда: { $issuer } · версия: { $version } · забонҳо: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Манбаъ: { $source } ({ $date })
packs-remove = Нест кардани ин шакл
# Variables:
#   $title (String) - the request form's title
packs-added = Шакли дархост илова шуд: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Шакли дархост нест карда шуд: { $title }. Лоиҳаҳои он дар ин браузер боқӣ мемонанд ва танҳо барои хондан кушода мешаванд.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Дар ин браузер версияи { $old } шакли «{ $title }» мавҷуд аст. Онро бо версияи { $new } иваз кунед? Ҷавобҳои лоиҳаҳое, ки бо он тартиб дода шудаанд, нигоҳ дошта мешаванд.
packs-replace = Иваз кардан
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Шакли дархост нав карда шуд: { $title }, версия: { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Дар ин браузер аллакай версияи { $old } шакли «{ $title }» мавҷуд аст; дар файл версияи { $new } аст. Ҳеҷ чиз тағйир наёфт.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Ин лоиҳа бо шакли дархости «{ $id }» (версия: { $version }, мақомоти содиркунанда: { $issuer }) тартиб дода шудааст; ин шакл дигар дар ин браузер нест. Лоиҳа танҳо барои хондан нишон дода мешавад: барои таҳрир кардани лоиҳа он шаклро аз файли худаш дубора илова кунед.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Ин файл ҳамчун шакли дархост илова нашуд. Ҳеҷ чиз нигоҳ дошта нашуд.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Ин файл аз { $limit } кБ калонтар аст.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Сохтори ин файл аз { $limit } сатҳ чуқуртар аст.
packs-not-pack = Ин файл файли шакли дархости Tandem нест.
packs-unknown-format = Ин файл формати маълуми шакли дархостро нишон намедиҳад.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Ин файл барои версияи навтари Tandem навишта шудааст (формат: { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Майдони { $field } дар файл вуҷуд надорад, холӣ аст, аз ҳад дароз аст ё навъи нодуруст дорад.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Муайянкунандаи шакл ({ $id }) бояд аз 1 то 40 ҳарфи хурди лотинӣ, рақам ва нимтире иборат бошад ва бо ҳарф оғоз шавад.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Муайянкунандаи шакл ({ $id }) аллакай барои навъҳои дархост ё матнҳои худи Tandem истифода мешавад.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Муайянкунандаи шакл ({ $id }) ва муайянкунандаи шаблони он ({ $template }) гуногунанд.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Шаблони шакл дар ҷойи { $path } нодуруст аст.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Шаблони шакл навъи унсуреро истифода мебарад, ки ба Tandem номаълум аст: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = Забони { $lang } аз ҷониби Tandem дастгирӣ намешавад ё ду бор зикр шудааст.
packs-few-langs = Шакл бояд ақаллан бо ду забон тартиб дода шавад.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Дар шакл матнҳо бо забони { $lang } нестанд ё матнҳо бо забоне ҳастанд, ки шакл онро эълон намекунад.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Матнҳоро бо забони { $lang } хондан ғайриимкон аст (сатри { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Матни { $id } бо забони { $lang } вуҷуд надорад.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = Матни { $id } бо { $prefix } оғоз намешавад: шакл наметавонад матнҳои худи Tandem-ро тағйир диҳад.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = Матни { $id } бо забони { $lang } нишонагузорӣ (тегҳо) дорад; танҳо матни оддӣ иҷозат дода мешавад.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = Матни { $id } бо забони { $lang } функсия ё истилоҳро истифода мебарад; танҳо матни оддӣ, тағйирёбандаҳо ва интихобҳо иҷозат дода мешаванд.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Матни { $id } бо забони { $lang } аз { $limit } аломат дарозтар аст.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Дар шакл бо як забон зиёда аз { $limit } матн мавҷуд аст.
