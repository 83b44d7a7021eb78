# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = This file is larger than 2 MB.
import-too-deep = This file is nested too deeply to be a draft.
import-not-draft = This file is not a Tandem draft or backup.
import-unknown-format = This file does not state a known draft format.
import-newer-format = This draft was written by a newer version of Tandem.
import-bad-id = The draft's identifier is missing or invalid.
import-unknown-template = This draft uses a request type unknown to this version.
import-bad-langs = The draft's document languages are not two supported languages.
import-bad-answers = The draft's answers are not in the expected form.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = The draft's field { $field } has the wrong type.
import-locked = This draft is locked: enter its passphrase.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Imported: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } is already saved here with other content: imported as a copy
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Already saved: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Not imported: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = draft { $number } of the file
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Bring in as a copy
