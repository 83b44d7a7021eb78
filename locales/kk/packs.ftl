# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Файлдан сұрау салу нысанын қосу
packs-heading = Осы браузерге қосылған сұрау салу нысандары
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Шығарған: { $issuer } · нұсқа { $version } · тілдер: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Дереккөз: { $source } ({ $date })
packs-remove = Осы нысанды алып тастау
# Variables:
#   $title (String) - the request form's title
packs-added = Сұрау салу нысаны қосылды: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Сұрау салу нысаны алып тасталды: { $title }. Оның жобалары осы браузерде қалады және тек оқу үшін ашылады.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Бұл браузерде «{ $title }» нысанының { $old } нұсқасы бар. Оны { $new } нұсқасымен ауыстыру керек пе? Осы нысанмен жасалған жобалардың жауаптары сақталады.
packs-replace = Ауыстыру
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Сұрау салу нысаны жаңартылды: { $title }, нұсқа { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Бұл браузерде «{ $title }» нысанының { $old } нұсқасы бұрыннан бар; файлдағы нұсқа — { $new }. Ештеңе өзгертілмеді.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Бұл жоба «{ $id }» сұрау салу нысанымен (нұсқа { $version }, шығарған: { $issuer }) жасалған, ал ол нысан бұл браузерде енді жоқ. Жоба тек оқу үшін көрсетіледі: жобаны өңдеу үшін сол нысанды оның файлынан қайта қосыңыз.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Бұл файл сұрау салу нысаны ретінде қосылмады. Ештеңе сақталмады.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Файл { $limit } кБ-тан үлкен.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Файлдың кірістіру деңгейі { $limit } деңгейден терең.
packs-not-pack = Бұл файл Tandem сұрау салу нысанының файлы емес.
packs-unknown-format = Файлда сұрау салу нысанының белгілі пішімі көрсетілмеген.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Файл Tandem бағдарламасының жаңарақ нұсқасына арналып жазылған (пішім { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Файлдың { $field } өрісі жоқ, бос, тым ұзын немесе түрі қате.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Нысанның { $id } сәйкестендіргіші 1-ден 40-қа дейінгі кіші латын әрпінен, цифрдан және дефистен тұруы және әріптен басталуы тиіс.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Нысанның { $id } сәйкестендіргіші Tandem бағдарламасының өз сұрау салу түрлерінде немесе мәтіндерінде пайдаланылған.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Нысанның { $id } сәйкестендіргіші мен оның үлгісінің { $template } сәйкестендіргіші сәйкес келмейді.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Нысанның үлгісі мына орында жарамсыз: { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Нысанның үлгісінде Tandem бағдарламасына белгісіз элемент түрі пайдаланылған: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = { $lang } тіліне Tandem қолдау көрсетпейді немесе ол екі рет көрсетілген.
packs-few-langs = Нысан кемінде екі тілде жасалуы тиіс.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Нысанда { $lang } тіліндегі мәтіндер жоқ немесе ол жарияламаған тілдегі мәтіндер бар.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = { $lang } тіліндегі мәтіндерді оқу мүмкін емес (жол { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = { $lang } тілінде { $id } мәтіні жоқ.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = { $id } мәтіні { $prefix } префиксінен басталмайды: нысанның Tandem бағдарламасының өз мәтіндерін өзгертуге құқығы жоқ.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = { $lang } тіліндегі { $id } мәтінінде белгілеу бар; тек қарапайым мәтінге рұқсат етіледі.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = { $lang } тіліндегі { $id } мәтінінде функция немесе термин пайдаланылған; тек қарапайым мәтінге, айнымалыларға және таңдауларға рұқсат етіледі.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = { $lang } тіліндегі { $id } мәтіні { $limit } таңбадан ұзын.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Нысанда бір тілдегі мәтіндер саны { $limit } шегінен асады.
