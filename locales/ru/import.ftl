# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Размер файла превышает 2 МБ.
import-too-deep = Вложенность структуры файла слишком глубока для черновика.
import-not-draft = Этот файл не является черновиком или резервной копией Tandem.
import-unknown-format = В файле не указан известный формат черновика.
import-newer-format = Этот черновик создан более новой версией Tandem.
import-bad-id = Идентификатор черновика отсутствует или недопустим.
import-unknown-template = В черновике используется вид запроса, неизвестный этой версии.
import-bad-langs = Языки документа в черновике не являются двумя поддерживаемыми языками.
import-bad-answers = Ответы в черновике имеют неверную форму.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Поле { $field } черновика имеет неверный тип.
import-locked = Черновик зашифрован: введите его парольную фразу.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Импортирован: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } уже сохранён здесь с другим содержанием: импортирован как копия
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Уже сохранён: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Не импортирован: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = черновик № { $number } в файле
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Импортировать как копию
