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
#   $id (String) - the draft's identifier in the file
backup-added = Увезено: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } већ постоји с другим садржајем: увезено као { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Већ сачувано: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Није увезено: { $id }
