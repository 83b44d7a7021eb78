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
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Імпортовано: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } уже збережено тут з іншим змістом: імпортовано як копію
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Уже збережено: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Не імпортовано: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = чернетка № { $number } у файлі
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Імпортувати як копію
