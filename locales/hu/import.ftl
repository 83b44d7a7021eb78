# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Ez a fájl nagyobb 2 MB-nál.
import-too-deep = Ez a fájl túl mélyen egymásba ágyazott ahhoz, hogy tervezet legyen.
import-not-draft = Ez a fájl nem Tandem-tervezet vagy -biztonsági másolat.
import-unknown-format = Ez a fájl nem ismert tervezetformátumot jelöl meg.
import-newer-format = Ezt a tervezetet a Tandem újabb verziója írta.
import-bad-id = A tervezet azonosítója hiányzik vagy érvénytelen.
import-unknown-template = Ez a tervezet e verzió számára ismeretlen megkeresésfajtát használ.
import-bad-langs = A tervezet dokumentumnyelvei nem két támogatott nyelv.
import-bad-answers = A tervezet válaszai nem a várt formában vannak.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = A tervezet { $field } mezőjének típusa hibás.
import-locked = Ez a tervezet zárolva van: adja meg a jelmondatát.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Importálva: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } más tartalommal már mentve van itt: másolatként importálva
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Már mentve: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Nincs importálva: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = a fájl { $number }. tervezete
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Importálás másolatként
