# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Ova je datoteka veća od 2 MB.
import-too-deep = Struktura ove datoteke previše je duboko ugniježđena da bi bila nacrt.
import-not-draft = Ova datoteka nije nacrt ni sigurnosna kopija aplikacije Tandem.
import-unknown-format = Ova datoteka ne navodi poznati format nacrta.
import-newer-format = Ovaj je nacrt izrađen novijom inačicom aplikacije Tandem.
import-bad-id = Identifikator nacrta nedostaje ili nije valjan.
import-unknown-template = Ovaj nacrt upotrebljava vrstu zahtjeva koju ova inačica ne poznaje.
import-bad-langs = Jezici dokumenta u nacrtu nisu dva podržana jezika.
import-bad-answers = Odgovori u nacrtu nisu u očekivanom obliku.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Polje nacrta { $field } pogrešne je vrste.
import-locked = Ovaj je nacrt zaključan: upišite njegovu zaporku.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Uvezeno: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } već postoji ovdje s drukčijim sadržajem: uvezeno kao kopija
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Već spremljeno: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Nije uvezeno: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = nacrt br. { $number } u datoteci
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Uvezi kao kopiju
