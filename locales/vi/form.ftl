# The request form: the translation status of free text and changes to repeatable rows.

# A tick under the translation box: the answer reads the same in both languages.
form-same-in-both = Giống nhau ở cả hai ngôn ngữ (tên, số tham chiếu, địa chỉ)
# A tick under the translation box: the requesting authority chooses not to translate this
# answer; the PDF says so in the other column.
form-leave-untranslated = Để nguyên không dịch (PDF sẽ ghi rõ điều này ở cột bên kia)
form-status-translated = Tình trạng: đã dịch
form-status-same = Tình trạng: giống nhau ở cả hai ngôn ngữ
form-status-untranslated = Tình trạng: để nguyên không dịch
form-status-pending = Tình trạng: cần dịch (PDF chính thức chỉ được tạo khi câu trả lời đã được dịch, được đánh dấu là giống nhau ở cả hai ngôn ngữ hoặc được để nguyên không dịch)
# In the completeness panel; not an error.
# Variables:
#   $count (Number) - answers whose wording in the other document language is missing
form-untranslated = Số câu trả lời còn cần dịch: { $count }. PDF chính thức chỉ được tạo khi từng câu trả lời đã được dịch, được đánh dấu là giống nhau ở cả hai ngôn ngữ hoặc được để nguyên không dịch; bản dự thảo để tham vấn đánh dấu các câu trả lời này là chưa dịch.
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

# The outline of the form: one link per section, with where that section stands.
form-outline = Các mục của yêu cầu này
# After a section's heading in the outline.
# Variables:
#   $state (String) - "done" (nothing required is missing and nothing waits for a translation),
#                     "missing" (a required answer is missing or an answer is wrong),
#                     "translate" (an answer waits for its wording in the other document language)
form-outline-state = { $state ->
        [missing] còn thiếu câu trả lời
        [translate] cần dịch
       *[done] đã xong
    }
