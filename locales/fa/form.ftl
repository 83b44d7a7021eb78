# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = در هر دو زبان یکسان (یک نام، یک شماره مرجع، یک نشانی)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = بدون ترجمه بماند (PDF این را در ستون دیگر ذکر می‌کند)
form-status-translated = وضعیت: ترجمه شده
form-status-same = وضعیت: در هر دو زبان یکسان
form-status-untranslated = وضعیت: بدون ترجمه گذاشته شده
form-status-pending = وضعیت: باید ترجمه شود (PDF نهایی تنها پس از آنکه پاسخ ترجمه شود، در هر دو زبان یکسان علامت بخورد یا بدون ترجمه گذاشته شود تهیه می‌شود)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = پاسخ‌هایی که هنوز باید ترجمه شوند: { $count }. PDF نهایی تنها پس از آنکه هر یک ترجمه شود، در هر دو زبان یکسان علامت بخورد یا بدون ترجمه گذاشته شود تهیه می‌شود؛ پیش‌نویس برای مشورت آن‌ها را ترجمه‌نشده نشان می‌دهد.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = ردیف { $number } افزوده شد.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = ردیف جابه‌جا شد: اکنون ردیف { $number } است.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = ردیف { $number } حذف شد.

# The outline of the form: one link per section, with where that section stands.
form-outline = بخش‌های این درخواست
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] پاسخ‌ها ناقص
        [translate] در انتظار ترجمه
       *[done] تکمیل شده
    }
