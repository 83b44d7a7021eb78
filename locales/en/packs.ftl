# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Add a request form from a file
packs-heading = Request forms added in this browser
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Issued by { $issuer } · version { $version } · languages: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Source: { $source } ({ $date })
packs-remove = Remove this form
# Variables:
#   $title (String) - the request form's title
packs-added = Request form added: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Request form removed: { $title }. Its drafts stay in this browser and open read-only.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = This browser has version { $old } of “{ $title }”. Replace it with version { $new }? Drafts made with it keep their answers.
packs-replace = Replace
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Request form updated: { $title }, version { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = This browser already has version { $old } of “{ $title }”; the file holds version { $new }. Nothing was changed.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = This draft was made with the request form “{ $id }”, version { $version }, issued by { $issuer }, which is no longer in this browser. It is shown read-only: add that form again from its file to edit the draft.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = This file was not added as a request form. Nothing was stored.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = The file is larger than { $limit } kB.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = The file is nested deeper than { $limit } levels.
packs-not-pack = The file is not a Tandem request form file.
packs-unknown-format = The file does not state a known request form format.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = The file was written for a newer version of Tandem (format { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = The file's field { $field } is missing, empty, too long or of the wrong type.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = The form's identifier { $id } must be 1 to 40 lower-case letters, digits and hyphens, starting with a letter.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = The form's identifier { $id } is taken by Tandem's own request types or texts.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = The form's identifier { $id } and its template's identifier { $template } differ.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = The form's template is not valid at { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = The form's template uses an item kind Tandem does not know: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = The language { $lang } is not one Tandem supports, or is named twice.
packs-few-langs = The form must be written in at least two languages.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = The form has no texts in the language { $lang }, or texts in a language it does not declare.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = The texts in the language { $lang } cannot be read (line { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = The text { $id } is missing in the language { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = The text { $id } does not start with { $prefix }: a form may not change Tandem's own texts.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = The text { $id } in the language { $lang } contains markup; only plain text is allowed.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = The text { $id } in the language { $lang } uses a function or a term; only plain text, variables and choices are allowed.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = The text { $id } in the language { $lang } is longer than { $limit } characters.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = The form has more than { $limit } texts in one language.
