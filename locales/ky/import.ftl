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
#   $id (String) - the draft's identifier in the file
backup-added = Импорттолду: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } башка мазмун менен бар: { $copy } катары импорттолду
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Мурдатан сакталган: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Импорттолгон жок: { $id }
