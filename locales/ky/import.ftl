# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Бул файлдын көлөмү 2 мегабайттан ашат.
import-too-deep = Бул файлдын уя салуу деңгээли долбоор үчүн өтө терең.
import-not-draft = Бул файл Tandem долбоору да, камдык көчүрмөсү да эмес.
import-unknown-format = Бул файлда долбоордун белгилүү форматы көрсөтүлгөн эмес.
import-newer-format = Бул долбоор Tandem программасынын жаңыраак версиясында жазылган.
import-bad-id = Долбоордун идентификатору жок же жараксыз.
import-unknown-template = Бул долбоордо ушул версияга белгисиз суроо-талап түрү колдонулган.
import-bad-langs = Долбоордун документ тилдери колдоого алынган эки тил эмес.
import-bad-answers = Долбоордун жооптору күтүлгөн түрдө эмес.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Долбоордун { $field } талаасынын түрү туура эмес.
import-locked = Бул долбоор кулпуланган: анын сырсөз фразасын киргизиңиз.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Импорттолду: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } бул жерде башка мазмун менен мурдатан сакталган: көчүрмө катары импорттолду
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Мурдатан сакталган: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Импорттолгон жок: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = файлдагы № { $number } долбоор
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Көчүрмө катары импорттоо
