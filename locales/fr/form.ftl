# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Identique dans les deux langues (nom, référence, adresse)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Laisser sans traduction (le PDF l'indique dans l'autre colonne)
form-status-translated = État : traduit
form-status-same = État : identique dans les deux langues
form-status-untranslated = État : laissé sans traduction
form-status-pending = État : à traduire (un PDF définitif ne peut être établi qu'une fois la réponse traduite, marquée comme identique dans les deux langues ou laissée sans traduction)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Réponses restant à traduire : { $count }. Un PDF définitif ne peut être établi qu'une fois chacune d'elles traduite, marquée comme identique dans les deux langues ou laissée sans traduction ; un projet pour consultation les signale comme non traduites.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Ligne { $number } ajoutée.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Ligne déplacée : elle porte désormais le numéro { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Ligne { $number } supprimée.

# The outline of the form: one link per section, with where that section stands.
form-outline = Sections de la présente demande
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] réponses manquantes
        [translate] à traduire
       *[done] complète
    }
