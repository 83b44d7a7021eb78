# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Датотеката е поголема од 2 МБ.
import-too-deep = Датотеката е премногу длабоко вгнездена за да биде нацрт.
import-not-draft = Оваа датотека не е нацрт ниту резервна копија од Tandem.
import-unknown-format = Датотеката не наведува познат формат на нацрт.
import-newer-format = Овој нацрт е создаден со понова верзија на Tandem.
import-bad-id = Идентификаторот на нацртот недостасува или е неважечки.
import-unknown-template = Овој нацрт користи вид на барање непознат за оваа верзија.
import-bad-langs = Јазиците на документот во нацртот не се два поддржани јазика.
import-bad-answers = Одговорите во нацртот не се во очекуваната форма.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Полето { $field } на нацртот е од погрешен тип.
import-locked = Овој нацрт е шифриран: внесете ја неговата лозинка-фраза.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Увезено: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } веќе е зачуван тука со друга содржина: увезено како копија
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Веќе зачувано: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Не е увезено: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = нацрт бр. { $number } од датотеката
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Увези како копија
