# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = مطابق في اللغتين (اسم، رقم مرجعي، عنوان)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = ترك الإجابة دون ترجمة (يذكر ملف PDF ذلك في العمود الآخر)
form-status-translated = الحالة: مترجم
form-status-same = الحالة: مطابق في اللغتين
form-status-untranslated = الحالة: تُركت دون ترجمة
form-status-pending = الحالة: بحاجة إلى ترجمة (لا يُنشأ ملف PDF النهائي إلا بعد ترجمتها أو تحديدها بأنها مطابقة في اللغتين أو تركها دون ترجمة)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = الإجابات التي لا تزال بحاجة إلى ترجمة: { $count }. لا يُنشأ ملف PDF النهائي إلا بعد ترجمة كل منها أو تحديدها بأنها مطابقة في اللغتين أو تركها دون ترجمة؛ أما المسودة المعدّة للتشاور فيُشار فيها إليها بأنها غير مترجمة.
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

# The outline of the form: one link per section, with where that section stands.
form-outline = أقسام هذا الطلب
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] إجابات ناقصة
        [translate] بحاجة إلى ترجمة
       *[done] مكتمل
    }
