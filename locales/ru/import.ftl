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
#   $id (String) - the draft's identifier in the file
backup-added = Импортирован: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } уже существует с другим содержанием: импортирован как { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Уже сохранён: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Не импортирован: { $id }
