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
#   $id (String) - the draft's identifier in the file
backup-added = Увезено: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } веќе постои со друга содржина: увезено како { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Веќе зачувано: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Не е увезено: { $id }
