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
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = استُوردت: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } محفوظة هنا مسبقًا بمحتوى مختلف: استُوردت كنسخة
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = محفوظة مسبقًا: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = لم تُستورد: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = المسودة رقم { $number } في الملف
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = استيراد كنسخة
