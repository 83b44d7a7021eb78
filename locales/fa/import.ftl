# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = این فایل بزرگ‌تر از 2 مگابایت است.
import-too-deep = ساختار تودرتوی این فایل عمیق‌تر از آن است که پیش‌نویس باشد.
import-not-draft = این فایل پیش‌نویس یا پشتیبان Tandem نیست.
import-unknown-format = این فایل قالب شناخته‌شده‌ای از پیش‌نویس را اعلام نمی‌کند.
import-newer-format = این پیش‌نویس با نسخه تازه‌تری از Tandem نوشته شده است.
import-bad-id = شناسه پیش‌نویس وجود ندارد یا نامعتبر است.
import-unknown-template = این پیش‌نویس نوعی از درخواست را به کار می‌برد که این نسخه نمی‌شناسد.
import-bad-langs = زبان‌های سند این پیش‌نویس دو زبان پشتیبانی‌شده نیستند.
import-bad-answers = پاسخ‌های این پیش‌نویس به شکل مورد انتظار نیستند.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = فیلد { $field } این پیش‌نویس نوع نادرستی دارد.
import-locked = این پیش‌نویس قفل است: عبارت عبور آن را وارد کنید.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = وارد شد: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } با محتوای دیگری از پیش در اینجا ذخیره شده است: به صورت یک رونوشت وارد شد
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = از پیش ذخیره شده: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = وارد نشد: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = پیش‌نویس { $number } فایل
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = وارد کردن به صورت رونوشت
