# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = مطابق في اللغتين (اسم، رقم مرجعي، عنوان)
form-status-translated = الحالة: مترجم
form-status-same = الحالة: مطابق في اللغتين
form-status-pending = الحالة: بحاجة إلى ترجمة (وإلى حين ذلك يشير ملف PDF إلى «غير مترجم»)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = الإجابات التي لا تزال بحاجة إلى ترجمة: { $count }. يُشار إليها في ملف PDF بأنها غير مترجمة.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = أُضيف الصف { $number }.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = نُقل الصف: أصبح الآن الصف { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = حُذف الصف { $number }.
