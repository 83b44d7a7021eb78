# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Bu faylning hajmi 2 MB dan katta.
import-too-deep = Bu faylning ichma-ich joylashuv darajasi loyiha uchun juda chuqur.
import-not-draft = Bu fayl Tandem loyihasi ham, zaxira nusxasi ham emas.
import-unknown-format = Bu faylda maʼlum boʻlgan loyiha formati koʻrsatilmagan.
import-newer-format = Bu loyiha Tandem dasturining yangiroq versiyasida yozilgan.
import-bad-id = Loyiha identifikatori yoʻq yoki yaroqsiz.
import-unknown-template = Bu loyihada ushbu versiyaga nomaʼlum soʻrov turi ishlatilgan.
import-bad-langs = Loyihaning hujjat tillari qoʻllab-quvvatlanadigan ikki til emas.
import-bad-answers = Loyihaning javoblari kutilgan koʻrinishda emas.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Loyihaning { $field } maydoni notoʻgʻri turga ega.
import-locked = Bu loyiha qulflangan: uning parol iborasini kiriting.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Import qilindi: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } bu yerda boshqa mazmun bilan allaqachon saqlangan: nusxa sifatida import qilindi
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Allaqachon saqlangan: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Import qilinmadi: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = fayldagi { $number }-loyiha
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Nusxa sifatida import qilish
