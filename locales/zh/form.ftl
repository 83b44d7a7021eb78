# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = 两种语言相同（姓名、编号、地址）
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = 不予翻译（PDF将在另一栏中注明）
form-status-translated = 状态：已翻译
form-status-same = 状态：两种语言相同
form-status-untranslated = 状态：不予翻译
form-status-pending = 状态：待翻译（答复经翻译、标记为两种语言相同或不予翻译之前，不生成正式PDF）
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = 尚待翻译的答复：{ $count } 项。每项答复经翻译、标记为两种语言相同或不予翻译之前，不生成正式PDF；征求意见稿将其标注为未翻译。
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

# The outline of the form: one link per section, with where that section stands.
form-outline = 本请求的各部分
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] 缺少答复
        [translate] 待翻译
       *[done] 已完成
    }
