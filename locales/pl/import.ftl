# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Ten plik jest większy niż 2 MB.
import-too-deep = Struktura tego pliku jest zbyt głęboko zagnieżdżona jak na projekt.
import-not-draft = Ten plik nie jest projektem ani kopią zapasową Tandem.
import-unknown-format = Ten plik nie wskazuje znanego formatu projektu.
import-newer-format = Ten projekt zapisano w nowszej wersji Tandem.
import-bad-id = Brak identyfikatora projektu lub jest on nieprawidłowy.
import-unknown-template = Ten projekt używa rodzaju wniosku nieznanego tej wersji.
import-bad-langs = Języki dokumentu w projekcie nie są dwoma obsługiwanymi językami.
import-bad-answers = Odpowiedzi w projekcie nie mają oczekiwanej postaci.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Pole projektu { $field } ma nieprawidłowy typ.
import-locked = Ten projekt jest zablokowany: wpisz jego hasło.

# Import report, one line per draft in the file.
# Variables:
#   $id (String) - the draft's identifier in the file
backup-added = Zaimportowano: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } istnieje z inną zawartością: zaimportowano jako { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Już zapisany: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Nie zaimportowano: { $id }
