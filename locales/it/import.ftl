# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Il file supera i 2 MB.
import-too-deep = Il file ha un annidamento troppo profondo per essere una bozza.
import-not-draft = Il file non è una bozza né un backup di Tandem.
import-unknown-format = Il file non indica un formato di bozza noto.
import-newer-format = Questa bozza è stata creata con una versione più recente di Tandem.
import-bad-id = L'identificativo della bozza manca o non è valido.
import-unknown-template = Questa bozza usa un tipo di richiesta sconosciuto a questa versione.
import-bad-langs = Le lingue del documento della bozza non sono due lingue supportate.
import-bad-answers = Le risposte della bozza non hanno la forma prevista.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Il campo { $field } della bozza ha un tipo errato.
import-locked = Questa bozza è cifrata: inserire la relativa passphrase.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Importata: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } è già salvata qui con un altro contenuto: importata come copia
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Già salvata: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Non importata: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = bozza n. { $number } del file
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Importa come copia
