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
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Uvezeno: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name }: već je spremljeno ovdje s drugačijim sadržajem, uvezeno kao kopija
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Već spremljeno: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Nije uvezeno: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = nacrt br. { $number } u fajlu
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Uvezi kao kopiju
