# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Skedari i kalon 2 MB.
import-too-deep = Skedari ka fole tepër të thella për të qenë një draft.
import-not-draft = Ky skedar nuk është draft ose kopje rezervë e Tandem.
import-unknown-format = Skedari nuk tregon një format të njohur drafti.
import-newer-format = Ky draft është krijuar me një version më të ri të Tandem.
import-bad-id = Identifikuesi i draftit mungon ose është i pavlefshëm.
import-unknown-template = Ky draft përdor një lloj kërkese të panjohur për këtë version.
import-bad-langs = Gjuhët e dokumentit të draftit nuk janë dy gjuhë të mbështetura.
import-bad-answers = Përgjigjet e draftit nuk janë në formën e pritur.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Fusha { $field } e draftit ka lloj të gabuar.
import-locked = Ky draft është i enkriptuar: futni frazën e tij të kalimit.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = U importua: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } është ruajtur tashmë këtu me përmbajtje tjetër: u importua si kopje
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Tashmë i ruajtur: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Nuk u importua: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = drafti nr. { $number } i skedarit
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Importoje si kopje
