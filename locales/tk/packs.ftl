# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Faýldan haýyş formasyny goşmak
packs-heading = Şu brauzere goşulan haýyş formalary
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Çykaran edara: { $issuer } · wersiýa { $version } · diller: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Çeşme: { $source } ({ $date })
packs-remove = Bu formany aýyrmak
# Variables:
#   $title (String) - the request form's title
packs-added = Haýyş formasy goşuldy: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Haýyş formasy aýryldy: { $title }. Onuň taslamalary şu brauzerde galýar we diňe okamak üçin açylýar.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Bu brauzerde «{ $title }» formasynyň { $old } belgili wersiýasy bar. Ony { $new } belgili wersiýa bilen çalyşmalymy? Onuň bilen düzülen taslamalar öz jogaplaryny saklaýar.
packs-replace = Çalyşmak
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Haýyş formasy täzelendi: { $title }, wersiýa { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Bu brauzerde «{ $title }» formasynyň { $old } belgili wersiýasy eýýäm bar; faýlda { $new } belgili wersiýa bar. Hiç zat üýtgedilmedi.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Bu taslama { $issuer } tarapyndan çykarylan «{ $id }» haýyş formasynyň { $version } belgili wersiýasy bilen düzüldi; ol forma indi şu brauzerde ýok. Taslama diňe okamak üçin görkezilýär: taslamany üýtgetmek üçin şol formany öz faýlyndan täzeden goşuň.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Bu faýl haýyş formasy hökmünde goşulmady. Hiç zat ýatda saklanmady.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Faýlyň göwrümi { $limit } kB-dan uly.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Faýlyň içki derejeleriniň sany çäkden köp (iň köp { $limit } dereje).
packs-not-pack = Bu faýl Tandem haýyş formasynyň faýly däl.
packs-unknown-format = Faýlda belli haýyş formasy formaty görkezilmedik.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Faýl Tandem programmasynyň has täze wersiýasy üçin ýazyldy (format { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Faýlyň { $field } meýdançasy ýok, boş, gaty uzyn ýa-da onuň görnüşi nädogry.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Formanyň kesgitleýjisi ({ $id }) harp bilen başlamaly we 1-den 40-a çenli kiçi harpdan, sandan we defisden ybarat bolmaly.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Formanyň kesgitleýjisi ({ $id }) Tandem programmasynyň öz haýyş görnüşleri ýa-da tekstleri üçin eýýäm ulanylýar.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Formanyň kesgitleýjisi ({ $id }) bilen onuň şablonynyň kesgitleýjisi ({ $template }) biri-birinden tapawutlanýar.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Formanyň şablony { $path } ýerinde nädogry.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Formanyň şablonynda Tandem programmasyna näbelli element görnüşi ulanylýar: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = { $lang } dili Tandem programmasynyň goldaýan dilleriniň biri däl ýa-da iki gezek görkezilen.
packs-few-langs = Forma iň bolmanda iki dilde ýazylmaly.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Formada { $lang } dilinde tekst ýok ýa-da onda forma yglan etmedik dilde tekstler bar.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = { $lang } dilindäki tekstleri okap bolmaýar (setir { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = { $id } teksti { $lang } dilinde ýok.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = { $id } tekstiniň kesgitleýjisi { $prefix } bilen başlanmaýar: forma Tandem programmasynyň öz tekstlerini üýtgedip bilmez.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = { $lang } dilindäki { $id } tekstinde belgileme bar; diňe ýönekeý tekste rugsat berilýär.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = { $lang } dilindäki { $id } tekstinde funksiýa ýa-da termin ulanylýar; diňe ýönekeý tekste, üýtgeýänlere we saýlawlara rugsat berilýär.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = { $lang } dilindäki { $id } teksti çäkden uzyn (iň köp { $limit } simwol).
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Formada bir dilde çäkden köp tekst bar (iň köp { $limit }).
