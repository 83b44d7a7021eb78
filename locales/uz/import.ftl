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
#   $id (String) - the draft's identifier in the file
backup-added = Import qilindi: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = { $id } boshqa mazmun bilan mavjud: { $copy } sifatida import qilindi
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = Allaqachon saqlangan: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = Import qilinmadi: { $id }
