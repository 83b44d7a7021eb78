# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Ovaj fajl je veći od 2 MB.
import-too-deep = Struktura ovog fajla je previše duboko ugniježđena da bi bio nacrt.
import-not-draft = Ovaj fajl nije nacrt niti rezervna kopija aplikacije Tandem.
import-unknown-format = Ovaj fajl ne navodi poznati format nacrta.
import-newer-format = Ovaj nacrt je izrađen novijom verzijom aplikacije Tandem.
import-bad-id = Identifikator nacrta nedostaje ili nije valjan.
import-unknown-template = Ovaj nacrt koristi vrstu zahtjeva koju ova verzija ne poznaje.
import-bad-langs = Jezici dokumenta u nacrtu nisu dva podržana jezika.
import-bad-answers = Odgovori u nacrtu nisu u očekivanom obliku.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Polje nacrta { $field } je pogrešne vrste.
import-locked = Ovaj nacrt je zaključan: unesite njegovu lozinku.

# Import report, one line per draft in the file.
# Variables:
#   $id (String) - the draft's identifier in the file
backup-added = Uvezeno: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } postoji s drugačijim sadržajem: uvezeno kao { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Već spremljeno: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Nije uvezeno: { $id }
