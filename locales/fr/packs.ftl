# Request forms an authority adds from a file (a "template pack", templates/README.md): the home
# screen's list of them, and why a file is refused (nothing is stored then).

packs-add = Ajouter un formulaire de demande à partir d'un fichier
packs-heading = Formulaires de demande ajoutés dans ce navigateur
# Variables:
#   $issuer (String) - the authority that issued the form, as the file names it
#   $version (Number) - the form's version
#   $langs (String) - the languages the form is written in, e.g. "English, ქართული"
packs-details = Émis par { $issuer } · version { $version } · langues : { $langs }
# Variables:
#   $source (String) - where the form comes from, as the file says
#   $date (String) - the date the form was issued, as written in the file (YYYY-MM-DD)
packs-source = Source : { $source } ({ $date })
packs-remove = Supprimer ce formulaire
# Variables:
#   $title (String) - the request form's title
packs-added = Formulaire de demande ajouté : { $title }.
# Variables:
#   $title (String) - the request form's title
packs-removed = Formulaire de demande supprimé : { $title }. Ses projets restent dans ce navigateur et s'ouvrent en lecture seule.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-replace-question = Ce navigateur contient la version { $old } de « { $title } ». La remplacer par la version { $new } ? Les projets rédigés avec ce formulaire conservent leurs réponses.
packs-replace = Remplacer
# Variables:
#   $title (String) - the request form's title
#   $version (Number) - the version now in use
packs-replaced = Formulaire de demande mis à jour : { $title }, version { $version }.
# Variables:
#   $title (String) - the request form's title
#   $old (Number) - the version in this browser
#   $new (Number) - the version in the file
packs-not-newer = Ce navigateur contient déjà la version { $old } de « { $title } » ; le fichier contient la version { $new }. Rien n'a été modifié.
# Shown on a draft whose request form was removed from this browser.
# Variables:
#   $id (String) - the form's identifier, e.g. ge-subscriber
#   $version (Number) - the form's version the draft was made with
#   $issuer (String) - the authority that issued the form
packs-draft-read-only = Ce projet a été rédigé avec le formulaire de demande « { $id } » (version { $version }, émis par { $issuer }), qui ne se trouve plus dans ce navigateur. Le projet est affiché en lecture seule : pour le modifier, ajoutez de nouveau ce formulaire à partir de son fichier.

# Why a file was refused as a request form. The first line is always shown, then one reason.
packs-refused = Ce fichier n'a pas été ajouté en tant que formulaire de demande. Rien n'a été enregistré.
# Variables:
#   $limit (Number) - the largest size accepted, in kilobytes
packs-too-large = Ce fichier dépasse { $limit } ko.
# Variables:
#   $limit (Number) - the deepest nesting accepted
packs-too-deep = Ce fichier comporte plus de { $limit } niveaux d'imbrication.
packs-not-pack = Ce fichier n'est pas un fichier de formulaire de demande Tandem.
packs-unknown-format = Ce fichier n'indique aucun format de formulaire de demande connu.
# Variables:
#   $format (Number) - the format version the file states
packs-newer-format = Ce fichier a été créé pour une version plus récente de Tandem (format { $format }).
# Variables:
#   $field (String) - the field's name in the file, e.g. issuer
packs-bad-field = Le champ { $field } du fichier est absent, vide, trop long ou n'est pas du type attendu.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-bad-id = L'identifiant du formulaire { $id } doit comporter de 1 à 40 lettres minuscules, chiffres et traits d'union, et commencer par une lettre.
# Variables:
#   $id (String) - the identifier the file gives the form
packs-reserved-id = L'identifiant du formulaire { $id } est déjà utilisé par les types de demande ou les textes propres à Tandem.
# Variables:
#   $id (String) - the identifier the file gives the form
#   $template (String) - the identifier of the template in the file
packs-template-id = L'identifiant du formulaire { $id } diffère de l'identifiant de son modèle { $template }.
# Variables:
#   $path (String) - where in the template the mistake is, e.g. section.item
packs-bad-template = Le modèle du formulaire n'est pas valide à l'emplacement { $path }.
# Variables:
#   $kind (String) - the item kind named in the file
packs-unknown-kind = Le modèle du formulaire utilise un type d'élément que Tandem ne connaît pas : { $kind }.
# Variables:
#   $lang (String) - the language code named in the file
packs-bad-lang = La langue { $lang } n'est pas prise en charge par Tandem, ou est indiquée deux fois.
packs-few-langs = Le formulaire doit être rédigé dans au moins deux langues.
# Variables:
#   $lang (String) - the language code, e.g. ka
packs-messages-missing = Le formulaire ne contient aucun texte dans la langue { $lang }, ou contient des textes dans une langue qu'il ne déclare pas.
# Variables:
#   $lang (String) - the language code, e.g. ka
#   $line (Number) - the line of the texts where the mistake is
packs-syntax = Les textes dans la langue { $lang } ne peuvent pas être lus (ligne { $line }).
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-missing-message = Le texte { $id } est absent dans la langue { $lang }.
# Variables:
#   $id (String) - the text's identifier
#   $prefix (String) - what every text identifier of this form must start with
packs-outside-namespace = Le texte { $id } ne commence pas par { $prefix } : un formulaire ne peut pas modifier les textes propres à Tandem.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-markup = Le texte { $id } dans la langue { $lang } contient du balisage ; seul le texte brut est admis.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
packs-function = Le texte { $id } dans la langue { $lang } utilise une fonction ou un terme ; seuls le texte brut, les variables et les choix sont admis.
# Variables:
#   $id (String) - the text's identifier
#   $lang (String) - the language code, e.g. ka
#   $limit (Number) - the longest text accepted, in characters
packs-text-too-long = Le texte { $id } dans la langue { $lang } dépasse { $limit } caractères.
# Variables:
#   $limit (Number) - the most texts accepted in one language
packs-too-many = Le formulaire contient plus de { $limit } textes dans une même langue.
