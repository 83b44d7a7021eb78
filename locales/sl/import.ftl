# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Ta datoteka je večja od 2 MB.
import-too-deep = Ta datoteka je pregloboko gnezdena, da bi bila osnutek.
import-not-draft = Ta datoteka ni osnutek ali varnostna kopija aplikacije Tandem.
import-unknown-format = Ta datoteka ne navaja znane oblike osnutka.
import-newer-format = Ta osnutek je bil zapisan z novejšo različico aplikacije Tandem.
import-bad-id = Identifikator osnutka manjka ali je neveljaven.
import-unknown-template = Ta osnutek uporablja vrsto zaprosila, ki je ta različica ne pozna.
import-bad-langs = Jezika dokumenta v osnutku nista dva podprta jezika.
import-bad-answers = Odgovori v osnutku niso v pričakovani obliki.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Polje osnutka { $field } ima napačen tip.
import-locked = Ta osnutek je zaklenjen: vnesite njegovo geslo.

# Import report, one line per draft in the file.
# Variables:
#   $id (String) - the draft's identifier in the file
backup-added = Uvoženo: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } obstaja z drugačno vsebino: uvoženo kot { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Že shranjeno: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Ni uvoženo: { $id }
