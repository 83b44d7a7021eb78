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
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Импортирано: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name }: вече е записано тук с друго съдържание, импортирано като копие
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Вече е записано: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Не е импортирано: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = проект № { $number } от файла
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Импортиране като копие
