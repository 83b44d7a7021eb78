# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Το αρχείο αυτό είναι μεγαλύτερο από 2 MB.
import-too-deep = Το αρχείο αυτό έχει υπερβολικά βαθιά ένθεση για να είναι σχέδιο.
import-not-draft = Το αρχείο αυτό δεν είναι σχέδιο ή αντίγραφο ασφαλείας του Tandem.
import-unknown-format = Το αρχείο αυτό δεν δηλώνει γνωστή μορφή σχεδίου.
import-newer-format = Το σχέδιο αυτό γράφτηκε από νεότερη έκδοση του Tandem.
import-bad-id = Το αναγνωριστικό του σχεδίου λείπει ή δεν είναι έγκυρο.
import-unknown-template = Το σχέδιο αυτό χρησιμοποιεί είδος αιτήματος άγνωστο στην παρούσα έκδοση.
import-bad-langs = Οι γλώσσες εγγράφου του σχεδίου δεν είναι δύο υποστηριζόμενες γλώσσες.
import-bad-answers = Οι απαντήσεις του σχεδίου δεν έχουν την αναμενόμενη μορφή.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Το πεδίο { $field } του σχεδίου έχει λάθος τύπο.
import-locked = Το σχέδιο αυτό είναι κλειδωμένο: εισαγάγετε τη φράση πρόσβασής του.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Εισήχθη: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name }: είναι ήδη αποθηκευμένο εδώ με διαφορετικό περιεχόμενο· εισήχθη ως αντίγραφο
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Ήδη αποθηκευμένο: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Δεν εισήχθη: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = σχέδιο { $number } του αρχείου
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Εισαγωγή ως αντίγραφο
