# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Този файл е по-голям от 2 MB.
import-too-deep = Структурата на този файл е твърде дълбоко вложена, за да бъде проект.
import-not-draft = Този файл не е проект или резервно копие на Tandem.
import-unknown-format = Този файл не посочва известен формат на проект.
import-newer-format = Този проект е създаден с по-нова версия на Tandem.
import-bad-id = Идентификаторът на проекта липсва или е невалиден.
import-unknown-template = Този проект използва вид искане, непознат за тази версия.
import-bad-langs = Езиците на документа в проекта не са два поддържани езика.
import-bad-answers = Отговорите в проекта не са в очаквания вид.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Полето { $field } на проекта е от неправилен тип.
import-locked = Този проект е заключен: въведете паролата му.

# Import report, one line per draft in the file.
# Variables:
#   $id (String) - the draft's identifier in the file
backup-added = Импортирано: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } вече съществува с друго съдържание: импортирано като { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Вече е записано: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Не е импортирано: { $id }
