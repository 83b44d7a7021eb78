# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Fayl 2 MB-dan böyükdür.
import-too-deep = Faylın iç-içəliyi qaralama üçün həddən artıq dərindir.
import-not-draft = Bu fayl Tandem qaralaması və ya ehtiyat nüsxəsi deyil.
import-unknown-format = Faylda məlum qaralama formatı göstərilməyib.
import-newer-format = Bu qaralama Tandem-in daha yeni versiyası ilə yaradılıb.
import-bad-id = Qaralamanın identifikatoru yoxdur və ya etibarsızdır.
import-unknown-template = Bu qaralama bu versiyaya məlum olmayan sorğu növündən istifadə edir.
import-bad-langs = Qaralamanın sənəd dilləri dəstəklənən iki dil deyil.
import-bad-answers = Qaralamanın cavabları gözlənilən formada deyil.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Qaralamanın { $field } sahəsinin tipi yanlışdır.
import-locked = Bu qaralama şifrələnib: onun parol ifadəsini daxil edin.

# Import report, one line per draft in the file.
# Variables:
#   $id (String) - the draft's identifier in the file
backup-added = İdxal edildi: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } başqa məzmunla artıq mövcuddur: { $copy } kimi idxal edildi
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Artıq saxlanılıb: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = İdxal edilmədi: { $id }
