# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Tento soubor je větší než 2 MB.
import-too-deep = Tento soubor je příliš hluboce vnořený, než aby mohl být konceptem.
import-not-draft = Tento soubor není konceptem ani zálohou aplikace Tandem.
import-unknown-format = Tento soubor neuvádí žádný známý formát konceptu.
import-newer-format = Tento koncept byl zapsán novější verzí aplikace Tandem.
import-bad-id = Identifikátor konceptu chybí nebo je neplatný.
import-unknown-template = Tento koncept používá druh žádosti, který tato verze nezná.
import-bad-langs = Jazyky dokumentu v konceptu nejsou dva podporované jazyky.
import-bad-answers = Odpovědi v konceptu nemají očekávanou podobu.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Pole konceptu { $field } má nesprávný typ.
import-locked = Tento koncept je uzamčen: zadejte jeho heslo.

# Import report, one line per draft in the file.
# Variables:
#   $id (String) - the draft's identifier in the file
backup-added = Importováno: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } existuje s jiným obsahem: importováno jako { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Již uloženo: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Neimportováno: { $id }
