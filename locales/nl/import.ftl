# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Dit bestand is groter dan 2 MB.
import-too-deep = Dit bestand is te diep genest om een concept te zijn.
import-not-draft = Dit bestand is geen Tandem-concept of -back-up.
import-unknown-format = Dit bestand vermeldt geen bekend conceptformaat.
import-newer-format = Dit concept is geschreven door een nieuwere versie van Tandem.
import-bad-id = De identificator van het concept ontbreekt of is ongeldig.
import-unknown-template = Dit concept gebruikt een soort verzoek die deze versie niet kent.
import-bad-langs = De documenttalen van het concept zijn niet twee ondersteunde talen.
import-bad-answers = De antwoorden van het concept hebben niet de verwachte vorm.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Het veld { $field } van het concept heeft het verkeerde type.
import-locked = Dit concept is vergrendeld: voer de wachtwoordzin ervan in.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Geïmporteerd: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } is hier al opgeslagen met andere inhoud: als kopie geïmporteerd
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Al opgeslagen: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Niet geïmporteerd: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = concept { $number } van het bestand
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Als kopie importeren
