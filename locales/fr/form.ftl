# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Identique dans les deux langues (nom, référence, adresse)
form-status-translated = État : traduit
form-status-same = État : identique dans les deux langues
form-status-pending = État : à traduire (d'ici là, le PDF indique « non traduit »)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Réponses restant à traduire : { $count }. Le PDF les signale comme non traduites.
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
