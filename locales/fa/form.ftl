# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = در هر دو زبان یکسان (یک نام، یک شماره مرجع، یک نشانی)
form-status-translated = وضعیت: ترجمه شده
form-status-same = وضعیت: در هر دو زبان یکسان
form-status-pending = وضعیت: باید ترجمه شود (تا آن زمان در PDF «ترجمه نشده» درج می‌شود)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = پاسخ‌هایی که هنوز باید ترجمه شوند: { $count }. PDF آن‌ها را ترجمه‌نشده نشان می‌دهد.
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
