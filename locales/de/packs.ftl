# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Ersuchensformular aus einer Datei hinzufügen
packs-heading = In diesem Browser hinzugefügte Ersuchensformulare
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Herausgegeben von { $issuer } · Version { $version } · Sprachen: { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Quelle: { $source } ({ $date })
packs-remove = Dieses Formular entfernen
# Variables:
#   $title (String) - the request form's title
packs-added = Ersuchensformular hinzugefügt: { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Ersuchensformular entfernt: { $title }. Seine Entwürfe bleiben in diesem Browser erhalten und werden schreibgeschützt geöffnet.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = In diesem Browser ist Version { $old } von „{ $title }“ vorhanden. Durch Version { $new } ersetzen? Damit erstellte Entwürfe behalten ihre Antworten.
packs-replace = Ersetzen
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Ersuchensformular aktualisiert: { $title }, Version { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = In diesem Browser ist bereits Version { $old } von „{ $title }“ vorhanden; die Datei enthält Version { $new }. Es wurde nichts geändert.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Dieser Entwurf wurde mit dem Ersuchensformular „{ $id }“, Version { $version }, herausgegeben von { $issuer }, erstellt, das in diesem Browser nicht mehr vorhanden ist. Er wird schreibgeschützt angezeigt: Fügen Sie dieses Formular erneut aus seiner Datei hinzu, um den Entwurf zu bearbeiten.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Diese Datei wurde nicht als Ersuchensformular hinzugefügt. Es wurde nichts gespeichert.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Die Datei ist größer als { $limit } kB.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Die Datei ist tiefer als { $limit } Ebenen verschachtelt.
packs-not-pack = Die Datei ist keine Datei eines Tandem-Ersuchensformulars.
packs-unknown-format = Die Datei gibt kein bekanntes Format für Ersuchensformulare an.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Die Datei wurde für eine neuere Version von Tandem erstellt (Format { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Das Feld { $field } der Datei fehlt, ist leer, zu lang oder hat den falschen Typ.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = Die Kennung { $id } des Formulars muss aus 1 bis 40 Kleinbuchstaben, Ziffern und Bindestrichen bestehen und mit einem Buchstaben beginnen.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = Die Kennung { $id } des Formulars ist bereits durch die eigenen Ersuchensarten oder Texte von Tandem belegt.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = Die Kennung { $id } des Formulars und die Kennung { $template } seiner Vorlage stimmen nicht überein.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Die Vorlage des Formulars ist an der Stelle { $path } ungültig.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Die Vorlage des Formulars verwendet eine Elementart, die Tandem nicht kennt: { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = Die Sprache { $lang } wird von Tandem nicht unterstützt oder ist doppelt angegeben.
packs-few-langs = Das Formular muss in mindestens zwei Sprachen abgefasst sein.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Das Formular enthält keine Texte in der Sprache { $lang } oder Texte in einer Sprache, die es nicht angibt.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Die Texte in der Sprache { $lang } können nicht gelesen werden (Zeile { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Der Text { $id } fehlt in der Sprache { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = Der Text { $id } beginnt nicht mit { $prefix }: Ein Formular darf die eigenen Texte von Tandem nicht ändern.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = Der Text { $id } in der Sprache { $lang } enthält Markup; zulässig ist nur reiner Text.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = Der Text { $id } in der Sprache { $lang } verwendet eine Funktion oder einen Term; zulässig sind nur reiner Text, Variablen und Auswahlvarianten.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Der Text { $id } in der Sprache { $lang } ist länger als { $limit } Zeichen.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Das Formular enthält mehr als { $limit } Texte in einer Sprache.
