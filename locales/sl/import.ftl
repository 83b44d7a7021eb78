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
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Uvoženo: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name }: tukaj je že shranjeno z drugačno vsebino, uvoženo kot kopija
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Že shranjeno: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Ni uvoženo: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = osnutek št. { $number } v datoteki
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Uvozi kot kopijo
