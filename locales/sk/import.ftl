# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Tento súbor je väčší ako 2 MB.
import-too-deep = Tento súbor je príliš hlboko vnorený na to, aby mohol byť návrhom.
import-not-draft = Tento súbor nie je návrhom ani zálohou aplikácie Tandem.
import-unknown-format = Tento súbor neuvádza žiadny známy formát návrhu.
import-newer-format = Tento návrh bol zapísaný novšou verziou aplikácie Tandem.
import-bad-id = Identifikátor návrhu chýba alebo je neplatný.
import-unknown-template = Tento návrh používa druh žiadosti, ktorý táto verzia nepozná.
import-bad-langs = Jazyky dokumentu v návrhu nie sú dva podporované jazyky.
import-bad-answers = Odpovede v návrhu nemajú očakávanú podobu.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Pole návrhu { $field } má nesprávny typ.
import-locked = Tento návrh je uzamknutý: zadajte jeho heslo.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Importované: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name }: tu už je uložené s iným obsahom, importované ako kópia
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Už uložené: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Neimportované: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = návrh č. { $number } v súbore
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Importovať ako kópiu
