# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Añadir un formulario de solicitud desde un archivo
packs-heading = Formularios de solicitud añadidos en este navegador
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Emitido por { $issuer } · versión { $version } · idiomas: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Fuente: { $source } ({ $date })
packs-remove = Eliminar este formulario
# Variables:
#   $title (String) - the request form's title
packs-added = Formulario de solicitud añadido: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Formulario de solicitud eliminado: { $title }. Sus borradores permanecen en este navegador y se abren en modo de solo lectura.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Este navegador tiene la versión { $old } de «{ $title }». ¿Desea sustituirla por la versión { $new }? Los borradores redactados con este formulario mantienen sus respuestas.
packs-replace = Sustituir
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Formulario de solicitud actualizado: { $title }, versión { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Este navegador ya tiene la versión { $old } de «{ $title }»; el archivo contiene la versión { $new }. No se ha modificado nada.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Este borrador se redactó con el formulario de solicitud «{ $id }» (versión { $version }, emitido por { $issuer }), que ya no está en este navegador. Se muestra en modo de solo lectura: para modificar el borrador, vuelva a añadir ese formulario desde su archivo.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Este archivo no se ha añadido como formulario de solicitud. No se ha guardado nada.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = El archivo supera los { $limit } kB.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = El archivo tiene más de { $limit } niveles de anidamiento.
packs-not-pack = El archivo no es un archivo de formulario de solicitud de Tandem.
packs-unknown-format = El archivo no indica un formato de formulario de solicitud conocido.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = El archivo fue creado para una versión más reciente de Tandem (formato { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = El campo { $field } del archivo falta, está vacío, es demasiado largo o tiene un tipo incorrecto.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = El identificador del formulario, { $id }, debe constar de 1 a 40 letras minúsculas, cifras y guiones, y empezar por una letra.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = El identificador del formulario, { $id }, ya está reservado para los tipos de solicitud o los textos propios de Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = El identificador del formulario, { $id }, no coincide con el identificador de su plantilla, { $template }.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = La plantilla del formulario no es válida en { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = La plantilla del formulario utiliza un tipo de elemento que Tandem no conoce: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = El idioma { $lang } no es un idioma admitido por Tandem o figura dos veces.
packs-few-langs = El formulario debe estar redactado en al menos dos idiomas.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = El formulario no tiene textos en el idioma { $lang }, o tiene textos en un idioma que no declara.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Los textos en el idioma { $lang } no pueden leerse (línea { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Falta el texto { $id } en el idioma { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = El identificador del texto { $id } no empieza por { $prefix }: un formulario no puede modificar los textos propios de Tandem.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = El texto { $id } en el idioma { $lang } contiene marcado; solo se admite texto sin formato.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = El texto { $id } en el idioma { $lang } utiliza una función o un término; solo se admiten texto sin formato, variables y variantes.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = El texto { $id } en el idioma { $lang } supera los { $limit } caracteres.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = El formulario tiene más de { $limit } textos en un mismo idioma.
