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
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Zaimportowano: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name }: już tu zapisano z inną zawartością, zaimportowano jako kopię
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Już zapisany: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Nie zaimportowano: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = projekt nr { $number } w pliku
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Zaimportuj jako kopię
