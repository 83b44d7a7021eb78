# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = 此文件大于2 MB。
import-too-deep = 此文件嵌套层级过深，不可能是草稿。
import-not-draft = 此文件不是Tandem草稿或备份。
import-unknown-format = 此文件未注明已知的草稿格式。
import-newer-format = 此草稿由较新版本的Tandem编写。
import-bad-id = 草稿标识符缺失或无效。
import-unknown-template = 此草稿使用了本版本未知的请求类型。
import-bad-langs = 草稿的文书语言不是两种受支持的语言。
import-bad-answers = 草稿的答复不符合预期格式。
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = 草稿字段 { $field } 的类型错误。
import-locked = 此草稿已加锁：请输入其密码短语。

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = 已导入：{ $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } 已在此保存但内容不同：已作为副本导入
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = 已保存：{ $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = 未导入：{ $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = 文件中的第 { $number } 份草稿
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = 作为副本导入
