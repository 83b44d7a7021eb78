# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Датотека је већа од 2 МБ.
import-too-deep = Датотека је превише дубоко угнежђена да би била нацрт.
import-not-draft = Ова датотека није Tandem нацрт нити резервна копија.
import-unknown-format = Датотека не наводи познати формат нацрта.
import-newer-format = Овај нацрт је направљен новијом верзијом програма Tandem.
import-bad-id = Идентификатор нацрта недостаје или није важећи.
import-unknown-template = Овај нацрт користи врсту захтева непознату овој верзији.
import-bad-langs = Језици документа у нацрту нису два подржана језика.
import-bad-answers = Одговори у нацрту нису у очекиваном облику.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Поље { $field } нацрта је погрешног типа.
import-locked = Овај нацрт је шифрован: унесите његову приступну фразу.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Увезено: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } је већ сачуван овде с другим садржајем: увезено као копија
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Већ сачувано: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Није увезено: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = нацрт бр. { $number } из датотеке
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Увези као копију
