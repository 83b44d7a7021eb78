# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Diese Datei ist größer als 2 MB.
import-too-deep = Diese Datei ist zu tief verschachtelt, um ein Entwurf zu sein.
import-not-draft = Diese Datei ist weder ein Tandem-Entwurf noch eine Tandem-Sicherung.
import-unknown-format = Diese Datei gibt kein bekanntes Entwurfsformat an.
import-newer-format = Dieser Entwurf wurde mit einer neueren Version von Tandem erstellt.
import-bad-id = Die Kennung des Entwurfs fehlt oder ist ungültig.
import-unknown-template = Dieser Entwurf verwendet eine Art des Ersuchens, die diese Version nicht kennt.
import-bad-langs = Die Sprachen des Dokuments sind nicht zwei unterstützte Sprachen.
import-bad-answers = Die Antworten des Entwurfs liegen nicht in der erwarteten Form vor.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Das Feld { $field } des Entwurfs hat den falschen Typ.
import-locked = Dieser Entwurf ist verschlüsselt: Geben Sie seine Passphrase ein.

# Import report, one line per draft in the file.
# Variables:
#   $id (String) - the draft's identifier in the file
backup-added = Importiert: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } ist mit anderem Inhalt vorhanden: als { $copy } importiert
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Bereits gespeichert: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Nicht importiert: { $id }
