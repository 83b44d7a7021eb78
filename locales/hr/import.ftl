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
#   $id (String) - the draft's identifier in the file
backup-added = Uvezeno: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } postoji s drukčijim sadržajem: uvezeno kao { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Već spremljeno: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Nije uvezeno: { $id }
