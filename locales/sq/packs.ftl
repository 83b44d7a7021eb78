# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Shto një formular kërkese nga një skedar
packs-heading = Formularë kërkese të shtuar në këtë shfletues
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Lëshuar nga: { $issuer } · versioni { $version } · gjuhët: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Burimi: { $source } ({ $date })
packs-remove = Hiq këtë formular
# Variables:
#   $title (String) - the request form's title
packs-added = Formulari i kërkesës u shtua: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Formulari i kërkesës u hoq: { $title }. Draftet e tij mbeten në këtë shfletues dhe hapen vetëm për lexim.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Ky shfletues ka versionin { $old } të «{ $title }». Ta zëvendësoni me versionin { $new }? Draftet e hartuara me të i ruajnë përgjigjet e tyre.
packs-replace = Zëvendëso
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Formulari i kërkesës u përditësua: { $title }, versioni { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Ky shfletues ka tashmë versionin { $old } të «{ $title }»; skedari përmban versionin { $new }. Nuk u ndryshua asgjë.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Ky draft është hartuar me formularin e kërkesës «{ $id }» (versioni { $version }, lëshuar nga: { $issuer }), i cili nuk ndodhet më në këtë shfletues. Drafti shfaqet vetëm për lexim: për ta ndryshuar draftin, shtojeni sërish atë formular nga skedari i tij.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Ky skedar nuk u shtua si formular kërkese. Nuk u ruajt asgjë.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Skedari i kalon { $limit } kB.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Skedari ka më shumë se { $limit } nivele fole.
packs-not-pack = Ky skedar nuk është skedar formulari kërkese i Tandem.
packs-unknown-format = Skedari nuk tregon një format të njohur formulari kërkese.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Skedari është krijuar për një version më të ri të Tandem (formati { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Fusha { $field } e skedarit mungon, është bosh, është tepër e gjatë ose ka lloj të gabuar.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Identifikuesi { $id } i formularit duhet të ketë nga 1 deri në 40 shkronja të vogla, shifra dhe viza ndarëse dhe të fillojë me shkronjë.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Identifikuesi { $id } i formularit është i zënë nga llojet e kërkesave ose tekstet e vetë Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Identifikuesi { $id } i formularit dhe identifikuesi { $template } i shabllonit të tij ndryshojnë.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Shablloni i formularit nuk është i vlefshëm te { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Shablloni i formularit përdor një lloj elementi që Tandem nuk e njeh: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = Gjuha { $lang } nuk mbështetet nga Tandem ose është përmendur dy herë.
packs-few-langs = Formulari duhet të jetë i hartuar të paktën në dy gjuhë.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Formulari nuk ka tekste në gjuhën { $lang }, ose ka tekste në një gjuhë që nuk e deklaron.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Tekstet në gjuhën { $lang } nuk mund të lexohen (rreshti { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Teksti { $id } mungon në gjuhën { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = Teksti { $id } nuk fillon me { $prefix }: një formular nuk mund të ndryshojë tekstet e vetë Tandem.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = Teksti { $id } në gjuhën { $lang } përmban shënjime; lejohet vetëm tekst i thjeshtë.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = Teksti { $id } në gjuhën { $lang } përdor një funksion ose një term; lejohen vetëm tekst i thjeshtë, variabla dhe zgjedhje.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Teksti { $id } në gjuhën { $lang } është më i gjatë se { $limit } karaktere.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Formulari ka më shumë se { $limit } tekste në një gjuhë.
