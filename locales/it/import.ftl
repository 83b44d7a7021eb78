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
#   $id (String) - the draft's identifier in the file
backup-added = Importata: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } esiste già con un altro contenuto: importata come { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Già salvata: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Non importata: { $id }
