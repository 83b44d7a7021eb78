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
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Importováno: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name }: zde již uloženo s jiným obsahem, importováno jako kopie
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Již uloženo: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Neimportováno: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = koncept č. { $number } v souboru
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Převzít jako kopii
