# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Ce fichier dépasse 2 Mo.
import-too-deep = Ce fichier est trop profondément imbriqué pour être un projet.
import-not-draft = Ce fichier n'est ni un projet ni une sauvegarde Tandem.
import-unknown-format = Ce fichier n'indique aucun format de projet connu.
import-newer-format = Ce projet a été créé par une version plus récente de Tandem.
import-bad-id = L'identifiant du projet est absent ou non valide.
import-unknown-template = Ce projet utilise un type de demande inconnu de cette version.
import-bad-langs = Les langues du document de ce projet ne sont pas deux langues prises en charge.
import-bad-answers = Les réponses du projet ne sont pas dans la forme attendue.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Le champ { $field } du projet n'est pas du type attendu.
import-locked = Ce projet est verrouillé : saisissez sa phrase secrète.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Importé : { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } : déjà enregistré ici avec un autre contenu, importé en tant que copie
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Déjà enregistré : { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Non importé : { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = projet { $number } du fichier
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Importer en tant que copie
