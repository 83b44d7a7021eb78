# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = يتجاوز حجم هذا الملف 2 ميغابايت.
import-too-deep = بنية هذا الملف متداخلة بعمق لا يحتمله ملف مسودة.
import-not-draft = هذا الملف ليس مسودة Tandem ولا نسخة احتياطية منه.
import-unknown-format = لا يحدد هذا الملف صيغة مسودة معروفة.
import-newer-format = أُنشئت هذه المسودة بإصدار أحدث من Tandem.
import-bad-id = معرّف المسودة مفقود أو غير صالح.
import-unknown-template = تستخدم هذه المسودة نوع طلب لا يعرفه هذا الإصدار.
import-bad-langs = لغتا المستند في المسودة ليستا لغتين مدعومتين.
import-bad-answers = إجابات المسودة ليست بالشكل المتوقع.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = الحقل { $field } في المسودة من نوع غير صحيح.
import-locked = هذه المسودة مشفّرة: أدخل عبارة المرور الخاصة بها.

# Import report, one line per draft in the file.
# Variables:
#   $id (String) - the draft's identifier in the file
backup-added = استُوردت: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
#   $copy (String) - the identifier of the copy
backup-copied = توجد مسودة بالمعرّف { $id } بمحتوى مختلف: استُوردت باسم { $copy }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-skipped = محفوظة مسبقًا: { $id }
# Variables:
#   $id (String) - the draft's identifier in the file
backup-rejected = لم تُستورد: { $id }
