# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = 两种语言相同（姓名、编号、地址）
form-status-translated = 状态：已翻译
form-status-same = 状态：两种语言相同
form-status-pending = 状态：待翻译（在此之前PDF标注“未翻译”）
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = 尚待翻译的答复：{ $count } 项。PDF将其标注为未翻译。
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = 已添加第 { $number } 行。
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = 该行已移动：现为第 { $number } 行。
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = 已删除第 { $number } 行。
