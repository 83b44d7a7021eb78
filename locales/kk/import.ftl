# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Бұл файл 2 МБ-тан үлкен.
import-too-deep = Бұл файлдың кірістіру деңгейі жоба үшін тым терең.
import-not-draft = Бұл файл Tandem жобасы да, сақтық көшірмесі де емес.
import-unknown-format = Бұл файлда жобаның белгілі пішімі көрсетілмеген.
import-newer-format = Бұл жоба Tandem бағдарламасының жаңарақ нұсқасында жазылған.
import-bad-id = Жобаның сәйкестендіргіші жоқ немесе жарамсыз.
import-unknown-template = Бұл жобада осы нұсқаға белгісіз сұрау салу түрі пайдаланылған.
import-bad-langs = Жобаның құжат тілдері қолдау көрсетілетін екі тіл емес.
import-bad-answers = Жобаның жауаптары күтілген пішімде емес.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Жобаның { $field } өрісінің түрі қате.
import-locked = Бұл жоба құлыпталған: оның құпия фразасын енгізіңіз.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Импортталды: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } мұнда басқа мазмұнмен бұрыннан сақталған: көшірме ретінде импортталды
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Бұрыннан сақталған: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Импортталмады: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = файлдағы № { $number } жоба
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Көшірме ретінде импорттау
