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
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = İdxal edildi: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } burada başqa məzmunla artıq saxlanılıb: surət kimi idxal edildi
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Artıq saxlanılıb: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = İdxal edilmədi: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = fayldakı { $number } nömrəli qaralama
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Surət kimi idxal et
