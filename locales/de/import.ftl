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
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Importiert: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } ist hier bereits mit anderem Inhalt gespeichert: als Kopie importiert
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Bereits gespeichert: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Nicht importiert: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = Entwurf { $number } der Datei
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Als Kopie übernehmen
