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
#   $id (String) - the draft's identifier in the file
backup-added = Import edildi: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } başga mazmun bilen bar: { $copy } hökmünde import edildi
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Eýýäm ýatda saklanan: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Import edilmedi: { $id }
