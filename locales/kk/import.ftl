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
#   $id (String) - the draft's identifier in the file
backup-added = Импортталды: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } басқа мазмұнмен бар: { $copy } ретінде импортталды
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Бұрыннан сақталған: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Импортталмады: { $id }
