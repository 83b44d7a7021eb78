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
#   $id (String) - the draft's identifier in the file
backup-added = Ворид шуд: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } бо мундариҷаи дигар вуҷуд дорад: ҳамчун { $copy } ворид шуд
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Аллакай нигоҳ дошта шудааст: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Ворид нашуд: { $id }
