# Reading a draft file, a backup or a stored draft: why it was refused (nothing is changed).

import-too-large = Tệp này lớn hơn 2 MB.
import-too-deep = Tệp này lồng nhau quá sâu để có thể là một bản dự thảo.
import-not-draft = Tệp này không phải là bản dự thảo hay bản sao lưu Tandem.
import-unknown-format = Tệp này không khai báo một định dạng dự thảo đã biết.
import-newer-format = Bản dự thảo này được ghi bởi một phiên bản Tandem mới hơn.
import-bad-id = Mã định danh của bản dự thảo bị thiếu hoặc không hợp lệ.
import-unknown-template = Bản dự thảo này sử dụng một loại yêu cầu mà phiên bản này không biết.
import-bad-langs = Ngôn ngữ văn bản của bản dự thảo không phải là hai ngôn ngữ được hỗ trợ.
import-bad-answers = Các câu trả lời của bản dự thảo không ở dạng như mong đợi.
# Variables:
#   $field (String) - the field's name in the file, e.g. template_version
import-bad-field = Trường { $field } của bản dự thảo có kiểu sai.
import-locked = Bản dự thảo này đã bị khóa: hãy nhập cụm mật khẩu của nó.

# Import report, one line per draft in the file.
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-added = Đã nhập: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-copied = { $name } đã được lưu ở đây với nội dung khác: đã nhập dưới dạng bản sao
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-skipped = Đã lưu từ trước: { $name }
# Variables:
#   $name (String) - the draft's name, else its reference number, else the label of a locked draft
backup-rejected = Không được nhập: { $name }
# What the report calls a draft with neither a name nor a reference number.
# Variables:
#   $number (Number) - the draft's place in the file: 1 for the first
backup-unnamed = bản dự thảo thứ { $number } trong tệp
# A button beside "Already saved": imports the same draft again under a new identifier.
backup-as-copy = Nhập dưới dạng bản sao
