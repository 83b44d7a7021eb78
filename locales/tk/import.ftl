# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Bu faýlyň göwrümi 2 MB-dan uly.
import-too-deep = Bu faýlyň içki derejeleri taslama üçin gaty çuň.
import-not-draft = Bu faýl Tandem taslamasy hem, ätiýaçlyk nusgasy hem däl.
import-unknown-format = Bu faýlda belli taslama formaty görkezilmedik.
import-newer-format = Bu taslama Tandem programmasynyň has täze wersiýasynda ýazyldy.
import-bad-id = Taslamanyň kesgitleýjisi ýok ýa-da nädogry.
import-unknown-template = Bu taslamada şu wersiýa näbelli haýyş görnüşi ulanylýar.
import-bad-langs = Taslamanyň resminama dilleri goldanylýan iki dil däl.
import-bad-answers = Taslamanyň jogaplary garaşylýan görnüşde däl.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Taslamanyň { $field } meýdançasynyň görnüşi nädogry.
import-locked = Bu taslama gulplanan: onuň parol sözlemini giriziň.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Import edildi: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } bu ýerde başga mazmun bilen eýýäm ýatda saklanan: nusga hökmünde import edildi
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Eýýäm ýatda saklanan: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Import edilmedi: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = faýldaky № { $number } taslama
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Nusga hökmünde import etmek
