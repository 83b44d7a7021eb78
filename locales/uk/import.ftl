# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Розмір файлу перевищує 2 МБ.
import-too-deep = Вкладеність структури файлу занадто глибока для чернетки.
import-not-draft = Цей файл не є чернеткою чи резервною копією Tandem.
import-unknown-format = У файлі не зазначено відомого формату чернетки.
import-newer-format = Цю чернетку створено новішою версією Tandem.
import-bad-id = Ідентифікатор чернетки відсутній або недійсний.
import-unknown-template = У чернетці використано вид запиту, невідомий цій версії.
import-bad-langs = Мови документа в чернетці не є двома підтримуваними мовами.
import-bad-answers = Відповіді в чернетці мають неправильну форму.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Поле { $field } чернетки має неправильний тип.
import-locked = Чернетку зашифровано: введіть її парольну фразу.

# Import report, one line per draft in the file.
# Variables:
#   $id (String) - the draft's identifier in the file
backup-added = Імпортовано: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } уже існує з іншим змістом: імпортовано як { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Уже збережено: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Не імпортовано: { $id }
