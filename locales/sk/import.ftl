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
#   $id (String) - the draft's identifier in the file
backup-added = Importované: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } existuje s iným obsahom: importované ako { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Už uložené: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Neimportované: { $id }
