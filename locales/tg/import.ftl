# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Ин файл аз 2 МБ калонтар аст.
import-too-deep = Сохтори ин файл барои лоиҳа аз ҳад зиёд чуқур аст.
import-not-draft = Ин файл лоиҳа ё нусхаи эҳтиётии Tandem нест.
import-unknown-format = Ин файл формати маълуми лоиҳаро нишон намедиҳад.
import-newer-format = Ин лоиҳа бо версияи навтари Tandem навишта шудааст.
import-bad-id = Муайянкунандаи лоиҳа вуҷуд надорад ё нодуруст аст.
import-unknown-template = Ин лоиҳа навъи дархостеро истифода мебарад, ки ба ин версия номаълум аст.
import-bad-langs = Забонҳои ҳуҷҷати лоиҳа ду забони дастгирӣшаванда нестанд.
import-bad-answers = Ҷавобҳои лоиҳа дар шакли интизоршуда нестанд.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Майдони { $field }-и лоиҳа навъи нодуруст дорад.
import-locked = Ин лоиҳа қулф аст: ибораи рамзии онро ворид кунед.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Ворид шуд: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } аллакай дар ин ҷо бо мундариҷаи дигар нигоҳ дошта шудааст: ҳамчун нусха ворид шуд
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Аллакай нигоҳ дошта шудааст: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Ворид нашуд: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = лоиҳаи рақами { $number } дар файл
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Ҳамчун нусха ворид кардан
