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
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Importat: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } este deja salvat aici cu alt conținut: importat ca o copie
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Deja salvat: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Neimportat: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = proiectul nr. { $number } din fișier
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Importați ca o copie
