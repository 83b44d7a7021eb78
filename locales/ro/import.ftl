# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Fișierul depășește 2 MB.
import-too-deep = Fișierul are o imbricare prea adâncă pentru a fi un proiect.
import-not-draft = Fișierul nu este un proiect sau o copie de rezervă Tandem.
import-unknown-format = Fișierul nu indică un format de proiect cunoscut.
import-newer-format = Acest proiect a fost creat cu o versiune mai nouă a Tandem.
import-bad-id = Identificatorul proiectului lipsește sau nu este valid.
import-unknown-template = Acest proiect folosește un tip de cerere necunoscut acestei versiuni.
import-bad-langs = Limbile documentului din proiect nu sunt două limbi acceptate.
import-bad-answers = Răspunsurile din proiect nu au forma așteptată.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Câmpul { $field } al proiectului are un tip greșit.
import-locked = Acest proiect este criptat: introduceți fraza de acces.

# Import report, one line per draft in the file.
# Variables:
#   $id (String) - the draft's identifier in the file
backup-added = Importat: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } există deja cu alt conținut: importat ca { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Deja salvat: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Neimportat: { $id }
