# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Giống nhau ở cả hai ngôn ngữ (tên, số tham chiếu, địa chỉ)
form-status-translated = Tình trạng: đã dịch
form-status-same = Tình trạng: giống nhau ở cả hai ngôn ngữ
form-status-pending = Tình trạng: cần dịch (cho đến khi đó PDF ghi "chưa dịch")
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Số câu trả lời còn cần dịch: { $count }. PDF đánh dấu các câu trả lời này là chưa dịch.
# Announced to screen readers after a change to repeatable rows.
# Variables:
#   $number (String) - the number of the added row, e.g. 10.2
form-row-added = Đã thêm dòng { $number }.
# Variables:
#   $number (String) - the row's new number, e.g. 10.1
form-row-moved = Đã di chuyển dòng: hiện là dòng { $number }.
# Variables:
#   $number (String) - the number the removed row had, e.g. 10.2
form-row-removed = Đã xóa dòng { $number }.
